package backprop.plot;

import backprop.notebook.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Curves of repeated runs (seeds) as their mean and a shaded band of ± one standard deviation, one colour per
 * setting: a picture of how much of a difference between settings is the setting and how much is luck.
 */
public final class SpreadPlot {

    private SpreadPlot() {
    }

    /**
     * For each entry of {@code runs} (setting name → runs[r][t], R ≥ 2 runs of the length of x), the band
     * mean ± sd (drawn without a legend entry) and the mean curve, named by the key. On a log axis, band edges
     * at or below zero are not drawn.
     *
     * @param logX whether the x axis is logarithmic (e.g. epochs)
     * @param logY whether the y axis is logarithmic (e.g. a loss)
     * @throws IllegalArgumentException if x or runs is empty or a run's length differs from x's
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
        List<Trace> traces = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, double[][]> e : runs.entrySet()) {
            double[][] r = e.getValue();
            if (r == null || r.length < 2 || r[0] == null || r[0].length != x.length) {
                throw new IllegalArgumentException("runs \"" + e.getKey() + "\" must hold at least 2 curves of "
                        + x.length + " values like x");
            }
            double[] mean = Spread.mean(r);
            double[] sd = Spread.sd(r);
            double[] low = new double[x.length];
            double[] high = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                low[t] = Plots.forPicture(mean[t] - sd[t]);
                high[t] = Plots.forPicture(mean[t] + sd[t]);
                mean[t] = Plots.forPicture(mean[t]);
            }
            String hex = Plots.CLASS_COLORS[colour++ % Plots.CLASS_COLORS.length];
            Line edge = Line.builder().color(hex).width(0).build();
            traces.add(ScatterTrace.builder(x, low).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .name(e.getKey() + " − sd").build());
            traces.add(ScatterTrace.builder(x, high).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(translucent(hex)).name(e.getKey() + " + sd").build());
            traces.add(ScatterTrace.builder(x, mean).mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder().color(hex).width(2).build()).name(e.getKey()).build());
        }
        Layout layout = Layout.builder()
                .title(title)
                .xAxis(Axis.builder().title(xLabel).type(logX ? Axis.Type.LOG : Axis.Type.LINEAR).build())
                .yAxis(Axis.builder().title(yLabel).type(logY ? Axis.Type.LOG : Axis.Type.LINEAR).build())
                .showLegend(true)
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    /** "#rrggbb" as rgba with opacity 0.2, for a band that lets the other settings' bands show through. */
    static String translucent(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,0.2)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
