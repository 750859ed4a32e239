package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurvesTest {

    @Test
    void oneLinePerSeriesInOrder() {
        double[] x = {-2, 0, 2};
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("ŷ_0", new double[] {0.9, 0.5, 0.1});
        series.put("ŷ_1", new double[] {0.1, 0.5, 0.9});
        FigureText text = new FigureText(Curves.lines("Softmax of (z, 0)", "z", "ŷ", x, series));
        assertEquals(2, text.traces.size());
        assertEquals("ŷ_0", text.field(0, "name"));
        assertEquals("ŷ_1", text.field(1, "name"));
        assertEquals("lines", text.field(0, "mode"));
        assertArrayEquals(x, text.numbers(1, "x"));
        assertArrayEquals(new double[] {0.1, 0.5, 0.9}, text.numbers(1, "y"));
        assertTrue(text.js.contains("title: 'Softmax of (z, 0)'"));
        assertTrue(text.js.contains("title: 'z'") && text.js.contains("title: 'ŷ'"));
    }

    @Test
    void rejectsMismatchedOrMissingData() {
        Map<String, double[]> bad = Map.of("cost", new double[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[] {1, 2, 3}, bad));
        assertEquals("series \"cost\" must have 3 values like x, had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[0], bad));
        assertEquals("x must not be empty, was empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[] {1}, Map.of()));
        assertEquals("series must not be empty, was empty", e.getMessage());
    }

    @Test
    void epochZeroIsLeftOutAndBothAxesAreLogarithmic() {
        Map<String, double[]> losses = new LinkedHashMap<>();
        losses.put("mine", new double[] {0.69, 0.5, 0.123456789});
        FigureText text = new FigureText(Curves.logLog("t", losses));
        assertEquals(1, text.traces.size());
        assertArrayEquals(new double[] {1, 2}, text.numbers(0, "x"));
        assertArrayEquals(new double[] {0.5, 0.1235}, text.numbers(0, "y"));
        assertEquals(2, text.js.split("type: 'log'", -1).length - 1);
    }

    @Test
    void rejectsCurvesThatCannotBeDrawn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curves.logLog("t", Map.of("a", new double[] {1, 0})));
        assertTrue(e.getMessage().contains("epoch 1"));
        assertThrows(IllegalArgumentException.class, () -> Curves.logLog("t", Map.of("a", new double[] {1})));
        assertThrows(IllegalArgumentException.class, () -> Curves.logLog("t", Map.of()));
    }

    @Test
    void translucentKeepsTheColour() {
        assertEquals("rgba(31,119,180,0.2)", Curves.translucent("#1f77b4"));
    }

    @Test
    void rejectsMissingOrMismatchedRuns() {
        double[] x = {1, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curves.medianAndRange("t", "x", "y", x, Map.of("a", new double[][] {{1, 2}}), false, false));
        assertTrue(e.getMessage().contains("\"a\""));
        assertThrows(IllegalArgumentException.class,
                () -> Curves.medianAndRange("t", "x", "y", x, Map.of("a", new double[][] {{1, 2, 3}, {1, 2, 3}}), false, false));
        assertThrows(IllegalArgumentException.class, () -> Curves.medianAndRange("t", "x", "y", x, Map.of(), false, false));
        assertThrows(IllegalArgumentException.class,
                () -> Curves.medianAndRange("t", "x", "y", new double[0], Map.of("a", new double[][] {{1}, {2}}), false, false));
        e = assertThrows(IllegalArgumentException.class, () -> Curves.medianAndRange("t", "x", "y", x,
                Map.of("a", new double[][] {{1, 0}, {1, 2}}), false, true));
        assertEquals("runs must be positive to be drawn on a log y axis, had 0.0", e.getMessage());
    }

    @Test
    void eachSettingHasItsColourAndALegendEntryForItsMedianOnly() {
        Map<String, double[][]> runs = new LinkedHashMap<>();
        runs.put("h = 3", new double[][] {{0.6, 0.4}, {0.8, 0.2}});
        runs.put("h = 5", new double[][] {{0.5, 0.3}, {0.5, 0.1}});
        FigureText text = new FigureText(Curves.medianAndRange("t", "epoch", "L", new double[] {1, 2}, runs, false, false));
        assertEquals(6, text.traces.size());
        assertEquals("h = 5", text.field(5, "name"));
        assertTrue(text.traces.get(1).contains("tonexty") && text.traces.get(1).contains("rgba(31,119,180,0.2)"));
        assertTrue(text.traces.get(4).contains("rgba(214,39,40,0.2)"), text.traces.get(4));
        assertTrue(text.traces.get(0).contains("showlegend: false") && !text.traces.get(2).contains("showlegend: false"));
        assertArrayEquals(new double[] {0.2, 0.1}, new double[] {text.numbers(0, "y")[1], text.numbers(3, "y")[1]});
    }

    @Test
    void medianAndRangeStayInsideTheRuns() {
        double[] x = {0, 10, 100};
        Map<String, double[][]> runs = new LinkedHashMap<>();
        // at x = 100 one run is far off: mean ± sd would reach below zero, the range does not
        runs.put("η = 20", new double[][] {{0.7, 0.5, 0.01}, {0.7, 0.6, 0.02}, {0.7, 0.4, 3.0}});
        FigureText text = new FigureText(Curves.medianAndRange("loss", "epoch", "L", x, runs, true, true));
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
        FigureText text = new FigureText(Curves.medianAndRange("t", "x", "y", new double[] {1}, runs, false, false));
        assertArrayEquals(new double[] {2.5}, text.numbers(2, "y"), 1e-12);
    }
}
