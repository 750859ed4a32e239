package backprop.autodiff;

import static backprop.autodiff.ValueTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.Activation;
import backprop.Dataset;
import backprop.Gradients;
import backprop.Init;
import backprop.Network;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {

    /**
     * The graph's weight gradients are the library's for one sample. Both compute the same sums in a
     * slightly different order (and tanh by different routines), so they agree to rounding, a few 1e-16 on numbers
     * of size ≤ 1; 1e-12 allows for the growth over three layers.
     */
    @Test
    void sameGradientsAsTheLibrary() {
        for (int[] sizes : new int[][] {{2, 3, 3, 2}, {3, 5, 4}, {2, 3}, {1, 4, 2, 3, 3}}) {
            Network net = Network.create(Activation.TANH, Init.XAVIER, 11, sizes);
            double[] x = new double[sizes[0]];
            for (int i = 0; i < x.length; i++) {
                x[i] = 0.3 * i - 0.5;
            }
            int label = sizes[sizes.length - 1] - 1;
            Gradients g = net.gradients(new Dataset(new double[][] {x}, new int[] {label}, sizes[sizes.length - 1]), 0);
            NetworkGraph graph = new NetworkGraph(net, x, label);
            graph.backward();
            for (int l = 1; l < sizes.length; l++) {
                double[][] dW = graph.dW(l);
                for (int j = 0; j < dW.length; j++) {
                    for (int k = 0; k < dW[j].length; k++) {
                        assertEquals(g.dW(l)[j][k], dW[j][k], 1e-12, "dW " + l + "," + j + "," + k);
                    }
                }
            }
        }
    }

    /** Logits ±800 (e^1600 overflows): the shift by max z keeps ∂L/∂w = x (ŷ − y) exact. */
    @Test
    void gradientStaysExactForExtremeLogits() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);
        net.setWeights(1, new double[][] {{800, -800}, {0, 0}});
        NetworkGraph graph = new NetworkGraph(net, new double[] {1, 0}, 1);
        graph.backward();
        assertArrayEquals(new double[] {1.0, -1.0}, graph.dW(1)[0], 0.0);
        assertArrayEquals(new double[] {0.0, 0.0}, graph.dW(1)[1], 0.0);
    }

    @Test
    void rejectsBadInput() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        assertMessage("net must not be null", () -> new NetworkGraph(null, new double[2], 0));
        assertMessage("x must have 2 features, had 3", () -> new NetworkGraph(net, new double[3], 0));
        assertMessage("x must have 2 features, had null", () -> new NetworkGraph(net, null, 0));
        assertMessage("label must be in [0, 2), was 2", () -> new NetworkGraph(net, new double[2], 2));
        assertMessage("x[0] must be finite, was NaN", () -> new NetworkGraph(net, new double[] {Double.NaN, 0}, 0));
        assertMessage("net must use TANH", () -> new NetworkGraph(
                Network.create(Activation.RELU, Init.HE, 1, 2, 3, 2), new double[2], 0));
        NetworkGraph graph = new NetworkGraph(net, new double[2], 0);
        assertMessage("l must be in [1, 2], was 3", () -> graph.dW(3));
    }
}
