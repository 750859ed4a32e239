package backprop.notebook;

/**
 * Mean and standard deviation over repeated runs (seeds): what a conclusion drawn from training runs must rest on.
 *
 * <p>For values v<sub>1</sub>, …, v<sub>R</sub> of R ≥ 2 runs: mean m = (1/R) Σ v<sub>r</sub> and sample standard
 * deviation s = √( Σ (v<sub>r</sub> − m)² / (R − 1) ).
 */
public final class Spread {

    private Spread() {
    }

    /** m = (1/R) Σ v<sub>r</sub>; as Σ (v<sub>r</sub>/R) where the plain sum overflows (values near ±1.8e308). */
    public static double mean(double[] values) {
        requireRuns("values", values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (Double.isFinite(sum)) {
            return sum / values.length;
        }
        double scaled = 0;
        for (double v : values) {
            scaled += v / values.length;
        }
        return scaled;
    }

    /**
     * s = √( Σ (v<sub>r</sub> − m)² / (R − 1) ), the sample standard deviation, computed as D · √( Σ (d<sub>r</sub> /
     * D)² / (R − 1) ) with d<sub>r</sub> = v<sub>r</sub> − m and D = max |d<sub>r</sub>|, so that the squares neither
     * overflow nor underflow (halved where v − m itself would overflow).
     *
     * @throws IllegalArgumentException if the values spread so far that s exceeds the largest double
     */
    public static double sd(double[] values) {
        double m = mean(values);
        double half = 1;
        for (double v : values) {
            half = Double.isFinite(v - m) ? half : 0.5;
        }
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v * half - m * half));
        }
        if (largest == 0) {
            return 0;
        }
        double squares = 0;
        for (double v : values) {
            double d = (v * half - m * half) / largest;
            squares += d * d;
        }
        double s = largest / half * Math.sqrt(squares / (values.length - 1));
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("values must spread less for a finite standard deviation, had a largest"
                    + " deviation from the mean of " + largest / half);
        }
        return s;
    }

    /**
     * The median: the middle value of the sorted values, or the mean of the middle two for an even count (as
     * a/2 + b/2 where a + b overflows).
     */
    public static double median(double[] values) {
        requireRuns("values", values);
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[m];
        }
        double sum = sorted[m - 1] + sorted[m];
        return Double.isFinite(sum) ? sum / 2 : sorted[m - 1] / 2 + sorted[m] / 2;
    }

    /**
     * The per-run differences a[r] − b[r] of paired runs (the same seed).
     *
     * @throws IllegalArgumentException if a and b are not finite runs of equal count, or a difference overflows
     */
    public static double[] differences(double[] a, double[] b) {
        countGreater(a, b);   // the same checks of a and b
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
            if (!Double.isFinite(d[r])) {
                throw new IllegalArgumentException("a[" + r + "] − b[" + r + "] overflows: " + a[r] + " − " + b[r]);
            }
        }
        return d;
    }

    /** The mean curve of runs[r][t] over r, point by point. */
    public static double[] mean(double[][] runs) {
        return pointwise(runs, false);
    }

    /** The standard-deviation curve of runs[r][t] over r, point by point. */
    public static double[] sd(double[][] runs) {
        return pointwise(runs, true);
    }

    /** Column t of runs[r][t]: the R values at point t. */
    public static double[] at(double[][] runs, int t) {
        requireCurves(runs);
        if (t < 0 || t >= runs[0].length) {
            throw new IllegalArgumentException("t must be in [0, " + (runs[0].length - 1) + "], was " + t);
        }
        double[] column = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            column[r] = runs[r][t];
        }
        return column;
    }

    /** In how many runs r the claim a[r] &gt; b[r] holds (paired runs: the same seed). */
    public static int countGreater(double[] a, double[] b) {
        requireRuns("a", a);
        requireRuns("b", b);
        if (a.length != b.length) {
            throw new IllegalArgumentException("a has " + a.length + " runs but b has " + b.length);
        }
        int count = 0;
        for (int r = 0; r < a.length; r++) {
            if (a[r] > b[r]) {
                count++;
            }
        }
        return count;
    }

    private static double[] pointwise(double[][] runs, boolean sd) {
        requireCurves(runs);
        double[] out = new double[runs[0].length];
        for (int t = 0; t < out.length; t++) {
            double[] column = at(runs, t);
            out[t] = sd ? sd(column) : mean(column);
        }
        return out;
    }

    private static void requireRuns(String name, double[] values) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException(name + " must hold at least 2 runs, had "
                    + (values == null ? "null" : values.length));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be finite, contained " + v);
            }
        }
    }

    private static void requireCurves(double[][] runs) {
        if (runs == null || runs.length < 2) {
            throw new IllegalArgumentException("runs must hold at least 2 curves, had "
                    + (runs == null ? "null" : runs.length));
        }
        for (int r = 0; r < runs.length; r++) {
            if (runs[r] == null || runs[r].length != runs[0].length || runs[0].length == 0) {
                throw new IllegalArgumentException("runs[" + r + "] must have the length of runs[0] ("
                        + (runs[0] == null ? 0 : runs[0].length) + "), was " + (runs[r] == null ? "null" : runs[r].length));
            }
        }
    }
}
