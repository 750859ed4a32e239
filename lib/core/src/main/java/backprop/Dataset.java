package backprop;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A labelled data set: N samples x<sub>n</sub> &isin; &#8477;<sup>d</sup>, each with a class label
 * y<sub>n</sub> &isin; {0, &hellip;, C&minus;1}.
 *
 * <p>The features are kept in one flat row-major array, so feature j of sample n is
 * {@code features[n * d + j]}. The class is immutable: the constructor copies its input and the
 * public accessors return copies.
 */
public final class Dataset {

    private final double[] features;
    private final int[] labels;
    private final int size;
    private final int inputs;
    private final int classes;

    /**
     * Creates a data set from one row of features per sample.
     *
     * @param x       N &times; d features, all finite, every row of the same length d &ge; 1
     * @param labels  N labels, each in [0, classes)
     * @param classes the number of classes C &ge; 1
     * @throws IllegalArgumentException naming the offending parameter and value
     */
    public Dataset(double[][] x, int[] labels, int classes) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must contain at least one sample, was "
                    + (x == null ? "null" : "empty"));
        }
        if (x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("x[0] must contain at least one feature, was "
                    + (x[0] == null ? "null" : "empty"));
        }
        int d = x[0].length;
        double[] flat = new double[x.length * d];
        for (int n = 0; n < x.length; n++) {
            if (x[n] == null || x[n].length != d) {
                throw new IllegalArgumentException("x[" + n + "] must have " + d + " features like x[0], had "
                        + (x[n] == null ? "null" : String.valueOf(x[n].length)));
            }
            System.arraycopy(x[n], 0, flat, n * d, d);
        }
        this.features = flat;
        this.labels = labels == null ? null : labels.clone();
        this.size = x.length;
        this.inputs = d;
        this.classes = classes;
        validate();
    }

    /** Wraps already flat arrays without copying; the caller hands over ownership. */
    static Dataset ofFlat(double[] features, int inputs, int[] labels, int classes) {
        return new Dataset(features, inputs, labels, classes);
    }

    private Dataset(double[] features, int inputs, int[] labels, int classes) {
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be >= 1, was " + inputs);
        }
        if (features == null || features.length == 0 || features.length % inputs != 0) {
            throw new IllegalArgumentException("features must hold a positive multiple of " + inputs
                    + " values, had " + (features == null ? "null" : String.valueOf(features.length)));
        }
        this.features = features;
        this.labels = labels;
        this.size = features.length / inputs;
        this.inputs = inputs;
        this.classes = classes;
        validate();
    }

    private void validate() {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be >= 1, was " + classes);
        }
        if (labels == null || labels.length != size) {
            throw new IllegalArgumentException("labels must have one entry per sample (" + size + "), had "
                    + (labels == null ? "null" : String.valueOf(labels.length)));
        }
        for (int n = 0; n < size; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("labels[" + n + "] must be in [0, " + classes + "), was "
                        + labels[n]);
            }
        }
        for (int i = 0; i < features.length; i++) {
            if (!Double.isFinite(features[i])) {
                throw new IllegalArgumentException("x[" + i / inputs + "][" + i % inputs
                        + "] must be finite, was " + features[i]);
            }
        }
    }

    /** @return N, the number of samples */
    public int size() {
        return size;
    }

    /** @return d, the number of features per sample */
    public int inputs() {
        return inputs;
    }

    /** @return C, the number of classes */
    public int classes() {
        return classes;
    }

    /** @return a copy of the features as N rows of d values */
    public double[][] x() {
        double[][] rows = new double[size][];
        for (int n = 0; n < size; n++) {
            rows[n] = Arrays.copyOfRange(features, n * inputs, (n + 1) * inputs);
        }
        return rows;
    }

    /** @return a copy of the N labels */
    public int[] labels() {
        return labels.clone();
    }

    /** @return feature j of sample n */
    public double x(int n, int j) {
        if (n < 0 || n >= size) {
            throw new IllegalArgumentException("n must be in [0, " + size + "), was " + n);
        }
        if (j < 0 || j >= inputs) {
            throw new IllegalArgumentException("j must be in [0, " + inputs + "), was " + j);
        }
        return features[n * inputs + j];
    }

    /** @return the label of sample n */
    public int label(int n) {
        if (n < 0 || n >= size) {
            throw new IllegalArgumentException("n must be in [0, " + size + "), was " + n);
        }
        return labels[n];
    }

    /** The flat row-major N&times;d feature array itself (not a copy): callers must not modify it. */
    double[] features() {
        return features;
    }

    /** The label array itself (not a copy): callers must not modify it. */
    int[] labelArray() {
        return labels;
    }

    /**
     * Splits the samples at random into a training and a test set. The samples are shuffled with a
     * Fisher&ndash;Yates permutation seeded by {@code seed}; the first round(N &middot; testFraction)
     * become the test set, the rest the training set, each keeping the shuffled order.
     *
     * @param testFraction the share of samples held out, in (0, 1), leaving both sides non-empty
     * @param seed         the seed of the permutation: the same seed gives the same split
     */
    public Split split(double testFraction, long seed) {
        if (!(testFraction > 0.0 && testFraction < 1.0)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), was " + testFraction);
        }
        int testSize = (int) Math.round(size * testFraction);
        if (testSize < 1 || testSize > size - 1) {
            throw new IllegalArgumentException("testFraction " + testFraction + " leaves an empty side for "
                    + size + " samples (test size would be " + testSize + ")");
        }
        int[] order = permutation(size, seed);
        return new Split(subset(order, testSize, size), subset(order, 0, testSize));
    }

    private static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        return order;
    }

    private Dataset subset(int[] order, int from, int to) {
        double[] f = new double[(to - from) * inputs];
        int[] y = new int[to - from];
        for (int i = from; i < to; i++) {
            System.arraycopy(features, order[i] * inputs, f, (i - from) * inputs, inputs);
            y[i - from] = labels[order[i]];
        }
        return new Dataset(f, inputs, y, classes);
    }

    @Override
    public String toString() {
        return "Dataset[size=" + size + ", inputs=" + inputs + ", classes=" + classes + "]";
    }
}
