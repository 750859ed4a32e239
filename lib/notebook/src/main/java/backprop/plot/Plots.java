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

/** What the plot factories share: argument checks, the layout, the class colours, values rounded for a picture. */
final class Plots {

    /** Class c is drawn in CLASS_COLORS[c % length]: blue for class 0, red for class 1. */
    static final String[] CLASS_COLORS = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };

    private Plots() {}

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return value;
    }

    /** values if each is finite (plotly would leave a silent gap), else an exception naming the first that is not. */
    static double[] finite(String name, double[] values) {
        for (int i = 0; i < notNull(name, values).length; i++) {
            finite(name + "[" + i + "]", values[i]);
        }
        return values;
    }

    static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite to be drawn, was " + v);
        }
        return v;
    }

    /** A figure with a legend; an axis given the span {low, high} of its values (null: linear) is logarithmic. */
    static Figure figure(String title, String xLabel, String yLabel, double[] logXSpan, double[] logYSpan,
            List<Trace> traces) {
        return new Figure(Layout.builder().title(notNull("title", title))
                .xAxis(axis(notNull("xLabel", xLabel), logXSpan)).yAxis(axis(notNull("yLabel", yLabel), logYSpan))
                .showLegend(true).build(), traces.toArray(new Trace[0]));
    }

    /** A log axis gets {@link #logTicks} where 0 &lt; low ≤ high &lt; ∞. */
    private static Axis axis(String label, double[] logSpan) {
        Axis.AxisBuilder axis = Axis.builder().title(label).type(logSpan == null ? Axis.Type.LINEAR : Axis.Type.LOG);
        if (logSpan != null && logSpan[0] > 0 && logSpan[1] >= logSpan[0] && Double.isFinite(logSpan[1])) {
            axis.tickSettings(logTicks(logSpan[0], logSpan[1]));
        }
        return axis.build();
    }

    /** Log-axis ticks from low to high as plain numbers ("0.05", "2000"): 1, 2, 5 per decade (every digit if that
     * gives under three ticks), only powers of ten over more than four decades. */
    static TickSettings logTicks(double low, double high) {
        int from = (int) Math.floor(Math.log10(low));
        int to = (int) Math.ceil(Math.log10(high));
        int[][] choices = to - from > 4 ? new int[][] {{1}} : new int[][] {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
        List<BigDecimal> ticks = new ArrayList<>();
        for (int[] mantissas : choices) {
            ticks.clear();
            for (int k = from; k <= to; k++) {
                for (int m : mantissas) {
                    BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                    if (v.doubleValue() >= low * 0.999 && v.doubleValue() <= high * 1.001) {
                        ticks.add(v);
                    }
                }
            }
            if (ticks.size() >= 3) {
                break;
            }
        }
        return TickSettings.builder().tickMode(TickSettings.TickMode.ARRAY)
                .arrayTicks(ticks.stream().mapToDouble(BigDecimal::doubleValue).toArray(),
                        ticks.stream().map(v -> v.stripTrailingZeros().toPlainString()).toArray(String[]::new))
                .build();
    }

    /** v to 4 significant digits, for values spanning decades: Tablesaw writes all 17, a plot shows 4. */
    static double significant(String name, double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", finite(name, v)));
    }

    /** v to 4 decimals below 1e11 (where a double's spacing exceeds 10⁻⁵, v is kept), for coordinates. */
    static double decimals(String name, double v) {
        return Math.abs(finite(name, v)) < 1e11 ? Math.floor(v * 1e4 + 0.5) / 1e4 : v;
    }

    /** Rejects a data set that is not two-dimensional, naming the parameter. */
    static Dataset twoFeatures(Dataset d) {
        if (notNull("d", d).inputs() != 2) {
            throw new IllegalArgumentException("d must have 2 features to plot in the plane, had " + d.inputs());
        }
        return d;
    }

    /** The points (x₁, x₂) of d, one marker trace per class, named "class 0", "class 1", …. */
    static List<Trace> classTraces(Dataset d) {
        List<Trace> traces = new ArrayList<>();
        for (int c = 0; c < d.classes(); c++) {
            List<double[]> points = new ArrayList<>();
            for (int n = 0; n < d.size(); n++) {
                if (d.label(n) == c) {
                    points.add(new double[] {decimals("d.x", d.x(n, 0)), decimals("d.x", d.x(n, 1))});
                }
            }
            Marker marker = Marker.builder().color(CLASS_COLORS[c % CLASS_COLORS.length]).size(6)
                    .line(Line.builder().color("white").width(0.5).build()).build();
            traces.add(ScatterTrace.builder(points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray()).mode(ScatterTrace.Mode.MARKERS)
                    .marker(marker).name("class " + c).build());
        }
        return traces;
    }
}
