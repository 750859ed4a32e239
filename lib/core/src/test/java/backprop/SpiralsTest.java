package backprop;

import static backprop.DatasetTest.assertMessage;
import static backprop.GeneratorAssertions.assertNoiseHasStandardDeviation;
import static backprop.GeneratorAssertions.assertSeedDecidesTheData;
import static backprop.GeneratorAssertions.assertShuffleOnlyPermutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpiralsTest {

    @Test
    void splitsTheCountsEvenlyFirstClassesTakeTheRest() {
        for (int[] nk : new int[][] {{3, 3}, {10, 3}, {11, 3}, {301, 4}, {1000, 5}}) {
            Dataset d = Spirals.make(nk[0], nk[1], 0.1, 2);
            assertEquals(nk[0], d.size());
            assertEquals(nk[1], d.classes());
            assertEquals(2, d.inputs());
            for (int c = 0; c < nk[1]; c++) {
                final int cls = c;
                long count = Arrays.stream(d.labels()).filter(y -> y == cls).count();
                assertEquals(nk[0] / nk[1] + (c < nk[0] % nk[1] ? 1 : 0), count, "class " + c + " of " + nk[0]);
            }
        }
    }

    /** Without noise, point i of class c is at radius t = (i+1)/n_c and angle 2π(c/K + t). */
    @Test
    void noiselessPointsLieOnTheirArms() {
        int k = 3;
        Dataset d = Spirals.make(300, k, 0.0, false, 1);
        for (int n = 0; n < 300; n++) {
            int c = d.label(n);
            int i = n - 100 * c;
            double t = (i + 1) / 100.0;
            double r = Math.hypot(d.x(n, 0), d.x(n, 1));
            assertEquals(t, r, 1e-15);
            double expectedAngle = 2 * Math.PI * ((double) c / k + t);
            // compare the direction, which is free of the 2π ambiguity of an angle
            assertEquals(Math.cos(expectedAngle) * r, d.x(n, 0), 1e-15);
            assertEquals(Math.sin(expectedAngle) * r, d.x(n, 1), 1e-15);
        }
        assertEquals(0, d.label(0));
        assertEquals(2, d.label(299));
    }

    @Test
    void armsAreTurnedCopiesOfEachOther() {
        int k = 4;
        Dataset d = Spirals.make(400, k, 0.0, false, 1);
        double angle = 2 * Math.PI / k;
        for (int i = 0; i < 100; i++) {
            double x = d.x(i, 0);
            double y = d.x(i, 1);
            assertEquals(x * Math.cos(angle) - y * Math.sin(angle), d.x(100 + i, 0), 1e-14);
            assertEquals(x * Math.sin(angle) + y * Math.cos(angle), d.x(100 + i, 1), 1e-14);
        }
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        assertSeedDecidesTheData(seed -> Spirals.make(500, 3, 0.1, seed));
    }

    @Test
    void shuffleOnlyPermutesTheNoiselessPoints() {
        assertShuffleOnlyPermutes(Spirals.make(301, 3, 0.0, false, 3), Spirals.make(301, 3, 0.0, true, 3));
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        assertNoiseHasStandardDeviation(0.15, Spirals.make(30_000, 3, 0.0, false, 1),
                Spirals.make(30_000, 3, 0.15, false, 1));
    }

    /**
     * No straight line separates the arms: softmax regression (no hidden layer), trained to convergence, stays far
     * from perfect on the noiseless spirals, while a small tanh network fits them almost perfectly.
     */
    @Test
    void aLineCannotSeparateTheArmsANetworkCan() {
        Dataset d = Spirals.make(600, 3, 0.0, 4);
        Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
        Trainer.builder().learningRate(0.5).epochs(300).batchSize(32).seed(1).build().fit(linear, d, null);
        Network deep = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 32, 32, 3);
        Trainer.builder().learningRate(0.3).epochs(600).batchSize(32).seed(1).build().fit(deep, d, null);
        assertTrue(linear.accuracy(d) < 0.7, "linear " + linear.accuracy(d));
        assertTrue(deep.accuracy(d) > 0.95, "network " + deep.accuracy(d));
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("classes must be >= 2, was 1", () -> Spirals.make(10, 1, 0.1, 1));
        assertMessage("nSamples must be >= classes (3), was 2", () -> Spirals.make(2, 3, 0.1, 1));
        assertMessage("nSamples must be >= classes (3), was -5", () -> Spirals.make(-5, 3, 0.1, 1));
        assertMessage("noise must be >= 0 and finite, was -0.1", () -> Spirals.make(10, 3, -0.1, 1));
        assertMessage("noise must be >= 0 and finite, was NaN", () -> Spirals.make(10, 3, Double.NaN, 1));
        assertMessage("noise must be >= 0 and finite, was Infinity",
                () -> Spirals.make(10, 3, Double.POSITIVE_INFINITY, 1));
    }
}
