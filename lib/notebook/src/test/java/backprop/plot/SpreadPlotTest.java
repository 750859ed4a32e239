package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadPlotTest {

    @Test
    void aBandAndAMeanPerSetting() {
        double[] x = {1, 10, 100};
        Map<String, double[][]> runs = new LinkedHashMap<>();
        runs.put("h = 3", new double[][] {{0.6, 0.4, 0.2}, {0.8, 0.4, 0.4}});   // mean 0.7 0.4 0.3, sd 0.1414 0 0.1414
        runs.put("h = 5", new double[][] {{0.5, 0.3, 0.1}, {0.5, 0.3, 0.1}});
        FigureText text = new FigureText(SpreadPlot.meanAndSd("loss", "epoch", "L", x, runs, true, true));
        assertEquals(6, text.traces.size());
        double s = Math.sqrt(0.02);
        // the band's edges are drawn to 4 significant digits: off by at most half a unit of the 4th, 5e-5 here
        assertArrayEquals(new double[] {0.7 - s, 0.4, 0.3 - s}, text.numbers(0, "y"), 5e-5);
        assertArrayEquals(new double[] {0.7 + s, 0.4, 0.3 + s}, text.numbers(1, "y"), 5e-5);
        assertArrayEquals(new double[] {0.7, 0.4, 0.3}, text.numbers(2, "y"), 1e-12);
        assertEquals("h = 3", text.field(2, "name"));
        assertEquals("h = 5", text.field(5, "name"));
        assertTrue(text.traces.get(1).contains("tonexty"), text.traces.get(1));
        assertTrue(text.js.contains("type: 'log'"));
    }

    @Test
    void translucentKeepsTheColour() {
        assertEquals("rgba(31,119,180,0.2)", SpreadPlot.translucent("#1f77b4"));
    }

    @Test
    void rejectsMissingOrMismatchedRuns() {
        double[] x = {1, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpreadPlot.meanAndSd("t", "x", "y", x, Map.of("a", new double[][] {{1, 2}}), false, false));
        assertTrue(e.getMessage().contains("\"a\""));
        assertThrows(IllegalArgumentException.class,
                () -> SpreadPlot.meanAndSd("t", "x", "y", x, Map.of("a", new double[][] {{1, 2, 3}, {1, 2, 3}}), false, false));
        assertThrows(IllegalArgumentException.class, () -> SpreadPlot.meanAndSd("t", "x", "y", x, Map.of(), false, false));
        assertThrows(IllegalArgumentException.class,
                () -> SpreadPlot.meanAndSd("t", "x", "y", new double[0], Map.of("a", new double[][] {{1}, {2}}), false, false));
    }

    @Test
    void medianAndRangeStayInsideTheRuns() {
        double[] x = {0, 10, 100};
        Map<String, double[][]> runs = new LinkedHashMap<>();
        // at x = 100 one run is far off: mean ± sd would reach below zero, the range does not
        runs.put("η = 20", new double[][] {{0.7, 0.5, 0.01}, {0.7, 0.6, 0.02}, {0.7, 0.4, 3.0}});
        FigureText text = new FigureText(SpreadPlot.medianAndRange("loss", "epoch", "L", x, runs, true, true));
        assertEquals(3, text.traces.size());
        assertArrayEquals(new double[] {10, 100}, text.numbers(0, "x"), 0);   // epoch 0 cannot be drawn on a log axis
        assertArrayEquals(new double[] {0.4, 0.01}, text.numbers(0, "y"), 1e-12);
        assertArrayEquals(new double[] {0.6, 3.0}, text.numbers(1, "y"), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.02}, text.numbers(2, "y"), 1e-12);
        assertEquals("η = 20", text.field(2, "name"));
        assertTrue(text.js.contains("ticktext"), text.js);
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMiddlePairsMean() {
        Map<String, double[][]> runs = Map.of("a", new double[][] {{1}, {4}, {2}, {3}});
        FigureText text = new FigureText(SpreadPlot.medianAndRange("t", "x", "y", new double[] {1}, runs, false, false));
        assertArrayEquals(new double[] {2.5}, text.numbers(2, "y"), 1e-12);
    }
}
