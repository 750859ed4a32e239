package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    /**
     * Backpropagation agrees with central differences to 1e-6 relative error for random architectures (0–3 hidden
     * layers of 1–6 units, 2–4 inputs, 2–4 classes), activations, initialisations, L2 strengths and standardised
     * data (the fourth-order difference's truncation term grows like |x|⁵, so inputs are kept at unit scale).
     * With ε = 1e-3 the fourth-order difference is off by about 1e-12 (see GradientCheck), 1e-6 of the 1e-6
     * floor. ReLU cases whose pre-activations come within 0.01 of the kink are discarded: a step of 2ε moves z by
     * at most 2ε·|a| ≲ 0.01 here, and across the kink the loss is not differentiable, so no difference would agree.
     */
    @Property(tries = 200, seed = "20261128")
    void backpropagationMatchesFiniteDifferences(
            @ForAll @Size(max = 3) List<@IntRange(min = 1, max = 6) Integer> hidden,
            @ForAll @IntRange(min = 2, max = 4) int inputs,
            @ForAll @IntRange(min = 2, max = 4) int classes,
            @ForAll Activation activation,
            @ForAll Init init,
            @ForAll @IntRange(min = 0, max = 2) int l2Choice,
            @ForAll @IntRange(min = 1, max = 12) int samples,
            @ForAll long seed) {
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = inputs;
        for (int i = 0; i < hidden.size(); i++) {
            sizes[i + 1] = hidden.get(i);
        }
        sizes[sizes.length - 1] = classes;
        Network net = Network.create(activation, init, seed, sizes);
        for (int l = 1; l <= net.layers(); l++) {
            double[] b = new double[sizes[l]];
            for (int k = 0; k < b.length; k++) {
                b[k] = 0.1 * ((seed >>> (k + l)) % 7 - 3);
            }
            net.setBiases(l, b);
        }
        Dataset d = standardData(samples, inputs, classes, seed ^ 0x5DEECE66DL);
        if (activation == Activation.RELU) {
            Assume.that(minHiddenPreActivation(net, d) > 0.05);
        }
        double l2 = new double[] {0.0, 0.01, 0.5}[l2Choice];
        GradientCheck.Report report = GradientCheck.check(net, d, l2, 1e-3);
        assertTrue(report.maxRelativeError() <= 1e-6, net + "\n" + report);
    }

    /** Inputs drawn from N(0, 1), like standardised features. */
    static Dataset standardData(int n, int inputs, int classes, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[][] x = new double[n][inputs];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < inputs; j++) {
                x[s][j] = r.nextGaussian();
            }
            y[s] = r.nextInt(classes);
        }
        return new Dataset(x, y, classes);
    }

    static double minHiddenPreActivation(Network net, Dataset d) {
        ForwardPass f = net.forward(d);
        double min = Double.POSITIVE_INFINITY;
        for (int l = 1; l < net.layers(); l++) {
            for (double[] row : f.z(l)) {
                for (double z : row) {
                    min = Math.min(min, Math.abs(z));
                }
            }
        }
        return min;
    }

    @Test
    void reportNamesEveryTensorInLayerOrder() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 2, 2, 3, 2);
        GradientCheck.Report r = GradientCheck.check(net, TestData.random(5, 2, 2, 1), 0.0, 1e-5);
        assertEquals(List.of("W1", "b1", "W2", "b2"), List.copyOf(r.relativeErrors().keySet()));
        assertTrue(r.toString().contains("W2") && r.toString().contains("max"), r.toString());
    }

    /** A wrong gradient is caught: a deliberately mis-set probe gives a large relative error. */
    @Test
    void relativeErrorDefinition() {
        assertEquals(0.0, GradientCheck.relativeError(0.0, 0.0));
        assertEquals(1e-12 / GradientCheck.FLOOR, GradientCheck.relativeError(1e-12, 0.0), 1e-18);
        assertEquals(1.0 / 3.0, GradientCheck.relativeError(2.0, 1.0), 1e-15);
    }

    @Test
    void rejectsBadArguments() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 2, 2, 3, 2);
        Dataset d = TestData.random(5, 2, 2, 1);
        assertMessage(() -> GradientCheck.check(null, d, 0, 1e-5), "net");
        assertMessage(() -> GradientCheck.check(net, null, 0, 1e-5), "d");
        assertMessage(() -> GradientCheck.check(net, TestData.random(5, 3, 2, 1), 0, 1e-5), "d.inputs()");
        assertMessage(() -> GradientCheck.check(net, TestData.random(5, 2, 3, 1), 0, 1e-5), "d.classes()");
        assertMessage(() -> GradientCheck.check(net, d, -1, 1e-5), "l2");
        assertMessage(() -> GradientCheck.check(net, d, 0, 0), "epsilon");
        assertMessage(() -> GradientCheck.check(net, d, 0, Double.NaN), "epsilon");
    }

    static void assertMessage(org.junit.jupiter.api.function.Executable call, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(name + " "), e.getMessage());
        assertTrue(e.getMessage().contains("was") || e.getMessage().contains("had"), e.getMessage());
    }
}
