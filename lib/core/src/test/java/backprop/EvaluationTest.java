package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** loss, accuracy and predict on a data set stream through the fast kernel: the readable pass is the reference. */
class EvaluationTest {

    /**
     * Over many chunks and all eight groups the streamed values equal the readable ones: the loss to 1e-12 (the
     * kernel's exp and tanh are within ~1e-15 of Math's), the predictions exactly except at ties ŷ₀ ≈ ŷ₁.
     */
    @Test
    void streamedEvaluationMatchesTheReadablePass() {
        Dataset d = TestData.random(70_000 + 1234, 2, 3, 5);
        Network net = Network.create(Activation.TANH, Init.XAVIER, 2, 2, 6, 3);
        ForwardPass f = net.forward(d);
        double[][] yHat = f.yHat();
        double squares = 0;
        for (int l = 1; l <= net.layers(); l++) {
            for (double[] row : net.weights(l)) {
                for (double w : row) {
                    squares += w * w;
                }
            }
        }
        double crossEntropy = 0;
        for (int n = 0; n < d.size(); n++) {
            crossEntropy -= Math.log(yHat[n][d.label(n)]) / d.size();
        }
        assertEquals(crossEntropy + 0.5 * 0.01 * squares, net.loss(d, 0.01), 1e-12);
        int[] readable = net.predict(d.x());
        int[] streamed = net.predict(d);
        int correct = 0;
        for (int n = 0; n < d.size(); n++) {
            double[] p = yHat[n].clone();
            java.util.Arrays.sort(p);
            if (p[2] - p[1] > 1e-12) {
                assertEquals(readable[n], streamed[n], "sample " + n);
            }
            correct += streamed[n] == d.label(n) ? 1 : 0;
        }
        assertEquals((double) correct / d.size(), net.accuracy(d), 0.0);
    }

    /** Σw² overflows to ∞: with λ = 0 the penalty is 0 (not 0·∞ = NaN); with λ &gt; 0 an exception names l2. */
    @Test
    void hugeWeightsGiveAFiniteLossWithoutL2() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2, 2);
        net.setWeights(2, new double[][] {{1e200, -1e200}, {1e200, 1e200}});
        Dataset d = Moons.make(20, 0.1, 1);
        double loss = net.loss(d, 0.0);
        assertTrue(Double.isFinite(loss), "loss " + loss);
        assertEquals(net.readableLoss(d, 0.0), loss, 1e-12 * loss);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.loss(d, 0.1));
        assertTrue(e.getMessage().startsWith("l2 must be 0 when Σ w² overflows"), e.getMessage());
        assertEquals(0.0, net.parameters().l2Penalty(0.0));
    }

    /** Logits that overflow cannot give a loss: the error says why instead of an internal "z[0] must be finite". */
    @Test
    void overflowingLogitsAreReportedWithTheSample() {
        Network net = Network.create(Activation.RELU, Init.HE, 1, 2, 2, 2);
        net.setWeights(1, new double[][] {{1e300, 1e300}, {1e300, 1e300}});
        net.setWeights(2, new double[][] {{1e300, 0}, {1e300, 0}});
        double[][] x = {{0, 0}, {5, 5}};
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> net.forward(x));
        assertTrue(e.getMessage().startsWith("x[1] overflows layer 2"), e.getMessage());
        assertMessage(() -> net.loss(new Dataset(x, new int[] {0, 1}, 2), 0.0), "d");
    }

    @Test
    void predictOfASmallSetEqualsTheReadableArgmax() {
        Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 3, 2, 4, 2);
        Dataset d = Moons.make(37, 0.2, 2);
        assertArrayEquals(net.predict(d.x()), net.predict(d));
    }
}
