package backprop.notebook;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The checks of the notebooks. Each call states a claim in words, compares numbers, prints one line that starts
 * with {@code ✔} when the claim holds and throws an {@link AssertionError} (which stops the notebook at that cell)
 * when it does not.
 *
 * <p>Closeness is judged by {@code |actual − expected| ≤ tolerance · max(1, |expected|)}: an absolute tolerance for
 * numbers of size up to 1 and a relative one above, so that a tolerance of about {@code 1e-13} accepts the rounding
 * of a few dozen floating-point operations and nothing more.
 */
public final class Check {

    private static PrintStream out = System.out;

    private Check() {
    }

    /**
     * Checks that a claim holds.
     *
     * @param claim what is claimed, in words
     * @param holds whether it holds
     * @throws AssertionError naming the claim if it does not hold
     */
    public static void that(String claim, boolean holds) {
        requireClaim(claim);
        if (!holds) {
            throw new AssertionError("✘ " + claim);
        }
        out.println("✔ " + claim);
    }

    /**
     * Checks that two numbers agree: {@code |actual − expected| ≤ tolerance · max(1, |expected|)}.
     *
     * @throws AssertionError naming the claim and both numbers if they differ by more
     * @throws IllegalArgumentException if the tolerance is not positive and finite
     */
    public static void close(String claim, double actual, double expected, double tolerance) {
        compare(claim, deviation(actual, expected), tolerance);
    }

    /** Checks two vectors element by element; see {@link #close(String, double, double, double)}. */
    public static void close(String claim, double[] actual, double[] expected, double tolerance) {
        compare(claim, deviation(actual, expected, "actual", "expected"), tolerance);
    }

    /** Checks two matrices element by element; see {@link #close(String, double, double, double)}. */
    public static void close(String claim, double[][] actual, double[][] expected, double tolerance) {
        requireSameLength("actual", actual, "expected", expected);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, deviation(actual[i], expected[i], "actual[" + i + "]", "expected[" + i + "]"));
        }
        compare(claim, worst, tolerance);
    }

    /** The largest |a_i − b_i| of two vectors of equal length. */
    public static double maxAbsDiff(double[] a, double[] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? "a" : "b") + " must not be null");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException("a has length " + a.length + " but b has length " + b.length);
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    /** The largest |a_ij − b_ij| of two matrices of equal shape. */
    public static double maxAbsDiff(double[][] a, double[][] b) {
        requireSameLength("a", a, "b", b);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, maxAbsDiff(a[i], b[i]));
        }
        return worst;
    }

    /** Where the lines go (tests); {@code System.out} by default. */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    /** |actual − expected| / max(1, |expected|), NaN if either is NaN (no tolerance accepts it). */
    static double deviation(double actual, double expected) {
        if (Double.isNaN(actual) || Double.isNaN(expected)) {
            return Double.NaN;
        }
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
    }

    private static double deviation(double[] actual, double[] expected, String actualName, String expectedName) {
        if (actual == null || expected == null) {
            throw new IllegalArgumentException((actual == null ? actualName : expectedName) + " must not be null");
        }
        if (actual.length != expected.length) {
            throw new IllegalArgumentException(actualName + " has length " + actual.length + " but " + expectedName
                    + " has length " + expected.length);
        }
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = deviation(actual[i], expected[i]);
            if (Double.isNaN(d)) {
                return d;
            }
            worst = Math.max(worst, d);
        }
        return worst;
    }

    private static void compare(String claim, double deviation, double tolerance) {
        requireClaim(claim);
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be > 0 and finite, was " + tolerance);
        }
        String detail = String.format(Locale.ROOT, "(deviation %.1e, tolerance %.0e)", deviation, tolerance);
        if (!(deviation <= tolerance)) {
            throw new AssertionError("✘ " + claim + " " + detail);
        }
        out.println("✔ " + claim + " " + detail);
    }

    private static void requireClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("claim must be a sentence, was " + (claim == null ? "null" : "blank"));
        }
    }

    private static void requireSameLength(String aName, Object[] a, String bName, Object[] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? aName : bName) + " must not be null");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException(aName + " has " + a.length + " rows but " + bName + " has " + b.length);
        }
    }
}
