package backprop.plot;

import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
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
     * @param x      the common abscissae
     * @param series name &rarr; ordinates, each as long as x
     * @throws IllegalArgumentException if x is empty, series is empty, or a series' length differs from x's
     */
    public static Figure lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must contain at least one value, was "
                    + (x == null ? "null" : "empty"));
        }
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series must contain at least one curve, was "
                    + (series == null ? "null" : "empty"));
        }
        Trace[] traces = new Trace[series.size()];
        int i = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            Plots.requireText("series key", e.getKey());
            double[] y = e.getValue();
            if (y == null || y.length != x.length) {
                throw new IllegalArgumentException("series \"" + e.getKey() + "\" must have " + x.length
                        + " values like x, had " + (y == null ? "null" : String.valueOf(y.length)));
            }
            traces[i++] = ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE).name(e.getKey()).build();
        }
        return new Figure(Plots.layout(title, xLabel, yLabel), traces);
    }
}
