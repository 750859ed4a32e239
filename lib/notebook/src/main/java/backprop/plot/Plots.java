package backprop.plot;

import backprop.Dataset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** Pieces shared by the plot factories: layouts, class colours and the per-class scatter traces. */
final class Plots {

    /** Class c is drawn in CLASS_COLORS[c % length]: blue for class 0, red for class 1, as in the boundary's scale. */
    static final String[] CLASS_COLORS = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };

    private Plots() {
    }

    /** A layout with a title, two axis labels and a legend. */
    static Layout layout(String title, String xLabel, String yLabel) {
        requireText("title", title);
        requireText("xLabel", xLabel);
        requireText("yLabel", yLabel);
        return Layout.builder()
                .title(title)
                .xAxis(Axis.builder().title(xLabel).build())
                .yAxis(Axis.builder().title(yLabel).build())
                .showLegend(true)
                .build();
    }

    /** One marker trace per class, named "class 0", "class 1", &hellip;, of the first two features x₁, x₂. */
    static ScatterTrace[] classTraces(Dataset d) {
        int[] counts = new int[d.classes()];
        for (int n = 0; n < d.size(); n++) {
            counts[d.label(n)]++;
        }
        double[][] xs = new double[d.classes()][];
        double[][] ys = new double[d.classes()][];
        for (int c = 0; c < d.classes(); c++) {
            xs[c] = new double[counts[c]];
            ys[c] = new double[counts[c]];
        }
        int[] filled = new int[d.classes()];
        for (int n = 0; n < d.size(); n++) {
            int c = d.label(n);
            xs[c][filled[c]] = forPicture(d.x(n, 0));
            ys[c][filled[c]++] = forPicture(d.x(n, 1));
        }
        ScatterTrace[] traces = new ScatterTrace[d.classes()];
        for (int c = 0; c < d.classes(); c++) {
            Marker marker = Marker.builder()
                    .color(CLASS_COLORS[c % CLASS_COLORS.length])
                    .size(6)
                    .line(Line.builder().color("white").width(0.5).build())
                    .build();
            traces[c] = ScatterTrace.builder(xs[c], ys[c])
                    .mode(ScatterTrace.Mode.MARKERS)
                    .marker(marker)
                    .name("class " + c)
                    .build();
        }
        return traces;
    }

    /**
     * A coordinate rounded to 4 decimals: a plot cannot show more, and Tablesaw writes every value in full
     * (17 digits), which would make a notebook with many scatter plots several times larger.
     */
    static double forPicture(double v) {
        return Math.round(v * 1e4) / 1e4;
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

    /** Rejects a null text (a title or an axis label), naming the parameter. */
    static String requireText(String name, String text) {
        if (text == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return text;
    }

    /** Rejects a data set that is not two-dimensional, naming the parameter. */
    static void requireTwoFeatures(Dataset d) {
        if (d == null) {
            throw new IllegalArgumentException("d must not be null, was null");
        }
        if (d.inputs() != 2) {
            throw new IllegalArgumentException("d must have 2 features to plot in the plane, had " + d.inputs());
        }
    }
}
