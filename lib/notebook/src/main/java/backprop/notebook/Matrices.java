package backprop.notebook;

/**
 * The three matrix operations of backpropagation in matrix form, written as plain loops over rows and columns, on
 * finite matrices; a result that overflows, or that would hold more than {@value #MAX_ENTRIES} entries or take more
 * than {@value #MAX_MULTIPLY_ADDS} multiply-adds, is refused with an {@link IllegalArgumentException}.
 */
public final class Matrices {

    /** The most entries of a result: 400 MB of doubles. */
    public static final long MAX_ENTRIES = 50_000_000L;

    /** The most multiply-adds of one product: a few seconds of work. */
    public static final long MAX_MULTIPLY_ADDS = 4_000_000_000L;

    private Matrices() {
    }

    /** C = A B: c<sub>nk</sub> = Σ<sub>j</sub> a<sub>nj</sub> b<sub>jk</sub>. */
    public static double[][] times(double[][] a, double[][] b) {
        requireRectangular("a", a);
        requireRectangular("b", b);
        if (a[0].length != b.length) {
            throw new IllegalArgumentException("a has " + a[0].length + " columns but b has " + b.length + " rows");
        }
        requireSize("a b", (long) a.length * b[0].length);
        if ((double) a.length * b.length * b[0].length > MAX_MULTIPLY_ADDS) {
            throw new IllegalArgumentException("a b must take at most " + MAX_MULTIPLY_ADDS + " multiply-adds, would"
                    + " take " + a.length + " × " + b.length + " × " + b[0].length);
        }
        double[][] c = new double[a.length][b[0].length];
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < b.length; j++) {
                for (int k = 0; k < b[0].length; k++) {
                    c[n][k] += a[n][j] * b[j][k];
                }
            }
        }
        return requireFinite("a b", c);
    }

    /** Aᵀ: t<sub>jn</sub> = a<sub>nj</sub>. */
    public static double[][] transpose(double[][] a) {
        requireRectangular("a", a);
        requireSize("aᵀ", (long) a.length * a[0].length);
        double[][] t = new double[a[0].length][a.length];
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][n] = a[n][j];
            }
        }
        return t;
    }

    /** s A: every entry times s. */
    public static double[][] scaled(double s, double[][] a) {
        requireRectangular("a", a);
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("s must be finite, was " + s);
        }
        double[][] c = new double[a.length][a[0].length];
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < a[0].length; j++) {
                c[n][j] = s * a[n][j];
            }
        }
        return requireFinite("s a", c);
    }

    private static void requireSize(String name, long entries) {
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(name + " must have at most " + MAX_ENTRIES + " entries, would have "
                    + entries);
        }
    }

    private static double[][] requireFinite(String name, double[][] c) {
        for (int n = 0; n < c.length; n++) {
            for (int k = 0; k < c[n].length; k++) {
                if (!Double.isFinite(c[n][k])) {
                    throw new IllegalArgumentException(name + " overflows: entry [" + n + "][" + k + "] is " + c[n][k]);
                }
            }
        }
        return c;
    }

    private static void requireRectangular(String name, double[][] m) {
        if (m == null || m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row and one column");
        }
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || m[r].length != m[0].length) {
                throw new IllegalArgumentException(name + "[" + r + "] must have " + m[0].length + " entries like "
                        + name + "[0]");
            }
            for (int j = 0; j < m[r].length; j++) {
                if (!Double.isFinite(m[r][j])) {
                    throw new IllegalArgumentException(name + "[" + r + "][" + j + "] must be finite, was " + m[r][j]);
                }
            }
        }
    }
}
