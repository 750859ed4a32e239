package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Dataset;
import backprop.Moons;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class DataPlotTest {

    @Test
    void oneTracePerClassWithItsPoints() {
        Dataset d = new Dataset(new double[][] {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}}, new int[] {1, 0, 1, 2, 1}, 3);
        Figure f = DataPlot.scatter(d, "Three classes");
        FigureText text = new FigureText(f);
        assertEquals(3, f.getTraces().length);
        assertEquals(3, text.traces.size());
        assertEquals("class 0", text.field(0, "name"));
        assertEquals("class 1", text.field(1, "name"));
        assertEquals("class 2", text.field(2, "name"));
        assertEquals("markers", text.field(1, "mode"));
        assertArrayEquals(new double[] {2}, text.numbers(0, "x"));
        assertArrayEquals(new double[] {0, 4, 8}, text.numbers(1, "x"));
        assertArrayEquals(new double[] {1, 5, 9}, text.numbers(1, "y"));
        assertArrayEquals(new double[] {7}, text.numbers(2, "y"));
        assertTrue(text.js.contains("title: 'Three classes'"), text.js);
        assertTrue(text.js.contains("title: 'x₁'") && text.js.contains("title: 'x₂'"), text.js);
        assertTrue(text.js.contains("showlegend: true"));
    }

    @Test
    void moonsSplitIntoTwoTracesCoveringEveryPoint() {
        Dataset d = Moons.make(301, 0.1, 2);
        FigureText text = new FigureText(DataPlot.scatter(d, "Two moons"));
        assertEquals(2, text.traces.size());
        assertEquals(150, text.numbers(0, "x").length, "floor(301/2) on the outer moon, class 0");
        assertEquals(151, text.numbers(1, "y").length);
    }

    @Test
    void coordinatesAreWrittenToFourDecimals() {
        Dataset d = new Dataset(new double[][] {{0.123456789, -2.000049999}}, new int[] {0}, 1);
        FigureText text = new FigureText(DataPlot.scatter(d, "Rounded"));
        assertArrayEquals(new double[] {0.1235}, text.numbers(0, "x"));
        assertArrayEquals(new double[] {-2.0}, text.numbers(0, "y"));
        assertTrue(!text.js.contains("0.123456789"), text.js);
    }

    @Test
    void rejectsDataThatIsNotTwoDimensional() {
        Dataset d = new Dataset(new double[][] {{0, 1, 2}}, new int[] {0}, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataPlot.scatter(d, "t"));
        assertEquals("d must have 2 features to plot in the plane, had 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DataPlot.scatter(null, "t"));
        assertEquals("d must not be null, was null", e.getMessage());
    }
}
