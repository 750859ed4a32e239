package backprop;

import java.util.Random;
import java.util.stream.IntStream;

/** A data set divided into a training part, to fit the weights, and a held-out test part, to measure them. */
public record Split(Dataset train, Dataset test) {

    public Split {
        Require.notNull("train", train);
        Require.notNull("test", test);
    }

    /** d shuffled (seeded): the first round(N · testFraction) are the test set, the rest the training set. */
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
        int[] order = IntStream.range(0, n).toArray();
        FisherYates.shuffle(order, new Random(seed));
        return new Split(d.subset(order, testSize, n), d.subset(order, 0, testSize));
    }
}
