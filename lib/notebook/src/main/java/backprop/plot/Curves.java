package backprop.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Curves y(x) sharing one x axis, for ad-hoc plots in notebooks (a softmax sweep, a cost comparison, &hellip;). */
public final class Curves {

    private Curves() {
    }

    /**
     * One line per entry of {@code series}, in its iteration order (use a {@link java.util.LinkedHashMap} to choose
     * the order), named by the entry's key.
     *
     * @param x      the common abscissae, finite
     * @param series name &rarr; ordinates, each as long as x, finite
     * @throws IllegalArgumentException naming the parameter if x or series is empty, a series' length differs from
     *                                  x's, or a value is not finite (it could not be drawn)
     */
    public static Figure lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        requireCurves(x, "series", series);
        List<Trace> traces = new ArrayList<>();
        series.forEach((name, y) -> traces.add(ScatterTrace.builder(x, curve("series", name, y, x.length, false))
                .mode(ScatterTrace.Mode.LINE).name(name).build()));
        return Plots.figure(title, xLabel, yLabel, false, false, traces.toArray(new Trace[0]));
    }

    /**
     * For each entry of {@code bands} (name → {low, middle, high}, three curves as long as x), the band from low to
     * high, shaded and without a legend entry, and the middle curve, named by the key; one colour per entry. On a log
     * axis, band edges at or below zero are not drawn. The bands' values are drawn to 4 significant digits.
     *
     * @param logX whether the x axis is logarithmic
     * @param logY whether the y axis is logarithmic
     * @throws IllegalArgumentException naming the parameter as {@link #lines} does, or if an entry is not 3 curves
     */
    public static Figure bands(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> bands,
            boolean logX, boolean logY) {
        requireCurves(x, "bands", bands);
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, double[][]> e : bands.entrySet()) {
            String name = e.getKey();
            double[][] b = e.getValue();
            if (b == null || b.length != 3) {
                throw new IllegalArgumentException("bands \"" + name + "\" must hold 3 curves {low, middle, high}, had "
                        + (b == null ? "null" : b.length));
            }
            String hex = Plots.CLASS_COLORS[traces.size() / 3 % Plots.CLASS_COLORS.length];
            Line edge = Line.builder().color(hex).width(0).build();
            traces.add(ScatterTrace.builder(x, curve("bands", name, b[0], x.length, true)).mode(ScatterTrace.Mode.LINE)
                    .line(edge).showLegend(false).name(name + " (low)").build());
            traces.add(ScatterTrace.builder(x, curve("bands", name, b[2], x.length, true)).mode(ScatterTrace.Mode.LINE)
                    .line(edge).showLegend(false).fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(translucent(hex))
                    .name(name + " (high)").build());
            traces.add(ScatterTrace.builder(x, curve("bands", name, b[1], x.length, true)).mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder().color(hex).width(2).build()).name(name).build());
        }
        return Plots.figure(title, xLabel, yLabel, logX, logY, traces.toArray(new Trace[0]));
    }

    /** "#rrggbb" as rgba with opacity 0.2, for a band that lets the other entries' bands show through. */
    static String translucent(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,0.2)", rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static void requireCurves(double[] x, String name, Map<String, ?> curves) {
        if (Plots.finite("x", x).length == 0) {
            throw new IllegalArgumentException("x must contain at least one value, was empty");
        }
        if (Plots.notNull(name, curves).isEmpty()) {
            throw new IllegalArgumentException(name + " must contain at least one curve, was empty");
        }
    }

    /** The curve {@code name} of {@code map}, checked to be as long as x and finite, rounded if {@code round}. */
    private static double[] curve(String map, String name, double[] y, int length, boolean round) {
        String label = map + " \"" + Plots.notNull(map + " key", name) + "\"";
        if (y == null || y.length != length) {
            throw new IllegalArgumentException(label + " must have " + length + " values like x, had "
                    + (y == null ? "null" : String.valueOf(y.length)));
        }
        if (!round) {
            return Plots.finite(label, y);
        }
        double[] rounded = new double[length];
        for (int i = 0; i < length; i++) {
            rounded[i] = Plots.significant(label + "[" + i + "]", y[i]);
        }
        return rounded;
    }
}
