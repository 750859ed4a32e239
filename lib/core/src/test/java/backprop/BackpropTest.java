package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each equation of the readable wing against the formula worked out by hand. */
class BackpropTest {

    private static final double[][] W = {{0.5, -0.5}, {0.25, 1.0}};

    @Test
    void preActivationIsAWPlusB() {
        // z = (1·0.5 + 2·0.25 + 0, 1·(−0.5) + 2·1 + 0.5)
        assertArrayEquals(new double[] {1.0, 2.0}, Backprop.z(new double[] {1, 2}, W, new double[] {0, 0.5}));
    }

    @Test
    void activationAndSlope() {
        double[] z = {-1.0, 0.5};
        assertArrayEquals(new double[] {Math.tanh(-1.0), Math.tanh(0.5)}, Backprop.a(Activation.TANH, z), 0.0);
        double t = Math.tanh(0.5);
        assertEquals(1 - t * t, Backprop.slope(Activation.TANH, z)[1], 0.0);
        assertArrayEquals(new double[] {0, 1}, Backprop.slope(Activation.RELU, z), 0.0);
    }

    @Test
    void outputAndHiddenDeltas() {
        assertArrayEquals(new double[] {0.2, -0.2}, Backprop.outputError(new double[] {0.2, 0.8}, 1), 1e-16);
        double[] z = {0.3, -0.7};
        double[] above = {0.2, -0.2};
        double[] delta = Backprop.hiddenDelta(Backprop.slope(Activation.TANH, z), above, W);
        for (int j = 0; j < 2; j++) {
            double slope = 1 - Math.tanh(z[j]) * Math.tanh(z[j]);
            assertEquals(slope * (above[0] * W[j][0] + above[1] * W[j][1]), delta[j], 1e-16);
        }
    }

    @Test
    void gradientsOfOneSample() {
        double[][] g = Backprop.dW(new double[] {2, -1}, new double[] {0.5, 3});
        assertArrayEquals(new double[] {1, 6}, g[0]);
        assertArrayEquals(new double[] {-0.5, -3}, g[1]);
    }

    @Test
    void stepMovesAgainstTheGradientOrRefusesAndKeepsTheta() {
        Parameters theta = Parameters.zeros(1, 2);
        theta.setWeights(1, new double[][] {{1.0, -1.0}});
        Parameters g = Parameters.zeros(1, 2);
        g.setWeights(1, new double[][] {{0.5, 2.0}});
        g.setBiases(1, new double[] {1.0, 0.0});
        Backprop.step(theta, g, 0.1);
        assertArrayEquals(new double[] {0.95, -1.2, -0.1, 0.0}, theta.toArray(), 1e-16);
        g.setWeights(1, new double[][] {{1e300, 0}});
        assertMessage(() -> Backprop.step(theta, g, 1e300), "eta");
        assertArrayEquals(new double[] {0.95, -1.2, -0.1, 0.0}, theta.toArray(), 1e-16);
        assertMessage(() -> Backprop.step(theta, Parameters.zeros(2, 2), 0.1), "gradient");
        assertMessage(() -> Backprop.step(theta, g, 0), "eta");
    }

    @Test
    void badInputIsNamed() {
        assertMessage(() -> Backprop.z(new double[] {1e300, 1e300}, new double[][] {{1e300}, {1e300}},
                new double[] {0}), "w");
    }
}
