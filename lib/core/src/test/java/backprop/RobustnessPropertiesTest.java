package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** No silent wrong result and no foreign exception, over random inputs. */
class RobustnessPropertiesTest {

    /** The layout visits every index of θ exactly once, W_l before b_l, layer by layer. */
    @Property(tries = 100, seed = "20261130")
    void everyParameterHasExactlyOneSlot(@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 1, max = 20) Integer> sizes) {
        Parameters p = Parameters.zeros(sizes.stream().mapToInt(Integer::intValue).toArray());
        int next = 0;
        for (int l = 1; l <= p.layers(); l++) {
            for (int j = 0; j < p.size(l - 1); j++) {
                for (int k = 0; k < p.size(l); k++) {
                    assertEquals(next++, p.weightOffset(l) + j * p.size(l) + k);
                }
            }
            assertEquals(next, p.biasOffset(l));
            next += p.size(l);
        }
        assertEquals(p.count(), next);
    }

    /** Sizes whose weight count does not fit in an int: always an IllegalArgumentException naming sizes. */
    @Property(tries = 100, seed = "20261130")
    void oversizedNetworksAreRejected(@ForAll @IntRange(min = 46341, max = Integer.MAX_VALUE) int wide,
            @ForAll @IntRange(min = 46341, max = Integer.MAX_VALUE) int alsoWide,
            @ForAll @IntRange(min = 1, max = 5) int inputs) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Network.create(Activation.TANH, Init.XAVIER, 1, inputs, wide, alsoWide, 2));
        assertTrue(e.getMessage().startsWith("sizes "), e.getMessage());
    }

    /** backward on a stale pass equals backward at the pass's own weights, bit for bit, whatever changed since. */
    @Property(tries = 50, seed = "20261130")
    void aStalePassIsBackpropagatedWithItsOwnWeights(@ForAll Activation activation,
            @ForAll @IntRange(min = 1, max = 6) int hidden, @ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        Network net = Network.create(activation, Init.XAVIER, seed, 2, hidden, 3);
        Network old = net.copy();
        Dataset d = TestData.random(n, 2, 3, seed);
        ForwardPass f = net.forward(d);
        net.setParameters(Network.create(activation, Init.HE, seed + 1, 2, hidden, 3).parameters());
        Gradients stale = net.backward(f, d.labels(), 0.01);
        Gradients expected = old.gradients(d, 0.01);
        assertArrayEquals(expected.gradient().toArray(), stale.gradient().toArray(), 0.0);
        assertEquals(expected.loss(), stale.loss(), 0.0);
    }

    /** Any entry outside [0, 1] is rejected; probabilities give a loss ≥ 0 (never the −1.609 of {5, −4}). */
    @Property(tries = 300, seed = "20261130")
    void crossEntropyTakesOnlyProbabilities(@ForAll @DoubleRange(min = -5, max = 5) double p0,
            @ForAll @DoubleRange(min = -5, max = 5) double p1, @ForAll @IntRange(min = 0, max = 1) int label) {
        double[] yHat = {p0, p1};
        boolean probabilities = p0 >= 0 && p0 <= 1 && p1 >= 0 && p1 <= 1;
        if (probabilities) {
            assertTrue(CrossEntropy.loss(yHat, CrossEntropy.oneHot(label, 2)) >= 0.0);
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CrossEntropy.loss(yHat, CrossEntropy.oneHot(label, 2)));
            assertTrue(e.getMessage().startsWith("yHat["), e.getMessage());
        }
    }

    /**
     * At any learning rate from 1e-3 to 1e300 and any λ, a fit either completes with finite weights and a finite
     * recorded loss, or stops with the divergence error and finite weights: never NaN, never another exception.
     */
    @Property(tries = 60, seed = "20261130")
    void trainingEitherConvergesOrStopsCleanly(@ForAll Activation activation,
            @ForAll @DoubleRange(min = -3, max = 300) double log10Rate, @ForAll @DoubleRange(min = 0, max = 2) double l2,
            @ForAll @IntRange(min = 0, max = 100) int seed) {
        Network net = Network.create(activation, Init.XAVIER, seed, 2, 4, 2);
        Dataset d = TestData.random(25, 2, 2, seed);
        Trainer trainer = Trainer.builder().learningRate(Math.pow(10, log10Rate)).l2(l2).epochs(30).recordEvery(3)
                .build();
        try {
            History h = trainer.fit(net, d, null);
            for (double loss : h.trainLoss()) {
                assertTrue(Double.isFinite(loss), h.toString());
            }
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().startsWith("training diverged at epoch "), e.getMessage());
            assertTrue(e.getMessage().contains("λ = " + l2), e.getMessage());
        }
        assertTrue(Arrays.stream(net.parameters().toArray()).allMatch(Double::isFinite));
    }
}
