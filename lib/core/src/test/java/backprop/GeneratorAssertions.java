package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What every seeded data-set generator of the package ({@link Moons}, {@link Spirals}) promises: the seed decides the
 * data, the shuffle only permutes the rows, and the noise has the requested standard deviation.
 */
final class GeneratorAssertions {

    private GeneratorAssertions() {
    }

    /** Seed 9 twice gives the same features and labels; seed 10 gives other features and other labels. */
    static void assertSeedDecidesTheData(LongFunction<Dataset> generate) {
        Dataset a = generate.apply(9);
        Dataset b = generate.apply(9);
        Dataset c = generate.apply(10);
        assertArrayEquals(a.features(), b.features(), 0.0);
        assertArrayEquals(a.labelArray(), b.labelArray());
        assertFalse(Arrays.equals(a.features(), c.features()));
        assertFalse(Arrays.equals(a.labelArray(), c.labelArray()));
    }

    /** The shuffled data set has its labels in another order but the same rows (point and label) as the ordered one. */
    static void assertShuffleOnlyPermutes(Dataset ordered, Dataset shuffled) {
        assertFalse(Arrays.equals(ordered.labelArray(), shuffled.labelArray()));
        assertEquals(sortedRows(ordered), sortedRows(shuffled));
    }

    /** The rows as "x1,x2,label" strings, sorted, to compare data sets as multisets. */
    private static List<String> sortedRows(Dataset d) {
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < d.size(); n++) {
            rows.add(d.x(n, 0) + "," + d.x(n, 1) + "," + d.label(n));
        }
        rows.sort(null);
        return rows;
    }

    /**
     * The coordinate-wise differences noisy &minus; clean have mean 0 and standard deviation sigma, each within 5
     * standard errors of m Gaussian draws: sigma/&radic;m for the mean, sigma/&radic;(2m) for the standard deviation.
     */
    static void assertNoiseHasStandardDeviation(double sigma, Dataset clean, Dataset noisy) {
        int m = 2 * clean.size();
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < m; i++) {
            double e = noisy.features()[i] - clean.features()[i];
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / m;
        double std = Math.sqrt(sumSq / m - mean * mean);
        assertEquals(0.0, mean, 5 * sigma / Math.sqrt(m));
        assertEquals(sigma, std, 5 * sigma / Math.sqrt(2.0 * m));
    }
}
