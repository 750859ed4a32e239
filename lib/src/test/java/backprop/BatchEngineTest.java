package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fast flat-buffer training kernel against the readable reference backward pass. */
class BatchEngineTest {

    static Dataset randomData(int n, int inputs, int classes, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][inputs];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < inputs; j++) {
                x[s][j] = 2 * r.nextGaussian();
            }
            y[s] = r.nextInt(classes);
        }
        return new Dataset(x, y, classes);
    }

    /**
     * Same sums in a different order: the two paths agree to rounding, ~1e-16 relative per operation times a few
     * hundred terms, so 1e-12 relative to the largest gradient entry is a comfortable bound.
     */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void summedGradientEqualsReferenceBackwardPass(Activation sigma) {
        int[][] shapes = {{2, 2}, {2, 3, 2}, {3, 7, 5, 4}, {5, 1, 3}, {2, 16, 16, 2}};
        int[] counts = {1, 3, 200, 257, 1030};
        long seed = 1;
        for (int[] sizes : shapes) {
            for (int n : counts) {
                Network net = Network.create(sigma, Init.XAVIER, seed, sizes);
                Dataset d = randomData(n, sizes[0], sizes[sizes.length - 1], seed++);
                Gradients reference = net.gradients(d, 0.0);
                try (BatchEngine engine = new BatchEngine(net, 1)) {
                    double[] grad = new double[engine.parameters()];
                    double loss = engine.gradient(Trainer.featureMajor(d), n, d.labelArray(), n, true, grad);
                    assertEquals(reference.loss(), loss / n, 1e-12 * Math.max(1, reference.loss()));
                    for (int l = 1; l <= net.layers(); l++) {
                        double[][] dW = reference.dW(l);
                        double[] db = reference.db(l);
                        int off = engine.layerOffset(l);
                        int out = sizes[l];
                        double scale = maxAbs(dW, db);
                        for (int j = 0; j < dW.length; j++) {
                            for (int k = 0; k < out; k++) {
                                assertEquals(dW[j][k], grad[off + j * out + k] / n, 1e-12 * scale);
                            }
                        }
                        for (int k = 0; k < out; k++) {
                            assertEquals(db[k], grad[off + dW.length * out + k] / n, 1e-12 * scale);
                        }
                    }
                }
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 5, 2, 9, 3);
        Dataset d = randomData(5000, 2, 3, 9);
        double[] x = Trainer.featureMajor(d);
        double[] expected = null;
        for (int threads = 1; threads <= 4; threads++) {
            try (BatchEngine engine = new BatchEngine(net, threads)) {
                double[] grad = new double[engine.parameters()];
                engine.gradient(x, d.size(), d.labelArray(), d.size(), true, grad);
                if (expected == null) {
                    expected = grad;
                } else {
                    assertArrayEquals(expected, grad, 0.0, threads + " threads");
                }
            }
        }
    }

    @Test
    void evaluationCountsCorrectPredictionsLikeNetworkAccuracy() {
        Network net = Network.create(Activation.RELU, Init.HE, 8, 2, 5, 3);
        Dataset d = randomData(700, 2, 3, 4);
        try (BatchEngine engine = new BatchEngine(net, 2)) {
            double loss = engine.evaluate(Trainer.featureMajor(d), d.size(), d.labelArray(), d.size());
            assertEquals(net.accuracy(d), engine.lastCorrect() / 700.0, 0.0);
            assertEquals(net.loss(d, 0.0), loss / 700, 1e-12);
        }
    }

    private static double maxAbs(double[][] m, double[] v) {
        double max = 1e-300;
        for (double[] row : m) {
            for (double e : row) {
                max = Math.max(max, Math.abs(e));
            }
        }
        for (double e : v) {
            max = Math.max(max, Math.abs(e));
        }
        return max;
    }
}
