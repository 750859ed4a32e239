package backprop;

import java.util.Arrays;
import java.util.stream.IntStream;

/** N samples x<sub>n</sub> ∈ ℝ<sup>d</sup> labelled y<sub>n</sub> ∈ {0, …, C−1}, row-major in one array; immutable. */
public final class Dataset {

    private final double[] features;
    private final int[] labels;
    private final int inputs;
    private final int classes;

    /** N ≥ 1 rows x of d ≥ 1 finite features, N labels in [0, classes), classes ≥ 1. */
    public Dataset(double[][] x, int[] labels, int classes) {
        this(flatten(x), x[0].length, labels == null ? null : labels.clone(), classes);
    }

    /** Wraps flat finite features without copying; the caller hands over ownership. */
    Dataset(double[] features, int inputs, int[] labels, int classes) {
        Require.atLeast("classes", classes, 1);
        Require.labels("labels", labels, features.length / inputs, classes);
        this.features = features;
        this.labels = labels;
        this.inputs = inputs;
        this.classes = classes;
    }

    private static double[] flatten(double[][] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must not be empty, was " + (x == null ? "null" : "empty"));
        }
        if (x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException("x[0] must contain at least one feature, was "
                    + (x[0] == null ? "null" : "empty"));
        }
        int d = x[0].length;
        Require.fits("x.length × x[0].length (the features)", (long) x.length * d, Double.BYTES);
        Require.finiteMatrix("x", x, d);
        double[] flat = new double[x.length * d];
        for (int n = 0; n < x.length; n++) {
            System.arraycopy(x[n], 0, flat, n * d, d);
        }
        return flat;
    }

    /** @return N */
    public int size() {
        return labels.length;
    }

    /** @return d, the features per sample */
    public int inputs() {
        return inputs;
    }

    /** @return C */
    public int classes() {
        return classes;
    }

    /** @return a copy of the features as N rows of d */
    public double[][] x() {
        return IntStream.range(0, size()).mapToObj(n -> Arrays.copyOfRange(features, n * inputs, (n + 1) * inputs))
                .toArray(double[][]::new);
    }

    public int[] labels() {
        return labels.clone();
    }

    public double x(int n, int j) {
        return features[Require.index("n", n, size()) * inputs + Require.index("j", j, inputs)];
    }

    public int label(int n) {
        return labels[Require.index("n", n, size())];
    }

    /** The flat feature array itself: callers must not modify it. */
    double[] features() {
        return features;
    }

    /** The label array itself: callers must not modify it. */
    int[] labelArray() {
        return labels;
    }

    /** The samples order[from], …, order[to − 1]. */
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
