package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Activation;
import backprop.Dataset;
import backprop.Init;
import backprop.Network;
import org.junit.jupiter.api.Test;

class BoundaryPlotTest {

    /** Softmax regression with z₁ − z₀ = x₁, so ŷ₁ = 1 / (1 + e^(−x₁)) and the boundary is the line x₁ = 0. */
    private static Network logisticInX1() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);
        net.setWeights(1, new double[][] {{-0.5, 0.5}, {0.0, 0.0}});
        net.setBiases(1, new double[] {0.0, 0.0});
        return net;
    }

    private static final Dataset DATA = new Dataset(
            new double[][] {{-1, 0}, {1, 2}, {0.5, -1}}, new int[] {0, 1, 1}, 2);

    @Test
    void heatmapHoldsTheProbabilityOfClassOneOverThePaddedGrid() {
        int grid = 5;
        FigureText text = new FigureText(BoundaryPlot.decisionBoundary(logisticInX1(), DATA, grid, "Boundary"));
        assertEquals(4, text.traces.size(), "heatmap, boundary line, class 0, class 1");
        assertEquals("heatmap", text.field(0, "type"));
        assertEquals("contour", text.field(1, "type"));
        assertEquals("class 0", text.field(2, "name"));
        assertEquals("class 1", text.field(3, "name"));
        // data spans x₁ ∈ [−1, 1], x₂ ∈ [−1, 2]; the grid adds 0.5 on each side
        double[] gx = text.numbers(0, "x");
        double[] gy = text.numbers(0, "y");
        assertArrayEquals(new double[] {-1.5, -0.75, 0, 0.75, 1.5}, gx, 1e-6);
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5, 2.5}, gy, 1e-6);
        String[][] z = text.rows(0, "z");
        assertEquals(grid, z.length);
        for (int i = 0; i < grid; i++) {
            assertEquals(grid, z[i].length);
            for (int j = 0; j < grid; j++) {
                // float output: 7 significant digits
                assertEquals(1 / (1 + Math.exp(-gx[j])), Double.parseDouble(z[i][j]), 1e-6,
                        "row i is y = gy[i], column j is x = gx[j]");
            }
        }
        assertTrue(text.js.contains("zmin: 0, zmax: 1"));
        assertTrue(text.js.contains("contours: {start: 0.5, end: 0.5"));
        assertTrue(text.js.contains("title: 'Boundary'"));
        assertTrue(text.js.contains("var data = [ trace0, trace1, trace2, trace3]"), "one variable per trace");
        assertArrayEquals(new double[] {-1}, text.numbers(2, "x"));
        assertArrayEquals(new double[] {2, -1}, text.numbers(3, "y"));
    }

    @Test
    void rejectsBadArguments() {
        Network net = logisticInX1();
        assertMessage("gridSize must be in [2, 500], was 1", () -> BoundaryPlot.decisionBoundary(net, DATA, 1, "t"));
        // gridSize² would overflow an int from 46341 on: rejected up front, like any grid above 500
        assertMessage("gridSize must be in [2, 500], was 46341",
                () -> BoundaryPlot.decisionBoundary(net, DATA, 46341, "t"));
        assertMessage("gridSize must be in [2, 500], was 501", () -> BoundaryPlot.decisionBoundary(net, DATA, 501, "t"));
        assertMessage("title must not be null, was null", () -> BoundaryPlot.decisionBoundary(net, DATA, 10, null));
        assertMessage("title must not be null, was null", () -> DataPlot.scatter(DATA, null));
        assertMessage("xLabel must not be null, was null",
                () -> Curves.lines("t", null, "y", new double[] {1}, java.util.Map.of("a", new double[] {1})));
        assertMessage("net must not be null, was null", () -> BoundaryPlot.decisionBoundary(null, DATA, 10, "t"));
        Network threeInputs = Network.create(Activation.TANH, Init.XAVIER, 1, 3, 2);
        assertMessage("net must take 2 inputs to draw its boundary in the plane, took 3",
                () -> BoundaryPlot.decisionBoundary(threeInputs, DATA, 10, "t"));
        Network oneClass = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 1);
        assertMessage("net must have at least 2 classes, had 1",
                () -> BoundaryPlot.decisionBoundary(oneClass, DATA, 10, "t"));
        Dataset flat = new Dataset(new double[][] {{1}}, new int[] {0}, 2);
        assertMessage("d must have 2 features to plot in the plane, had 1",
                () -> BoundaryPlot.decisionBoundary(net, flat, 10, "t"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void smallIsTheSamePictureAtASetSize() {
        FigureText text = new FigureText(BoundaryPlot.small(logisticInX1(), DATA, "h = 1"));
        assertEquals(4, text.traces.size());
        assertEquals(40, text.numbers(0, "x").length);
        assertTrue(text.js.contains("width: " + BoundaryPlot.SMALL), text.js);
        assertTrue(text.js.contains("showlegend: false"), text.js);
    }


    /** Softmax regression with z = (0, x₁, x₂): class 1 where x₁ > max(0, x₂), class 2 where x₂ > max(0, x₁). */
    private static Network threeRegions() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
        net.setWeights(1, new double[][] {{0, 1, 0}, {0, 0, 1}});
        return net;
    }

    private static final Dataset THREE_CLASSES = new Dataset(
            new double[][] {{-1, -1}, {1, 0}, {0, 1}, {0.7, 0.2}}, new int[] {0, 1, 2, 1}, 3);

    @Test
    void regionsHoldTheArgmaxClassOverThePaddedGrid() {
        int grid = 5;
        FigureText text = new FigureText(BoundaryPlot.regions(threeRegions(), THREE_CLASSES, grid, "Regions"));
        assertEquals(4, text.traces.size(), "regions, class 0, class 1, class 2");
        assertEquals("heatmap", text.field(0, "type"));
        assertEquals("class 2", text.field(3, "name"));
        double[] gx = text.numbers(0, "x");
        double[] gy = text.numbers(0, "y");
        assertArrayEquals(new double[] {-1.3, -0.65, 0, 0.65, 1.3}, gx, 1e-6); // data x₁ ∈ [−1, 1], padding 0.3
        String[][] z = text.rows(0, "z");
        assertEquals(grid, z.length);
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                double x1 = gx[j];
                double x2 = gy[i];
                int expected = x1 > Math.max(0, x2) ? 1 : x2 > Math.max(0, x1) ? 2 : 0;
                if (Math.abs(x1 - x2) > 1e-6 && Math.abs(x1) > 1e-6 && Math.abs(x2) > 1e-6) { // off the ties
                    assertEquals(expected, Integer.parseInt(z[i][j]), "x = (" + x1 + ", " + x2 + ")");
                }
            }
        }
        assertTrue(text.js.contains("zmin: -0.5, zmax: 2.5"));
        assertTrue(text.js.contains("[0.0, '#1f77b4'], [0.3333333333333333, '#1f77b4'], [0.3333333333333333, '#d62728']"));
        assertTrue(text.js.contains("title: 'Regions'"));
    }

    @Test
    void regionsRejectBadArguments() {
        Network net = threeRegions();
        assertMessageContains("gridSize must be in [2, 500], was 1", () -> BoundaryPlot.regions(net, THREE_CLASSES, 1, "t"));
        assertMessageContains("gridSize must be in [2, 500], was 46341", () -> BoundaryPlot.regions(net, THREE_CLASSES, 46341, "t"));
        assertMessageContains("title must not be null, was null", () -> BoundaryPlot.regions(net, THREE_CLASSES, 10, null));
        assertMessageContains("net must not be null, was null", () -> BoundaryPlot.regions(null, THREE_CLASSES, 10, "t"));
        assertMessageContains("net must take 2 inputs to draw its regions in the plane, took 3",
                () -> BoundaryPlot.regions(Network.create(Activation.TANH, Init.XAVIER, 1, 3, 3), THREE_CLASSES, 10, "t"));
        assertMessageContains("net must have d's 3 classes, had 2",
                () -> BoundaryPlot.regions(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2), THREE_CLASSES, 10, "t"));
        assertMessageContains("d must not be null", () -> BoundaryPlot.regions(net, null, 10, "t"));
    }

    private static void assertMessageContains(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
