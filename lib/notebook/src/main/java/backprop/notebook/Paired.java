package backprop.notebook;

import java.util.Arrays;

/**
 * A paired comparison of settings A and B run with the same seeds, through the differences d<sub>r</sub> =
 * a<sub>r</sub> − b<sub>r</sub>: the mean Δ = (1/R) Σ d<sub>r</sub>, its standard error SE = s<sub>d</sub> / √R and
 * the number of seeds with d<sub>r</sub> &gt; 0. Δ is resolved when |Δ| &gt; t · SE, t the 97.5 % quantile of
 * Student's t with R − 1 degrees of freedom: a two-sided test at the 5 % level.
 */
public final class Paired {

    /** The 97.5 % quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private final double[] d;

    private Paired(double[] d) {
        this.d = d;
    }

    /** The paired difference a − b of R ≥ 2 finite results per setting, for the same seeds in the same order. */
    public static Paired difference(double[] a, double[] b) {
        return new Paired(Spread.differences(a, b));
    }

    /** Δ = (1/R) Σ d<sub>r</sub>. */
    public double mean() {
        return Spread.mean(d);
    }

    /** In how many seeds a<sub>r</sub> &gt; b<sub>r</sub>, i.e. d<sub>r</sub> &gt; 0 (exact with gradual underflow). */
    public int positive() {
        return (int) Arrays.stream(d).filter(v -> v > 0).count();
    }

    /** Whether A is resolved above B: Δ &gt; t · SE. */
    public boolean isPositive() {
        return mean() > criticalT() * standardError();
    }

    /** Whether the seeds cannot tell A and B apart: |Δ| ≤ t · SE. */
    public boolean isUnresolved() {
        return Math.abs(mean()) <= criticalT() * standardError();
    }

    /** E.g. {@code Δ = 0.0312 ± 0.0047 (mean ± SE over 10 seeds), > 0 in 10 of 10}. */
    @Override
    public String toString() {
        return describe(1, "%.3g", "%.2g", "");
    }

    /** For accuracies, in percentage points: e.g. {@code Δ = +3.7 ± 1.6 points (…), > 0 in 8 of 10}. */
    public String inPoints() {
        return describe(100, "%+.1f", "%.1f", " points");
    }

    /** SE = s<sub>d</sub> / √R. */
    double standardError() {
        return Spread.sd(d) / Math.sqrt(d.length);
    }

    /** t, the 97.5 % quantile of Student's t with R − 1 degrees of freedom (above 30, that of 30). */
    double criticalT() {
        return T975[Math.min(d.length - 1, T975.length) - 1];
    }

    private String describe(double scale, String number, String error, String unit) {
        return Format.of("Δ = " + number + " ± " + error + "%s (mean ± SE over %d seeds), > 0 in %d of %d",
                scale * mean(), scale * standardError(), unit, d.length, positive(), d.length);
    }
}
