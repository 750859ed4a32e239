package backprop;

/** Argument checks shared by the public entry points; every failure names the parameter and its value. */
final class Require {

    private Require() {
    }

    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    static double positiveFinite(String name, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, was " + value);
        }
        return value;
    }

    static double nonNegativeFinite(String name, double value) {
        if (!(value >= 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + value);
        }
        return value;
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return value;
    }

    /** A non-empty vector of finite numbers. */
    static double[] finiteVector(String name, double[] v) {
        notNull(name, v);
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty, was empty");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + v[i]);
            }
        }
        return v;
    }

    /** A non-empty rectangular matrix of finite numbers with {@code columns} columns. */
    static double[][] finiteMatrix(String name, double[][] m, int columns) {
        notNull(name, m);
        if (m.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row, was empty");
        }
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || m[r].length != columns) {
                throw new IllegalArgumentException(name + "[" + r + "] must have " + columns + " entries, had "
                        + (m[r] == null ? "null" : String.valueOf(m[r].length)));
            }
            for (int c = 0; c < columns; c++) {
                if (!Double.isFinite(m[r][c])) {
                    throw new IllegalArgumentException(name + "[" + r + "][" + c + "] must be finite, was " + m[r][c]);
                }
            }
        }
        return m;
    }

    /** Labels, one per sample, each in [0, classes). */
    static int[] labels(String name, int[] labels, int samples, int classes) {
        notNull(name, labels);
        if (labels.length != samples) {
            throw new IllegalArgumentException(name + " must have one label per sample (" + samples + "), had "
                    + labels.length);
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException(name + "[" + n + "] must be in [0, " + classes + "), was "
                        + labels[n]);
            }
        }
        return labels;
    }
}
