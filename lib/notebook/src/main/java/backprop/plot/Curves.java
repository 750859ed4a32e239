package backprop.plot;

import java.util.ArrayList;
import java.util.List;
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
     * @param x      the common abscissae, finite
     * @param series name &rarr; ordinates, each as long as x, finite
     * @throws IllegalArgumentException naming the parameter if x or series is empty, a series' length differs from
     *                                  x's, or a value is not finite (it could not be drawn)
     */
    public static Figure lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        if (Plots.finite("x", x).length == 0) {
            throw new IllegalArgumentException("x must contain at least one value, was empty");
        }
        if (Plots.notNull("series", series).isEmpty()) {
            throw new IllegalArgumentException("series must contain at least one curve, was empty");
        }
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            String name = "series \"" + Plots.notNull("series key", e.getKey()) + "\"";
            double[] y = e.getValue();
            if (y == null || y.length != x.length) {
                throw new IllegalArgumentException(name + " must have " + x.length + " values like x, had "
                        + (y == null ? "null" : String.valueOf(y.length)));
            }
            traces.add(ScatterTrace.builder(x, Plots.finite(name, y)).mode(ScatterTrace.Mode.LINE).name(e.getKey())
                    .build());
        }
        return Plots.figure(title, xLabel, yLabel, false, false, traces.toArray(new Trace[0]));
    }
}
