package backprop;

import java.util.Random;

/**
 * A data set divided into a training part, used to fit the weights, and a held-out test part,
 * used only to measure how well the fitted network generalises.
 *
 * @param train the samples the network learns from
 * @param test  the held-out samples
 */
public record Split(Dataset train, Dataset test) {

    /** @throws IllegalArgumentException if either part is null */
    public Split {
        Require.notNull("train", train);
        Require.notNull("test", test);
    }

    /**
     * Splits the samples of d at random into a training and a test set. The samples are shuffled with a
     * Fisher&ndash;Yates permutation seeded by {@code seed}; the first round(N &middot; testFraction) become the test
     * set, the rest the training set, each keeping the shuffled order.
     *
     * @param d            the data set
     * @param testFraction the share of samples held out, in (0, 1), leaving both sides non-empty
     * @param seed         the seed of the permutation: the same seed gives the same split
     */
    public static Split of(Dataset d, double testFraction, long seed) {
        Require.notNull("d", d);
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), was " + testFraction);
        }
        int n = d.size();
        int testSize = (int) Math.round(n * testFraction);
        if (testSize < 1 || testSize > n - 1) {
            throw new IllegalArgumentException("testFraction " + testFraction + " leaves an empty side for " + n
                    + " samples (test size would be " + testSize + ")");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        FisherYates.shuffle(order, new Random(seed));
        return new Split(d.subset(order, testSize, n), d.subset(order, 0, testSize));
    }
}
