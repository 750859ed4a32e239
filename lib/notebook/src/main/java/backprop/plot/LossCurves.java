package backprop.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Loss curves on logarithmic axes, epochs and loss both: early epochs, where most of the change happens, get as
 * much room as late ones, and a loss that falls by factors shows as steady steps. The ticks read as plain numbers
 * (1, 2, 5, 10, …).
 */
public final class LossCurves {

    private LossCurves() {
    }

    /**
     * One line per entry of {@code losses} (name → loss at epochs 0, 1, …, E); epoch 0 cannot be drawn on a log axis
     * and is left out. Values are rounded to four significant digits for the picture.
     *
     * @throws IllegalArgumentException naming the parameter if title is null, losses is empty, or a curve has fewer
     *                                  than 2 values or a later value that is not positive and finite
     */
    public static Figure logLog(String title, Map<String, double[]> losses) {
        Plots.notNull("title", title);
        if (Plots.notNull("losses", losses).isEmpty()) {
            throw new IllegalArgumentException("losses must contain at least one curve, was empty");
        }
        List<Trace> traces = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        int last = 1;
        for (Map.Entry<String, double[]> e : losses.entrySet()) {
            String name = "losses \"" + Plots.notNull("losses key", e.getKey()) + "\"";
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
        return Plots.figure(title, "epoch (log scale)", "loss L (log scale)", true, true, new double[] {1, last},
                new double[] {lowest, highest}, traces.toArray(new Trace[0]));
    }
}
