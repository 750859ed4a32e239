package backprop.notebook;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Summaries of R ≥ 2 finite results v<sub>1</sub>, …, v<sub>R</sub> of repeated runs (seeds), right even where a
 * plain sum would overflow. */
public final class Spread {

    private Spread() {}

    /** m = (1/R) Σ v<sub>r</sub>; summed as Σ (v<sub>r</sub>/R) where the plain sum overflows. */
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
     * s = √( Σ (v<sub>r</sub> − m)² / (R − 1) ), the sample standard deviation, as D √( Σ (d<sub>r</sub>/D)² /
     * (R − 1) ), d<sub>r</sub> = v<sub>r</sub> − m, D = max |d<sub>r</sub>|: no square over- or underflows; s &lt; ∞.
     */
    public static double sd(double[] values) {
        double m = mean(values);
        double half = Arrays.stream(values).allMatch(v -> Double.isFinite(v - m)) ? 1 : 0.5;   // else v/2 − m/2
        double largest = Arrays.stream(values).map(v -> Math.abs(v * half - m * half)).max().getAsDouble();
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

    /** The middle value of the sorted values, or the mean of the middle two for an even count. */
    public static double median(double[] values) {
        requireRuns("values", values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[m];
        }
        double sum = sorted[m - 1] + sorted[m];
        return Double.isFinite(sum) ? sum / 2 : sorted[m - 1] / 2 + sorted[m] / 2;
    }

    /** The differences a<sub>r</sub> − b<sub>r</sub> of paired runs (the same seed); refused if one overflows. */
    public static double[] differences(double[] a, double[] b) {
        requirePaired(a, b);
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
            if (!Double.isFinite(d[r])) {
                throw new IllegalArgumentException("a[" + r + "] − b[" + r + "] overflows: " + a[r] + " − " + b[r]);
            }
        }
        return d;
    }

    /** In how many paired runs a<sub>r</sub> &gt; b<sub>r</sub>. */
    public static int countGreater(double[] a, double[] b) {
        requirePaired(a, b);
        return (int) IntStream.range(0, a.length).filter(r -> a[r] > b[r]).count();
    }

    private static void requirePaired(double[] a, double[] b) {
        requireRuns("a", a);
        requireRuns("b", b);
        if (a.length != b.length) {
            throw new IllegalArgumentException("a has " + a.length + " runs but b has " + b.length);
        }
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
}
