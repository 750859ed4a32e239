package backprop.notebook;

/**
 * A paired comparison of two settings A and B run with the same seeds (seed r: the same training points and the same
 * initial weights for both), through the per-seed differences d<sub>r</sub> = a<sub>r</sub> − b<sub>r</sub>:
 *
 * <ul>
 *   <li>the mean difference Δ = (1/R) Σ d<sub>r</sub>;
 *   <li>its standard error SE = s<sub>d</sub> / √R, s<sub>d</sub> the sample standard deviation of the d<sub>r</sub>;
 *   <li>the number of seeds in which d<sub>r</sub> &gt; 0.
 * </ul>
 *
 * <p>Pairing removes what both settings share from seed to seed (a hard training set is hard for both), so SE is
 * usually far smaller than the spreads of a and b. The difference is <em>resolved</em> when |Δ| &gt; t · SE, t the
 * 97.5 % quantile of Student's t distribution with R − 1 degrees of freedom: a two-sided test at the 5 % level.
 */
public final class Paired {

    /** The 97.5 % quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private final double mean;
    private final double standardError;
    private final int runs;
    private final int positive;

    private Paired(double mean, double standardError, int runs, int positive) {
        this.mean = mean;
        this.standardError = standardError;
        this.runs = runs;
        this.positive = positive;
    }

    /**
     * The paired difference a − b.
     *
     * @param a setting A's result for seeds 1..R (R ≥ 2, finite)
     * @param b setting B's result for the same seeds, in the same order
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 runs or a non-finite value
     */
    public static Paired difference(double[] a, double[] b) {
        int positive = Spread.countGreater(a, b);
        double[] d = Spread.differences(a, b);
        return new Paired(Spread.mean(d), Spread.sd(d) / Math.sqrt(d.length), d.length, positive);
    }

    /** Δ = (1/R) Σ d<sub>r</sub>. */
    public double mean() {
        return mean;
    }

    /** SE = s<sub>d</sub> / √R. */
    public double standardError() {
        return standardError;
    }

    /** R, the number of seeds. */
    public int runs() {
        return runs;
    }

    /** In how many seeds a<sub>r</sub> &gt; b<sub>r</sub>. */
    public int positive() {
        return positive;
    }

    /** t, the 97.5 % quantile of Student's t with R − 1 degrees of freedom (above 30, that of 30: a little larger). */
    public double criticalT() {
        return T975[Math.min(runs - 1, T975.length) - 1];
    }

    /** Whether A is resolved above B: Δ &gt; t · SE. */
    public boolean isPositive() {
        return mean > criticalT() * standardError;
    }

    /** Whether A is resolved below B: Δ &lt; −t · SE. */
    public boolean isNegative() {
        return mean < -criticalT() * standardError;
    }

    /** Whether the seeds cannot tell A and B apart: |Δ| ≤ t · SE. */
    public boolean isUnresolved() {
        return !isPositive() && !isNegative();
    }

    /** E.g. {@code Δ = 0.0312 ± 0.0047 (mean ± SE over 10 seeds), > 0 in 10 of 10}. */
    @Override
    public String toString() {
        return describe(1, "%.3g", "%.2g", "");
    }

    /** For accuracies: Δ and SE in percentage points, e.g. {@code Δ = +3.7 ± 1.6 points (…), > 0 in 8 of 10}. */
    public String inPoints() {
        return describe(100, "%+.1f", "%.1f", " points");
    }

    private String describe(double scale, String number, String error, String unit) {
        return Format.of("Δ = " + number + " ± " + error + "%s (mean ± SE over %d seeds), > 0 in %d of %d", scale * mean,
                scale * standardError, unit, runs, positive, runs);
    }
}
