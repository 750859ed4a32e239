package backprop.plot;

import backprop.Dataset;
import tech.tablesaw.plotly.components.Figure;

/** A scatter plot of a two-feature data set, one colour per class. */
public final class DataPlot {

    private DataPlot() {
    }

    /**
     * The points (x₁, x₂) of {@code d}, one trace per class named "class 0", "class 1", …, to 4 decimals.
     *
     * @throws IllegalArgumentException if d or title is null, d does not have 2 features or a feature is not finite
     */
    public static Figure scatter(Dataset d, String title) {
        return Plots.figure(title, "x₁", "x₂", null, null, Plots.classTraces(Plots.twoFeatures(d)));
    }
}
