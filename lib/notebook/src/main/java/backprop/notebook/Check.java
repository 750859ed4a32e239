package backprop.notebook;

import java.lang.reflect.Array;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The notebooks' checks: each states a claim in words, prints one line {@code ✔ claim} when it holds and throws an
 * {@link AssertionError} {@code ✘ claim} (stopping the notebook at that cell) when it does not. Numbers are close when
 * |actual − expected| ≤ tolerance · max(1, |expected|): absolute up to size 1, relative above.
 */
public final class Check {

    private Check() {}

    /** Checks that a claim holds. */
    public static void that(String claim, boolean holds) {
        requireClaim(claim);
        if (!holds) {
            throw new AssertionError("✘ " + claim);
        }
        System.out.println("✔ " + claim);
    }

    /** Checks |actual − expected| ≤ tolerance · max(1, |expected|), tolerance &gt; 0 and finite. */
    public static void close(String claim, double actual, double expected, double tolerance) {
        compare(claim, deviation(actual, expected), tolerance);
    }

    /** Checks two vectors entry by entry, as {@link #close(String, double, double, double)}. */
    public static void close(String claim, double[] actual, double[] expected, double tolerance) {
        compare(claim, deviation(actual, expected, "actual", "expected"), tolerance);
    }

    /** Checks two matrices entry by entry, as {@link #close(String, double, double, double)}. */
    public static void close(String claim, double[][] actual, double[][] expected, double tolerance) {
        requireSameLength("actual", actual, "expected", expected);
        compare(claim, worst(actual.length,
                i -> deviation(actual[i], expected[i], "actual[" + i + "]", "expected[" + i + "]")), tolerance);
    }

    /** max<sub>i</sub> |a<sub>i</sub> − b<sub>i</sub>| of two vectors of equal length. */
    public static double maxAbsDiff(double[] a, double[] b) {
        requireSameLength("a", a, "b", b);
        return worst(a.length, i -> Math.abs(a[i] - b[i]));
    }

    /** max<sub>ij</sub> |a<sub>ij</sub> − b<sub>ij</sub>| of two matrices of equal shape. */
    public static double maxAbsDiff(double[][] a, double[][] b) {
        requireSameLength("a", a, "b", b);
        return worst(a.length, i -> maxAbsDiff(a[i], b[i]));
    }

    /** |actual − expected| / max(1, |expected|); NaN if either is NaN, so that no tolerance accepts it. */
    static double deviation(double actual, double expected) {
        return actual == expected ? 0 : Math.abs(actual - expected) / Math.max(1.0, Math.abs(expected));
    }

    /** max<sub>i &lt; n</sub> f(i), and 0 for n = 0; NaN if any f(i) is NaN. */
    static double worst(int n, IntToDoubleFunction f) {
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, f.applyAsDouble(i));
        }
        return worst;
    }

    private static double deviation(double[] actual, double[] expected, String actualName, String expectedName) {
        requireSameLength(actualName, actual, expectedName, expected);
        return worst(actual.length, i -> deviation(actual[i], expected[i]));
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
        System.out.println("✔ " + claim + " " + detail);
    }

    private static void requireClaim(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("claim must be a sentence, was " + (claim == null ? "null" : "blank"));
        }
    }

    private static void requireSameLength(String aName, Object a, String bName, Object b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException((a == null ? aName : bName) + " must not be null");
        }
        if (Array.getLength(a) != Array.getLength(b)) {
            throw new IllegalArgumentException(aName + " has length " + Array.getLength(a) + " but " + bName
                    + " has length " + Array.getLength(b));
        }
    }
}
