package backprop;

import static backprop.DatasetTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        Dataset a = Spirals.make(500, 3, 0.1, 9);
        Dataset b = Spirals.make(500, 3, 0.1, 9);
        Dataset c = Spirals.make(500, 3, 0.1, 10);
        assertArrayEquals(a.features(), b.features(), 0.0);
        assertArrayEquals(a.labelArray(), b.labelArray());
        assertFalse(Arrays.equals(a.features(), c.features()));
        assertFalse(Arrays.equals(a.labelArray(), c.labelArray()));
    }

    @Test
    void shuffleOnlyPermutesTheNoiselessPoints() {
        Dataset ordered = Spirals.make(301, 3, 0.0, false, 3);
        Dataset shuffled = Spirals.make(301, 3, 0.0, true, 3);
        assertFalse(Arrays.equals(ordered.labelArray(), shuffled.labelArray()));
        assertEquals(sortedRows(ordered), sortedRows(shuffled));
    }

    private static List<String> sortedRows(Dataset d) {
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < d.size(); n++) {
            rows.add(d.x(n, 0) + "," + d.x(n, 1) + "," + d.label(n));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        int n = 30_000;
        double sigma = 0.15;
        Dataset clean = Spirals.make(n, 3, 0.0, false, 1);
        Dataset noisy = Spirals.make(n, 3, sigma, false, 1);
        double sum = 0;
        double sumSq = 0;
        int m = 2 * n;
        for (int i = 0; i < m; i++) {
            double e = noisy.features()[i] - clean.features()[i];
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / m;
        double std = Math.sqrt(sumSq / m - mean * mean);
        // standard errors sigma/sqrt(m) for the mean and sigma/sqrt(2m) for the std; allow 5 of them
        assertEquals(0.0, mean, 5 * sigma / Math.sqrt(m));
        assertEquals(sigma, std, 5 * sigma / Math.sqrt(2.0 * m));
    }

    /**
     * No straight line separates the arms: softmax regression (no hidden layer), trained to convergence, stays far
     * from perfect on the noiseless spirals, while a small tanh network fits them almost perfectly.
     */
    @Test
    void aLineCannotSeparateTheArmsANetworkCan() {
        Dataset d = Spirals.make(600, 3, 0.0, 4);
        Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
        Trainer.builder().learningRate(0.5).epochs(300).batchSize(32).seed(1).progressEvery(0).build().fit(linear, d, null);
        Network deep = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 32, 32, 3);
        Trainer.builder().learningRate(0.3).epochs(600).batchSize(32).seed(1).progressEvery(0).build().fit(deep, d, null);
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
