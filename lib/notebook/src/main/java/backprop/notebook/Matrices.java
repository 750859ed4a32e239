package backprop.notebook;

import backprop.Softmax;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * The matrix form of a training loop: a batch of N samples is N × K, a bias or a sum over samples a 1 × K row. Matrices
 * must be finite and rectangular; a result not finite, or over 5·10⁷ entries or 4·10⁹ multiply-adds, is refused.
 */
public final class Matrices {

    private static final long MAX_ENTRIES = 50_000_000L;            // 400 MB of doubles
    private static final long MAX_MULTIPLY_ADDS = 4_000_000_000L;   // a few seconds of work

    private Matrices() {}

    /** C = A B: c<sub>nk</sub> = Σ<sub>j</sub> a<sub>nj</sub> b<sub>jk</sub>. */
    public static double[][] times(double[][] a, double[][] b) {
        requireMatrix("a", a);
        requireMatrix("b", b);
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
        return requireMatrix("a b", c);
    }

    /** Aᵀ: t<sub>jn</sub> = a<sub>nj</sub>. */
    public static double[][] transpose(double[][] a) {
        requireMatrix("a", a);
        return IntStream.range(0, a[0].length).mapToObj(j -> Arrays.stream(a).mapToDouble(row -> row[j]).toArray())
                .toArray(double[][]::new);
    }

    /** s A: every entry times s. */
    public static double[][] scaled(double s, double[][] a) {
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("s must be finite, was " + s);
        }
        return entrywise("s a", a, a, (x, unused) -> s * x);
    }

    /** A + B, entry by entry. */
    public static double[][] plus(double[][] a, double[][] b) {
        return entrywise("a + b", a, b, (x, y) -> x + y);
    }

    /** A − B, entry by entry. */
    public static double[][] minus(double[][] a, double[][] b) {
        return entrywise("a − b", a, b, (x, y) -> x - y);
    }

    /** A ⊙ B, the entry-by-entry (Hadamard) product: c<sub>nj</sub> = a<sub>nj</sub> b<sub>nj</sub>. */
    public static double[][] hadamard(double[][] a, double[][] b) {
        return entrywise("a ⊙ b", a, b, (x, y) -> x * y);
    }

    /** f(A), f applied to every entry; f must give finite values. */
    public static double[][] map(double[][] a, DoubleUnaryOperator f) {
        if (f == null) {
            throw new IllegalArgumentException("f must not be null");
        }
        return entrywise("f(a)", a, a, (x, unused) -> f.applyAsDouble(x));
    }

    /** A + 1 b: the row b (1 × K) added to every row of A (N × K), as a bias to every sample. */
    public static double[][] plusRow(double[][] a, double[][] b) {
        requireMatrix("a", a);
        requireMatrix("b", b);
        if (b.length != 1 || b[0].length != a[0].length) {
            throw new IllegalArgumentException("b must be one row of " + a[0].length + " entries, was "
                    + b.length + " × " + b[0].length);
        }
        double[][] repeated = new double[a.length][];
        Arrays.fill(repeated, b[0]);
        return entrywise("a + 1 b", a, repeated, (x, y) -> x + y);
    }

    /** 1ᵀ A, the sums over the rows (samples) as one row: s<sub>j</sub> = Σ<sub>n</sub> a<sub>nj</sub>. */
    public static double[][] columnSums(double[][] a) {
        requireMatrix("a", a);
        double[][] s = new double[1][a[0].length];
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                s[0][j] += row[j];
            }
        }
        return requireMatrix("1ᵀ a", s);
    }

    /** Σ<sub>n,j</sub> a<sub>nj</sub>, the sum of all entries. */
    public static double sum(double[][] a) {
        requireMatrix("a", a);
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v;
            }
        }
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("Σ a is not finite: " + s);
        }
        return s;
    }

    /** The softmax of every row: ŷ<sub>no</sub> = e<sup>z<sub>no</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>nk</sub></sup> */
    public static double[][] softmaxRows(double[][] z) {
        requireMatrix("z", z);
        return Arrays.stream(z).map(Softmax::softmax).toArray(double[][]::new);
    }

    /** The one-hot targets Y (N × K) of N labels: y<sub>ni</sub> = 1 if i = label n, else 0. */
    public static double[][] oneHot(int[] labels, int classes) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("labels must hold at least one label");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be at least 1, was " + classes);
        }
        requireSize("labels × classes", (long) labels.length * classes);
        double[][] y = new double[labels.length][classes];
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("labels[" + n + "] must be in [0, " + classes + "), was "
                        + labels[n]);
            }
            y[n][labels[n]] = 1;
        }
        return y;
    }

    /** The matrices row by row in one vector: the layout of {@code Parameters} for W₁, b₁, W₂, b₂, … (b as rows). */
    public static double[] flatten(double[][]... matrices) {
        if (matrices == null || matrices.length == 0) {
            throw new IllegalArgumentException("matrices must hold at least one matrix");
        }
        long count = 0;
        for (int m = 0; m < matrices.length; m++) {
            requireMatrix("matrices[" + m + "]", matrices[m]);
            count += (long) matrices[m].length * matrices[m][0].length;
        }
        requireSize("matrices", count);
        return Arrays.stream(matrices).flatMap(Arrays::stream).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[][] entrywise(String name, double[][] a, double[][] b, DoubleBinaryOperator op) {
        requireMatrix("a", a);
        requireMatrix("b", b);
        if (a.length != b.length || a[0].length != b[0].length) {
            throw new IllegalArgumentException("a is " + a.length + " × " + a[0].length + " but b is " + b.length
                    + " × " + b[0].length);
        }
        double[][] c = new double[a.length][a[0].length];
        for (int n = 0; n < a.length; n++) {
            for (int j = 0; j < a[0].length; j++) {
                c[n][j] = op.applyAsDouble(a[n][j], b[n][j]);
            }
        }
        return requireMatrix(name, c);
    }

    /** m if it has a row and a column, every row as long as the first, every entry finite; else a message naming it. */
    private static double[][] requireMatrix(String name, double[][] m) {
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
        return m;
    }

    private static void requireSize(String name, long entries) {
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(name + " must have at most " + MAX_ENTRIES + " entries, would have "
                    + entries);
        }
    }
}
