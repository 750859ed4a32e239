package backprop.notebook;

/** The three matrix operations of backpropagation in matrix form, written as plain loops over rows and columns. */
public final class Matrices {

    private Matrices() {
    }

    /** C = A B: c<sub>nk</sub> = Σ<sub>j</sub> a<sub>nj</sub> b<sub>jk</sub>. */
    public static double[][] times(double[][] a, double[][] b) {
        requireRectangular("a", a);
        requireRectangular("b", b);
        if (a[0].length != b.length) {
            throw new IllegalArgumentException("a has " + a[0].length + " columns but b has " + b.length + " rows");
        }
        double[][] c = new double[a.length][b[0].length];
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < b.length; j++) {
                for (int k = 0; k < b[0].length; k++) {
                    c[n][k] += a[n][j] * b[j][k];
                }
            }
        }
        return c;
    }

    /** Aᵀ: t<sub>jn</sub> = a<sub>nj</sub>. */
    public static double[][] transpose(double[][] a) {
        requireRectangular("a", a);
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
        }
    }
}
