package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {

    @Test
    void softmaxIsStableForHugeLogitsAndSumsToOne() {
        double[][] cases = {{1e4, -1e4}, {1e4, 1e4, 0}, {-1e4, -1e4 + 1}, {0.3, -1.2, 2.0, 0.0}};
        for (double[] z : cases) {
            double[] p = Softmax.softmax(z);
            double sum = 0;
            for (double v : p) {
                assertTrue(Double.isFinite(v) && v >= 0 && v <= 1);
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12);
        }
        assertArrayEquals(new double[] {0.5, 0.5, 0.0}, Softmax.softmax(new double[] {1e4, 1e4, 0}), 1e-15);
        double[] p = Softmax.softmax(new double[] {-1e4, -1e4 + 1});
        assertEquals(1 / (1 + Math.E), p[0], 1e-15);
    }

    @Test
    void softmaxMatchesTheDefinitionForModestLogits() {
        double[] z = {0.5, -1.0, 2.0};
        double total = Math.exp(0.5) + Math.exp(-1.0) + Math.exp(2.0);
        assertArrayEquals(new double[] {Math.exp(0.5) / total, Math.exp(-1.0) / total, Math.exp(2.0) / total},
                Softmax.softmax(z), 1e-15);
    }

    /** J[o][i] against central differences of the softmax (error ~1e-10 for h = 1e-5). */
    @Test
    void jacobianMatchesFiniteDifferencesAndTheClosedForm() {
        Random r = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            double[] z = new double[2 + r.nextInt(4)];
            for (int i = 0; i < z.length; i++) {
                z[i] = 3 * r.nextGaussian();
            }
            double[][] j = Softmax.jacobian(z);
            double[] y = Softmax.softmax(z);
            for (int i = 0; i < z.length; i++) {
                double[] up = z.clone();
                double[] down = z.clone();
                up[i] += 1e-5;
                down[i] -= 1e-5;
                double[] pu = Softmax.softmax(up);
                double[] pd = Softmax.softmax(down);
                for (int o = 0; o < z.length; o++) {
                    assertEquals((pu[o] - pd[o]) / 2e-5, j[o][i], 1e-9);
                    assertEquals(o == i ? y[o] * (1 - y[o]) : -y[o] * y[i], j[o][i], 1e-16);
                }
            }
        }
    }

    @Test
    void crossEntropyValuesAndOneDefinition() {
        assertEquals(-Math.log(0.7), CrossEntropy.loss(new double[] {0.3, 0.7}, new double[] {0, 1}), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, CrossEntropy.loss(new double[] {1.0, 0.0}, new double[] {0, 1}),
                "−ln 0 is +∞, not a capped 744");
        // a confident mistake: from the logits the loss is exact, ln(1 + e^-3000) + 3000 = 3000
        assertEquals(3000.0, CrossEntropy.ofLogits(new double[] {3000, 0}, 1), 0.0);
        // and the two forms agree wherever ŷ is representable: −ln softmax(z)_label = ofLogits(z, label)
        double[] z = {2.0, -1.0, 0.5};
        assertEquals(-Math.log(Softmax.softmax(z)[1]), CrossEntropy.ofLogits(z, 1), 1e-15);
        assertEquals(0.0, CrossEntropy.loss(new double[] {1.0, 0.0}, new double[] {1, 0}));
    }

    /** ∂L/∂z from the general form, the one-hot form ŷ − y and a central difference of L(softmax(z)) all agree. */
    @Test
    void gradientWithRespectToLogits() {
        Random r = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            int c = 2 + r.nextInt(4);
            double[] z = new double[c];
            for (int i = 0; i < c; i++) {
                z[i] = 2 * r.nextGaussian();
            }
            double[] y = CrossEntropy.oneHot(r.nextInt(c), c);
            double[] general = CrossEntropy.gradientGeneral(z, y);
            assertArrayEquals(CrossEntropy.gradient(Softmax.softmax(z), y), general, 1e-15);
            double[] soft = {0.2, 0.5};
            double[] target = new double[c];
            target[0] = soft[0];
            target[c - 1] += soft[1];
            double[] g = CrossEntropy.gradientGeneral(z, target);
            for (int i = 0; i < c; i++) {
                double[] up = z.clone();
                double[] down = z.clone();
                up[i] += 1e-5;
                down[i] -= 1e-5;
                double numeric = (CrossEntropy.loss(Softmax.softmax(up), target)
                        - CrossEntropy.loss(Softmax.softmax(down), target)) / 2e-5;
                assertEquals(numeric, g[i], 1e-9, "non-one-hot target, sum 0.7: ŷ_i·0.7 − y_i");
            }
        }
    }

    @Test
    void badArgumentsNameTheParameter() {
        assertMessage(() -> Softmax.softmax(new double[0]), "z");
        assertMessage(() -> Softmax.softmax(new double[] {1, Double.NaN}), "z[1]");
        assertMessage(() -> Softmax.jacobian(null), "z");
        assertMessage(() -> CrossEntropy.loss(new double[] {0.5, 0.5}, new double[] {1}), "y");
        assertMessage(() -> CrossEntropy.loss(new double[] {1.5, -0.5}, new double[] {1, 0}), "yHat[0]");
        assertMessage(() -> CrossEntropy.oneHot(3, 3), "label");
        // non-probabilities and negative targets are rejected, not turned into a negative loss
        assertMessage(() -> CrossEntropy.loss(new double[] {5, -4}, new double[] {1, 0}), "yHat[0]");
        assertMessage(() -> CrossEntropy.loss(new double[] {0.5, 0.5}, new double[] {-1, 0}), "y[0]");
        assertMessage(() -> CrossEntropy.gradient(new double[] {0.5, 0.5}, new double[] {0, -2}), "y[1]");
        assertMessage(() -> CrossEntropy.oneHot(0, 0), "classes");
        assertMessage(() -> CrossEntropy.gradientGeneral(new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 0}),
                "y[0]");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
        assertTrue(e.getMessage().contains("was") || e.getMessage().contains("had"), e.getMessage());
    }
}
