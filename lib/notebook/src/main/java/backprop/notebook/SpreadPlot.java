package backprop.notebook;

import backprop.plot.Curves;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;

/**
 * Curves of repeated runs (seeds) as their mean and a shaded band of ± one standard deviation ({@link Spread}), one
 * colour per setting: a picture of how much of a difference between settings is the setting and how much is luck.
 */
public final class SpreadPlot {

    private SpreadPlot() {
    }

    /**
     * For each entry of {@code runs} (setting name → runs[r][t], R ≥ 2 runs of the length of x), the band
     * mean ± sd (drawn without a legend entry) and the mean curve, named by the key, as {@link Curves#bands}.
     *
     * @param logX whether the x axis is logarithmic (e.g. epochs)
     * @param logY whether the y axis is logarithmic (e.g. a loss)
     * @throws IllegalArgumentException naming the parameter if x or runs is empty, a setting has fewer than 2 runs
     *                                  or a run's length differs from x's
     */
    public static Figure meanAndSd(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[][]> runs, boolean logX, boolean logY) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must contain at least one value, was " + (x == null ? "null" : "empty"));
        }
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("runs must contain at least one setting, was "
                    + (runs == null ? "null" : "empty"));
        }
        Map<String, double[][]> bands = new LinkedHashMap<>();
        for (Map.Entry<String, double[][]> e : runs.entrySet()) {
            double[][] r = e.getValue();
            if (r == null || r.length < 2 || r[0] == null || r[0].length != x.length) {
                throw new IllegalArgumentException("runs \"" + e.getKey() + "\" must hold at least 2 curves of "
                        + x.length + " values like x");
            }
            double[] mean = Spread.mean(r);
            double[] sd = Spread.sd(r);
            double[] low = new double[mean.length];
            double[] high = new double[mean.length];
            for (int t = 0; t < mean.length; t++) {
                low[t] = mean[t] - sd[t];
                high[t] = mean[t] + sd[t];
            }
            bands.put(e.getKey(), new double[][] {low, mean, high});
        }
        return Curves.bands(title, xLabel, yLabel, x, bands, logX, logY);
    }
}
