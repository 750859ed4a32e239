package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkTest {

    /** The 2-2-2 tanh network of the by-hand notebook, with small round weights. */
    static Network byHand() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 0, 2, 2, 2);
        net.setWeights(1, new double[][] {{0.5, -0.5}, {0.25, 1.0}});
        net.setBiases(1, new double[] {0.0, 0.5});
        net.setWeights(2, new double[][] {{1.0, -1.0}, {-0.5, 0.5}});
        net.setBiases(2, new double[] {0.25, 0.0});
        return net;
    }

    @Test
    void shapeAndParameterCount() {
        Network net = Network.create(Activation.RELU, Init.HE, 1, 3, 5, 4, 2);
        assertArrayEquals(new int[] {3, 5, 4, 2}, net.sizes());
        assertEquals(3, net.layers());
        assertEquals(3 * 5 + 5 + 5 * 4 + 4 + 4 * 2 + 2, net.parameterCount());
        assertEquals(Activation.RELU, net.activation());
        assertEquals(1, Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2).layers(), "softmax regression");
    }

    @Test
    void initialisationIsSeededAndScaled() {
        Network a = Network.create(Activation.TANH, Init.XAVIER, 7, 20, 30, 2);
        Network b = Network.create(Activation.TANH, Init.XAVIER, 7, 20, 30, 2);
        Network c = Network.create(Activation.TANH, Init.XAVIER, 8, 20, 30, 2);
        assertArrayEquals(a.weights(1), b.weights(1));
        assertNotEquals(a.weights(1)[0][0], c.weights(1)[0][0]);
        double limit = Math.sqrt(6.0 / 50);
        for (double[] row : a.weights(1)) {
            for (double w : row) {
                assertTrue(Math.abs(w) <= limit);
            }
        }
        assertArrayEquals(new double[30], a.biases(1));
        // He: variance 2/fan-in; the sample variance of 400·300 draws is within 3% of it (std error ~0.4%).
        Network he = Network.create(Activation.RELU, Init.HE, 3, 400, 300, 2);
        double sq = 0;
        for (double[] row : he.weights(1)) {
            for (double w : row) {
                sq += w * w;
            }
        }
        assertEquals(2.0 / 400, sq / (400 * 300), 0.03 * 2.0 / 400);
    }

    @Test
    void forwardPassByHand() {
        ForwardPass f = byHand().forward(new double[][] {{1.0, 2.0}});
        // z1 = x·W1 + b1 = (0.5 + 0.5, -0.5 + 2 + 0.5) = (1, 2)
        assertArrayEquals(new double[] {1.0, 2.0}, f.z(1)[0], 1e-15);
        double a1 = Math.tanh(1.0);
        double a2 = Math.tanh(2.0);
        assertArrayEquals(new double[] {a1, a2}, f.a(1)[0], 1e-15);
        double[] z2 = {a1 - 0.5 * a2 + 0.25, -a1 + 0.5 * a2};
        assertArrayEquals(z2, f.z(2)[0], 1e-15);
        assertArrayEquals(Softmax.softmax(z2), f.yHat()[0], 1e-15);
        assertArrayEquals(new double[] {1.0, 2.0}, f.a(0)[0]);
    }

    @Test
    void backwardPassByHand() {
        Network net = byHand();
        ForwardPass f = net.forward(new double[][] {{1.0, 2.0}, {-1.0, 0.5}});
        int[] labels = {1, 0};
        double l2 = 0.1;
        Gradients g = net.backward(f, labels, l2);
        double[][] yHat = f.yHat();
        double[][] a1 = f.a(1);
        double[][] z1 = f.z(1);
        double[][] w2 = net.weights(2);
        double[][] deltaOut = {{yHat[0][0], yHat[0][1] - 1}, {yHat[1][0] - 1, yHat[1][1]}};
        for (int n = 0; n < 2; n++) {
            assertArrayEquals(deltaOut[n], g.delta(2)[n], 1e-15, "δ_out = ŷ − y");
            for (int j = 0; j < 2; j++) {
                double back = deltaOut[n][0] * w2[j][0] + deltaOut[n][1] * w2[j][1];
                double slope = 1 - Math.tanh(z1[n][j]) * Math.tanh(z1[n][j]);
                assertEquals(slope * back, g.delta(1)[n][j], 1e-15, "δ_j = σ′(z_j) Σ_k δ_k w_{j→k}");
            }
        }
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 2; k++) {
                double mean = (a1[0][j] * deltaOut[0][k] + a1[1][j] * deltaOut[1][k]) / 2;
                assertEquals(mean + l2 * w2[j][k], g.dW(2)[j][k], 1e-15);
            }
        }
        assertEquals((deltaOut[0][1] + deltaOut[1][1]) / 2, g.db(2)[1], 1e-15);
        double ce = -(Math.log(yHat[0][1]) + Math.log(yHat[1][0])) / 2;
        double penalty = 0.05 * (0.25 + 0.25 + 0.0625 + 1 + 1 + 1 + 0.25 + 0.25);
        assertEquals(ce + penalty, g.loss(), 1e-15);
        assertEquals(g.loss(), net.loss(new Dataset(new double[][] {{1.0, 2.0}, {-1.0, 0.5}}, labels, 2), l2), 1e-15);
    }

    @Test
    void softmaxRegressionGradientIsMeanOfInputTimesError() {
        Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 4, 2, 3);
        Dataset d = TestData.random(10, 2, 3, 2);
        Gradients g = net.gradients(d, 0.0);
        double[][] x = d.x();
        double[][] yHat = net.predictProbabilities(x);
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 3; k++) {
                double sum = 0;
                for (int n = 0; n < 10; n++) {
                    sum += x[n][j] * (yHat[n][k] - (d.label(n) == k ? 1 : 0));
                }
                assertEquals(sum / 10, g.dW(1)[j][k], 1e-15);
            }
        }
    }

    @Test
    void predictionsAndAccuracy() {
        Network net = byHand();
        double[][] x = {{1.0, 2.0}, {-1.0, 0.5}, {3.0, -2.0}};
        double[][] p = net.predictProbabilities(x);
        int[] predicted = net.predict(x);
        int correct = 0;
        int[] labels = {0, 1, 1};
        for (int n = 0; n < 3; n++) {
            assertEquals(p[n][0] > p[n][1] ? 0 : 1, predicted[n]);
            correct += predicted[n] == labels[n] ? 1 : 0;
        }
        Dataset d = new Dataset(x, labels, 2);
        assertArrayEquals(predicted, net.predict(d));
        assertEquals(correct / 3.0, net.accuracy(d), 1e-15);
    }

    @Test
    void copyIsIndependentAndAccessorsReturnCopies() {
        Network net = byHand();
        Network copy = net.copy();
        copy.setBiases(2, new double[] {9, 9});
        assertEquals(0.25, net.biases(2)[0]);
        net.weights(1)[0][0] = 42;
        assertEquals(0.5, net.weights(1)[0][0]);
        ForwardPass f = net.forward(new double[][] {{1, 2}});
        f.z(1)[0][0] = 42;
        assertEquals(1.0, f.z(1)[0][0], 1e-15);
    }

    @Test
    void rejectsBadArguments() {
        assertMessage(() -> Network.create(Activation.TANH, Init.XAVIER, 0, 2, 0, 2), "sizes[1]");
        assertMessage(() -> Network.create(Activation.TANH, Init.XAVIER, 0, 2), "sizes");
        assertMessage(() -> Network.create(null, Init.XAVIER, 0, 2, 2), "hidden");
        assertMessage(() -> Network.create(Activation.TANH, null, 0, 2, 2), "init");
        Network net = byHand();
        assertMessage(() -> net.forward(new double[][] {{1, 2, 3}}), "x[0]");
        assertMessage(() -> net.forward(new double[][] {{1, Double.NaN}}), "x[0][1]");
        assertMessage(() -> net.forward(new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 0}}), "x[1][0]");
        assertMessage(() -> net.forward(new double[0][]), "x");
        assertMessage(() -> net.forward((Dataset) null), "d");
        assertMessage(() -> net.accuracy(TestData.random(3, 3, 2, 1)), "d.inputs()");
        assertMessage(() -> net.loss(TestData.random(3, 2, 3, 1), 0), "d.classes()");
        ForwardPass f = net.forward(new double[][] {{1, 2}, {3, 4}});
        assertMessage(() -> net.backward(f, new int[] {0}, 0), "labels");
        assertMessage(() -> net.backward(f, new int[] {0, 2}, 0), "labels[1]");
        assertMessage(() -> net.backward(f, new int[] {0, -1}, 0), "labels[1]");
        assertMessage(() -> net.backward(f, new int[] {0, 1}, -0.1), "l2");
        assertMessage(() -> net.backward(f, new int[] {0, 1}, Double.NaN), "l2");
        assertMessage(() -> net.backward(Network.create(Activation.TANH, Init.XAVIER, 0, 2, 3, 2)
                .forward(new double[][] {{1, 2}}), new int[] {0}, 0), "f");
        assertMessage(() -> net.backward(Network.create(Activation.RELU, Init.XAVIER, 0, net.sizes())
                .forward(new double[][] {{1, 2}}), new int[] {0}, 0), "f");
        assertMessage(() -> net.setWeights(3, new double[][] {{1}}), "l");
        assertMessage(() -> net.setWeights(1, new double[][] {{1, 2}}), "weights");
        assertMessage(() -> net.setWeights(1, new double[][] {{1, 2}, {3}}), "weights[1]");
        assertMessage(() -> net.setWeights(1, new double[][] {{1, 2}, {3, Double.NaN}}), "weights[1][1]");
        assertMessage(() -> net.setBiases(2, new double[] {1}), "biases");
        assertMessage(() -> net.weights(0), "l");
        assertMessage(() -> f.z(0), "l");
        assertMessage(() -> f.a(3), "l");
    }

    /** L = (m − z_label) + ln Σ e^{z−m}: equal logits of any size give ln 2 exactly, in the streamed loss too. */
    @Test
    void lossOfEqualHugeLogitsIsLnTwo() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);
        net.setWeights(1, new double[][] {{0, 0}, {0, 0}});
        Dataset d = new Dataset(new double[][] {{1, 2}, {-3, 4}, {5, 6}}, new int[] {0, 1, 0}, 2);
        for (double z : new double[] {1e12, 1e16, 1e300}) {
            net.setBiases(1, new double[] {z, z});
            assertEquals(Math.log(2), net.loss(d, 0.0), 0.0, "logits [" + z + ", " + z + "]");
        }
    }
}
