package backprop.plot;

import backprop.notebook.Spread;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Curves of repeated runs (seeds) as a middle curve and a shaded band, one colour per setting: a picture of how much
 * of a difference between settings is the setting and how much is luck. The band is either mean ± one standard
 * deviation or, for values that vary by factors (losses on a log axis), the range from the lowest to the highest run
 * around the median.
 */
public final class SpreadPlot {

    private SpreadPlot() {
    }

    /**
     * For each entry of {@code runs} (setting name → runs[r][t], R ≥ 2 runs of the length of x), the band
     * mean ± sd (drawn without a legend entry) and the mean curve, named by the key, each value to 4 significant
     * digits. On a log axis, band edges at or below zero are not drawn, nor points at x ≤ 0: use
     * {@link #medianAndRange} for values that vary by factors.
     *
     * @param logX whether the x axis is logarithmic (e.g. epochs)
     * @param logY whether the y axis is logarithmic (e.g. a loss)
     * @throws IllegalArgumentException naming the parameter if a text is null, x or runs is empty, a setting has
     *                                  fewer than 2 runs, a run's length differs from x's or a value is not finite
     */
    public static Figure meanAndSd(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[][]> runs, boolean logX, boolean logY) {
        return figure(title, xLabel, yLabel, x, runs, logX, logY, false);
    }

    /**
     * For each entry of {@code runs} (setting name → runs[r][t], R ≥ 2 runs of the length of x), the band from the
     * lowest to the highest run at each x (drawn without a legend entry) and the median curve, named by the key.
     * Unlike mean ± sd, the band stays inside the values the runs took, so on a log axis it never drops to zero
     * when one run is far off. On a log x axis, points at x ≤ 0 (epoch 0) are left out.
     *
     * @param logX whether the x axis is logarithmic (e.g. epochs)
     * @param logY whether the y axis is logarithmic (e.g. a loss); the values must then be positive
     * @throws IllegalArgumentException as {@link #meanAndSd}, and if logX and no x is positive
     */
    public static Figure medianAndRange(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[][]> runs, boolean logX, boolean logY) {
        return figure(title, xLabel, yLabel, x, runs, logX, logY, true);
    }

    private static Figure figure(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[][]> runs, boolean logX, boolean logY, boolean range) {
        if (Plots.finite("x", x).length == 0) {
            throw new IllegalArgumentException("x must contain at least one value, was empty");
        }
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("runs must contain at least one setting, was "
                    + (runs == null ? "null" : "empty"));
        }
        int first = 0;
        while (logX && first < x.length && !(x[first] > 0)) {
            first++;
        }
        if (first == x.length) {
            throw new IllegalArgumentException("x must hold a positive value to be drawn on a log axis, had none");
        }
        double[] shownX = Arrays.copyOfRange(x, first, x.length);
        List<Trace> traces = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        int colour = 0;
        for (Map.Entry<String, double[][]> e : runs.entrySet()) {
            double[][] r = e.getValue();
            String name = "runs \"" + Plots.notNull("runs key", e.getKey()) + "\"";
            if (r == null || r.length < 2 || r[0] == null || r[0].length != x.length) {
                throw new IllegalArgumentException(name + " must hold at least 2 curves of " + x.length
                        + " values like x");
            }
            for (int k = 0; k < r.length; k++) {
                if (Plots.finite(name + "[" + k + "]", r[k]).length != x.length) {
                    throw new IllegalArgumentException(name + "[" + k + "] must hold " + x.length + " values like x");
                }
            }
            String band = range ? " lowest" : " − sd";
            int n = shownX.length;
            double[] low = new double[n];
            double[] high = new double[n];
            double[] middle = new double[n];
            for (int t = 0; t < n; t++) {
                int at = first + t;
                double[] column = Arrays.stream(r).mapToDouble(run -> run[at]).toArray();
                if (range) {
                    middle[t] = Spread.median(column);
                    Arrays.sort(column);
                    low[t] = column[0];
                    high[t] = column[column.length - 1];
                } else {
                    double mean = Spread.mean(column);
                    double sd = Spread.sd(column);
                    low[t] = mean - sd;
                    high[t] = mean + sd;
                    middle[t] = mean;
                }
                lowest = Math.min(lowest, range || !logY ? low[t] : middle[t]);
                highest = Math.max(highest, high[t]);
                low[t] = Plots.significant(name + band, low[t]);
                high[t] = Plots.significant(name + (range ? " highest" : " + sd"), high[t]);
                middle[t] = Plots.significant(name + (range ? " median" : " mean"), middle[t]);
            }
            String hex = Plots.CLASS_COLORS[colour++ % Plots.CLASS_COLORS.length];
            Line edge = Line.builder().color(hex).width(0).build();
            traces.add(ScatterTrace.builder(shownX, low).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .name(e.getKey() + (range ? " lowest" : " − sd")).build());
            traces.add(ScatterTrace.builder(shownX, high).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(translucent(hex))
                    .name(e.getKey() + (range ? " highest" : " + sd")).build());
            traces.add(ScatterTrace.builder(shownX, middle).mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder().color(hex).width(2).build()).name(e.getKey()).build());
        }
        return Plots.figure(title, xLabel, yLabel, logX, logY, new double[] {shownX[0], shownX[shownX.length - 1]},
                new double[] {lowest, highest}, traces.toArray(new Trace[0]));
    }

    /** "#rrggbb" as rgba with opacity 0.2, for a band that lets the other settings' bands show through. */
    static String translucent(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,0.2)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
