package backprop.plot;

import backprop.Dataset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Pieces shared by the plot factories: argument checks, layouts, class colours and the per-class scatter traces. */
final class Plots {

    /** Class c is drawn in CLASS_COLORS[c % length]: blue for class 0, red for class 1, as in the boundary's scale. */
    static final String[] CLASS_COLORS = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };

    /** From this magnitude on a double's spacing exceeds 10⁻⁵: it has no fourth decimal to round away. */
    private static final double EXACT_FROM = 1e11;

    private Plots() {
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return value;
    }

    /** A figure with a title, two axis labels (each linear or logarithmic), a legend and the traces. */
    static Figure figure(String title, String xLabel, String yLabel, boolean logX, boolean logY, Trace... traces) {
        return figure(title, xLabel, yLabel, logX, logY, null, null, traces);
    }

    /**
     * As {@link #figure(String, String, String, boolean, boolean, Trace...)}, with {@link #logTicks} on a log axis
     * whose span {low, high} of drawn values is given and positive (null or not positive: plotly's own ticks).
     */
    static Figure figure(String title, String xLabel, String yLabel, boolean logX, boolean logY, double[] xSpan,
            double[] ySpan, Trace... traces) {
        return new Figure(Layout.builder().title(notNull("title", title))
                .xAxis(axis(notNull("xLabel", xLabel), logX, xSpan))
                .yAxis(axis(notNull("yLabel", yLabel), logY, ySpan))
                .showLegend(true).build(), traces);
    }

    private static Axis axis(String label, boolean log, double[] span) {
        Axis.AxisBuilder axis = Axis.builder().title(label).type(log ? Axis.Type.LOG : Axis.Type.LINEAR);
        if (log && span != null && span[0] > 0 && span[1] >= span[0] && Double.isFinite(span[1])) {
            axis.tickSettings(logTicks(span[0], span[1]));
        }
        return axis.build();
    }

    /** One marker trace per class, named "class 0", "class 1", &hellip;, of the first two features x₁, x₂. */
    static ScatterTrace[] classTraces(Dataset d) {
        int[] counts = new int[d.classes()];
        for (int n = 0; n < d.size(); n++) {
            counts[d.label(n)]++;
        }
        double[][][] xy = new double[d.classes()][2][];
        for (int c = 0; c < d.classes(); c++) {
            xy[c] = new double[][] {new double[counts[c]], new double[counts[c]]};
        }
        int[] filled = new int[d.classes()];
        for (int n = 0; n < d.size(); n++) {
            int c = d.label(n);
            xy[c][0][filled[c]] = forPicture("d.x", d.x(n, 0));
            xy[c][1][filled[c]++] = forPicture("d.x", d.x(n, 1));
        }
        ScatterTrace[] traces = new ScatterTrace[d.classes()];
        for (int c = 0; c < d.classes(); c++) {
            Marker marker = Marker.builder().color(CLASS_COLORS[c % CLASS_COLORS.length]).size(6)
                    .line(Line.builder().color("white").width(0.5).build()).build();
            traces[c] = ScatterTrace.builder(xy[c][0], xy[c][1]).mode(ScatterTrace.Mode.MARKERS).marker(marker)
                    .name("class " + c).build();
        }
        return traces;
    }

    /**
     * A coordinate rounded to 4 decimals: a plot cannot show more, and Tablesaw writes every value in full (17
     * digits). From {@value #EXACT_FROM} on the value is kept as it is; a value that is not finite cannot be drawn.
     *
     * @throws IllegalArgumentException naming {@code name} if v is NaN or infinite
     */
    static double forPicture(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite to be drawn, was " + v);
        }
        return Math.abs(v) < EXACT_FROM ? Math.floor(v * 1e4 + 0.5) / 1e4 : v;
    }

    /**
     * Ticks for a log axis from low to high (0 &lt; low ≤ high) that read as plain numbers: 1, 2, 5, 10, 20, 50, …
     * (every digit 1–9 when that gives fewer than three ticks; only powers of ten over more than four decades),
     * labelled as written, e.g. "0.05" and "2000", never as plotly's bare minor digits.
     */
    static TickSettings logTicks(double low, double high) {
        if (!(low > 0) || !(high >= low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("low and high must satisfy 0 < low ≤ high < ∞, were " + low + " and "
                    + high);
        }
        int from = (int) Math.floor(Math.log10(low));
        int to = (int) Math.ceil(Math.log10(high));
        int[][] choices = to - from > 4 ? new int[][] {{1}} : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
        List<Double> values = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int[] mantissas : choices) {
            values.clear();
            text.clear();
            for (int k = from; k <= to; k++) {
                for (int m : mantissas) {
                    BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                    double d = v.doubleValue();
                    if (d >= low * 0.999 && d <= high * 1.001) {
                        values.add(d);
                        text.add(v.stripTrailingZeros().toPlainString());
                    }
                }
            }
            if (values.size() >= 3) {
                break;
            }
        }
        return TickSettings.builder()
                .tickMode(TickSettings.TickMode.ARRAY)
                .arrayTicks(values.stream().mapToDouble(Double::doubleValue).toArray(), text.toArray(new String[0]))
                .build();
    }

    /**
     * A value of a curve rounded to 4 significant digits, for curves whose values span decades (losses on a log
     * axis): a plot cannot show more, and Tablesaw writes every value in full.
     *
     * @throws IllegalArgumentException naming {@code name} if v is NaN or infinite
     */
    static double significant(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite to be drawn, was " + v);
        }
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
    }

    /** Checks that every value is finite (plotly would leave a silent gap), naming the first one that is not. */
    static double[] finite(String name, double[] values) {
        notNull(name, values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite to be drawn, was " + values[i]);
            }
        }
        return values;
    }

    /** Rejects a data set that is not two-dimensional, naming the parameter. */
    static Dataset requireTwoFeatures(Dataset d) {
        if (notNull("d", d).inputs() != 2) {
            throw new IllegalArgumentException("d must have 2 features to plot in the plane, had " + d.inputs());
        }
        return d;
    }
}
