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

class RegionPlotTest {

    /** Softmax regression with z = (0, x₁, x₂): class 1 where x₁ > max(0, x₂), class 2 where x₂ > max(0, x₁). */
    private static Network threeRegions() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
        net.setWeights(1, new double[][] {{0, 1, 0}, {0, 0, 1}});
        return net;
    }

    private static final Dataset DATA = new Dataset(
            new double[][] {{-1, -1}, {1, 0}, {0, 1}, {0.7, 0.2}}, new int[] {0, 1, 2, 1}, 3);

    @Test
    void gridHoldsTheArgmaxClassOverThePaddedGrid() {
        int grid = 5;
        FigureText text = new FigureText(RegionPlot.regions(threeRegions(), DATA, grid, "Regions"));
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
    void rejectsBadArguments() {
        Network net = threeRegions();
        assertMessage("gridSize must be in [2, 500], was 1", () -> RegionPlot.regions(net, DATA, 1, "t"));
        assertMessage("gridSize must be in [2, 500], was 46341", () -> RegionPlot.regions(net, DATA, 46341, "t"));
        assertMessage("title must not be null, was null", () -> RegionPlot.regions(net, DATA, 10, null));
        assertMessage("net must not be null, was null", () -> RegionPlot.regions(null, DATA, 10, "t"));
        assertMessage("net must take 2 inputs to draw its regions in the plane, took 3",
                () -> RegionPlot.regions(Network.create(Activation.TANH, Init.XAVIER, 1, 3, 3), DATA, 10, "t"));
        assertMessage("net must have d's 3 classes, had 2",
                () -> RegionPlot.regions(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2), DATA, 10, "t"));
        assertMessage("d must not be null", () -> RegionPlot.regions(net, null, 10, "t"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
