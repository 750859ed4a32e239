package backprop;

/** Argument checks of the public entry points; every failure names the parameter and its value. */
final class Require {

    /** The largest Java array (some JVMs reserve a few header words). */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

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

    static int index(String name, int i, int size) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), was " + i);
        }
        return i;
    }

    static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /** A non-empty vector of finite numbers. */
    static double[] finiteVector(String name, double[] v) {
        if (notNull(name, v).length == 0) {
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
        if (notNull(name, m).length == 0) {
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
        if (notNull(name, labels).length != samples) {
            throw new IllegalArgumentException(name + " must have one label per sample (" + samples + "), had "
                    + labels.length);
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) { // the name is built only for the message
                index(name + "[" + n + "]", labels[n], classes);
            }
        }
        return labels;
    }

    /** Refuses, before allocating, {@code count} elements that no Java array or not the heap's free space can hold. */
    static void fits(String name, long count, int bytesEach) {
        if (count > MAX_ARRAY) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_ARRAY + " (one Java array), was "
                    + count);
        }
        Runtime r = Runtime.getRuntime();
        fitsHeap(name, count, bytesEach, r.maxMemory() - (r.totalMemory() - r.freeMemory()));
    }

    /** The heap half of {@link #fits}, with the free bytes given. */
    static void fitsHeap(String name, long count, int bytesEach, long freeBytes) {
        long bytes = count * bytesEach;
        if (bytes > freeBytes) {
            throw new IllegalArgumentException(name + " must fit the " + (freeBytes >> 20) + " MiB the heap has free"
                    + " (java -Xmx), was " + count + ", which needs " + (bytes >> 20) + " MiB");
        }
    }

    /** A computed value not finite: "w must be small enough for …, was so large that z[0] … overflows to ∞". */
    static IllegalArgumentException overflow(String name, String requirement, String what, double value) {
        return new IllegalArgumentException(name + " must " + requirement + ", was so large that " + what
                + " overflows to " + value);
    }
}
