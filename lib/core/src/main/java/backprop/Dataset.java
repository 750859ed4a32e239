package backprop;

import java.util.Arrays;

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
    private final int inputs;
    private final int classes;

    /**
     * Creates a data set from one row of features per sample.
     *
     * @param x       N &times; d features, all finite, every row of the same length d &ge; 1, with N &middot; d
     *                fitting one Java array and the heap
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
        Require.fits("x.length × x[0].length (the features)", (long) x.length * d, Double.BYTES);
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
        this.inputs = inputs;
        this.classes = classes;
        validate();
    }

    private void validate() {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be >= 1, was " + classes);
        }
        if (labels == null || labels.length != features.length / inputs) {
            throw new IllegalArgumentException("labels must have one entry per sample (" + features.length / inputs
                    + "), had "
                    + (labels == null ? "null" : String.valueOf(labels.length)));
        }
        for (int n = 0; n < labels.length; n++) {
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
        return labels.length;
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
        double[][] rows = new double[size()][];
        for (int n = 0; n < rows.length; n++) {
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
        return features[Require.index("n", n, size()) * inputs + Require.index("j", j, inputs)];
    }

    /** @return the label of sample n */
    public int label(int n) {
        return labels[Require.index("n", n, size())];
    }

    /** The flat row-major N&times;d feature array itself (not a copy): callers must not modify it. */
    double[] features() {
        return features;
    }

    /** The label array itself (not a copy): callers must not modify it. */
    int[] labelArray() {
        return labels;
    }

    /** The samples order[from], …, order[to − 1] as a new data set. */
    Dataset subset(int[] order, int from, int to) {
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
        return "Dataset[size=" + size() + ", inputs=" + inputs + ", classes=" + classes + "]";
    }
}
