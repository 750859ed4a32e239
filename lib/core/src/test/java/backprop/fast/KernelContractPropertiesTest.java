package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.Activation;
import backprop.Dataset;
import backprop.Gradients;
import backprop.Init;
import backprop.Network;
import backprop.TestData;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The contract between the two wings over random architectures, batch sizes and thread counts. */
class KernelContractPropertiesTest {

    /**
     * The kernel's summed gradient / N equals the readable Gradients within 1e-12 of the largest entry (same sums
     * in another order, plus VectorMath's tanh within 1.3e-15 relative), and is bit-identical for 1, 2 and 3
     * threads.
     */
    @Property(tries = 60, seed = "20261130")
    void fastGradientEqualsReadableAndIgnoresTheThreadCount(@ForAll Activation activation,
            @ForAll @Size(max = 2) List<@IntRange(min = 1, max = 9) Integer> hidden,
            @ForAll @IntRange(min = 1, max = 1300) int n, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = 3;
        for (int i = 0; i < hidden.size(); i++) {
            sizes[i + 1] = hidden.get(i);
        }
        sizes[sizes.length - 1] = 4;
        Network net = Network.create(activation, Init.XAVIER, seed, sizes);
        Dataset d = TestData.random(n, 3, 4, seed);
        Gradients reference = net.gradients(d, 0.0);
        double[] expected = reference.gradient().toArray();
        double scale = 1e-300;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        double[] x = TestData.featureMajor(d);
        double[] first = null;
        for (int threads = 1; threads <= 3; threads++) {
            try (BatchEngine engine = BatchEngineTest.engine(net, threads)) {
                double[] grad = new double[net.parameterCount()];
                engine.gradient(x, d.labels(), n, grad);
                double loss = engine.score(TestData.sampleMajor(d), d.labels(), n).loss();
                assertEquals(reference.loss(), loss / n, 1e-12 * Math.max(1, reference.loss()));
                if (first == null) {
                    first = grad.clone();
                    for (int i = 0; i < grad.length; i++) {
                        assertEquals(expected[i], grad[i] / n, 1e-12 * scale, "θ[" + i + "]");
                    }
                } else {
                    assertArrayEquals(first, grad, 0.0, threads + " threads");
                }
            }
        }
    }
}
