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

    /** m = (1/R) Σ v<sub>r</sub>. */
    public static double mean(double[] values) {
        requireRuns(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** s = √( Σ (v<sub>r</sub> − m)² / (R − 1) ), the sample standard deviation. */
    public static double sd(double[] values) {
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The median: the middle value of the sorted values, or the mean of the middle two for an even count. */
    public static double median(double[] values) {
        requireRuns(values);
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** The per-run differences a[r] − b[r] of paired runs (the same seed). */
    public static double[] differences(double[] a, double[] b) {
        countGreater(a, b);   // the same checks of a and b
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
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
        requireRuns(a);
        requireRuns(b);
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

    private static void requireRuns(double[] values) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("values must hold at least 2 runs, had "
                    + (values == null ? "null" : values.length));
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite, contained " + v);
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
