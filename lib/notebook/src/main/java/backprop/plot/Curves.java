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

/** Named curves y(x) on one pair of axes, one per map entry in iteration order; a text or value unfit is refused. */
public final class Curves {

    private Curves() {}

    /** One line per entry of {@code series} (name → y, as long as x), on linear axes. */
    public static Figure lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        nonEmpty("x", Plots.finite("x", x).length);
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, double[]> e : entries("series", series)) {
            double[] y = likeX("series \"" + e.getKey() + "\"", e.getValue(), x);
            traces.add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE).name(e.getKey()).build());
        }
        return Plots.figure(title, xLabel, yLabel, null, null, traces);
    }

    /** One line per entry of {@code losses} (name → L at epochs 0, …, E ≥ 1, positive after 0) on log-log axes. */
    public static Figure logLog(String title, Map<String, double[]> losses) {
        List<Trace> traces = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        int last = 1;
        for (Map.Entry<String, double[]> e : entries("losses", losses)) {
            String name = "losses \"" + e.getKey() + "\"";
            double[] loss = e.getValue();
            if (loss == null || loss.length < 2) {
                throw new IllegalArgumentException(name + " must hold the loss at epoch 0 and later");
            }
            double[] epochs = new double[loss.length - 1];
            double[] values = new double[loss.length - 1];
            for (int t = 1; t < loss.length; t++) {
                if (!(loss[t] > 0) || !Double.isFinite(loss[t])) {
                    throw new IllegalArgumentException(name + " must be positive and finite, had " + loss[t]
                            + " at epoch " + t);
                }
                epochs[t - 1] = t;
                values[t - 1] = Plots.significant(name, loss[t]);
                lowest = Math.min(lowest, values[t - 1]);
                highest = Math.max(highest, values[t - 1]);
            }
            last = Math.max(last, loss.length - 1);
            traces.add(ScatterTrace.builder(epochs, values).mode(ScatterTrace.Mode.LINE).name(e.getKey()).build());
        }
        return Plots.figure(title, "epoch (log scale)", "loss L (log scale)",
                new double[] {1, last}, new double[] {lowest, highest}, traces);
    }

    /** For each entry of {@code runs} (name → runs[r][t], R ≥ 2 runs as long as x), the median curve and a band from
     * the lowest to the highest run. A log x axis leaves out x ≤ 0; a log y axis needs y &gt; 0. */
    public static Figure medianAndRange(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[][]> runs, boolean logX, boolean logY) {
        nonEmpty("x", Plots.finite("x", x).length);
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
        for (Map.Entry<String, double[][]> e : entries("runs", runs)) {
            String name = "runs \"" + e.getKey() + "\"";
            double[][] r = e.getValue();
            if (r == null || r.length < 2) {
                throw new IllegalArgumentException(name + " must hold at least 2 curves of " + x.length + " values");
            }
            for (int k = 0; k < r.length; k++) {
                likeX(name + "[" + k + "]", r[k], x);
            }
            double[] low = new double[shownX.length];
            double[] high = new double[shownX.length];
            double[] median = new double[shownX.length];
            for (int t = 0; t < shownX.length; t++) {
                int at = first + t;
                double[] column = Arrays.stream(r).mapToDouble(run -> run[at]).toArray();
                median[t] = Plots.significant(name + " median", Spread.median(column));
                Arrays.sort(column);
                low[t] = Plots.significant(name + " lowest", column[0]);
                high[t] = Plots.significant(name + " highest", column[column.length - 1]);
                lowest = Math.min(lowest, column[0]);
                highest = Math.max(highest, column[column.length - 1]);
            }
            String colour = Plots.CLASS_COLORS[traces.size() / 3 % Plots.CLASS_COLORS.length];
            Line edge = Line.builder().color(colour).width(0).build();
            traces.add(ScatterTrace.builder(shownX, low).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .name(e.getKey() + " lowest").build());
            traces.add(ScatterTrace.builder(shownX, high).mode(ScatterTrace.Mode.LINE).line(edge).showLegend(false)
                    .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(translucent(colour)).name(e.getKey() + " highest")
                    .build());
            traces.add(ScatterTrace.builder(shownX, median).mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder().color(colour).width(2).build()).name(e.getKey()).build());
        }
        if (logY && !(lowest > 0)) {
            throw new IllegalArgumentException("runs must be positive to be drawn on a log y axis, had " + lowest);
        }
        return Plots.figure(title, xLabel, yLabel, logX ? new double[] {shownX[0], shownX[shownX.length - 1]} : null,
                logY ? new double[] {lowest, highest} : null, traces);
    }

    /** "#rrggbb" as rgba with opacity 0.2: the other settings' bands show through. */
    static String translucent(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,0.2)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static double[] likeX(String name, double[] y, double[] x) {
        if (Plots.finite(name, y).length != x.length) {
            throw new IllegalArgumentException(name + " must have " + x.length + " values like x, had " + y.length);
        }
        return y;
    }

    private static <V> Iterable<Map.Entry<String, V>> entries(String name, Map<String, V> curves) {
        nonEmpty(name, Plots.notNull(name, curves).size());
        for (String key : curves.keySet()) {
            Plots.notNull(name + " key", key);
        }
        return curves.entrySet();
    }

    private static void nonEmpty(String name, int size) {
        if (size == 0) {
            throw new IllegalArgumentException(name + " must not be empty, was empty");
        }
    }
}
