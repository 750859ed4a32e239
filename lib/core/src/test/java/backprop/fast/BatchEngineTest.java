package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.Activation;
import backprop.Dataset;
import backprop.Gradients;
import backprop.Init;
import backprop.Network;
import backprop.Parameters;
import backprop.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fast flat-buffer training kernel against the readable reference backward pass. */
class BatchEngineTest {

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
                Dataset d = TestData.random(n, sizes[0], sizes[sizes.length - 1], seed++);
                Gradients reference = net.gradients(d, 0.0);
                try (BatchEngine engine = engine(net, 1)) {
                    double[] grad = new double[net.parameterCount()];
                    engine.gradient(TestData.featureMajor(d), d.labels(), n, grad);
                    double loss = engine.score(TestData.sampleMajor(d), d.labels(), n).loss();
                    assertEquals(reference.loss(), loss / n, 1e-12 * Math.max(1, reference.loss()));
                    int i = 0; // θ's layout: W1 row-major, b1, W2, b2, …
                    for (int l = 1; l <= net.layers(); l++) {
                        double[][] dW = reference.dW(l);
                        double[] db = reference.db(l);
                        int out = sizes[l];
                        double scale = maxAbs(dW, db);
                        for (int j = 0; j < dW.length; j++) {
                            for (int k = 0; k < out; k++) {
                                assertEquals(dW[j][k], grad[i++] / n, 1e-12 * scale);
                            }
                        }
                        for (int k = 0; k < out; k++) {
                            assertEquals(db[k], grad[i++] / n, 1e-12 * scale);
                        }
                    }
                }
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 5, 2, 9, 3);
        Dataset d = TestData.random(5000, 2, 3, 9);
        double[] x = TestData.featureMajor(d);
        double[] expected = null;
        for (int threads = 1; threads <= 4; threads++) {
            try (BatchEngine engine = engine(net, threads)) {
                double[] grad = new double[net.parameterCount()];
                engine.gradient(x, d.labels(), d.size(), grad);
                if (expected == null) {
                    expected = grad;
                } else {
                    assertArrayEquals(expected, grad, 0.0, threads + " threads");
                }
            }
        }
    }

    /** The score's loss and correct count are Network.loss's and accuracy's; its argmax is predict's. */
    @Test
    void scoreCountsCorrectPredictionsLikeNetworkAccuracy() {
        Network net = Network.create(Activation.RELU, Init.HE, 8, 2, 5, 3);
        Dataset d = TestData.random(700, 2, 3, 4);
        try (BatchEngine engine = engine(net, 2)) {
            BatchEngine.Score score = engine.score(TestData.sampleMajor(d), d.labels(), d.size());
            assertEquals(net.accuracy(d), score.correct() / 700.0, 0.0);
            assertEquals(net.loss(d, 0.0), score.loss() / 700, 1e-12);
            int[] classes = new int[d.size()];
            engine.predict(TestData.sampleMajor(d), d.size(), classes);
            assertArrayEquals(net.predict(d.x()), classes);
        }
    }

    /** The kernel's own enum of activations mirrors Activation one for one. */
    static ActivationLoops loops(Activation sigma) {
        return ActivationLoops.valueOf(sigma.name());
    }

    /** An engine reading a copy of net's parameters. */
    static BatchEngine engine(Network net, int threads) {
        return new BatchEngine(net.sizes(), net.parameters().toArray(), loops(net.activation()), threads);
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
