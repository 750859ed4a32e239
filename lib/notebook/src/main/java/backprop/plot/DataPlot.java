package backprop.plot;

import backprop.Dataset;
import tech.tablesaw.plotly.components.Figure;

/** A scatter plot of a two-feature data set, one colour per class. */
public final class DataPlot {

    private DataPlot() {
    }

    /**
     * The points (x₁, x₂) of {@code d}, one trace per class named "class 0", "class 1", &hellip;
     *
     * @param d     a data set with exactly 2 features
     * @param title the figure's title
     * @throws IllegalArgumentException if d or title is null or d does not have 2 features
     */
    public static Figure scatter(Dataset d, String title) {
        return Plots.figure(title, "x₁", "x₂", false, false, Plots.classTraces(Plots.requireTwoFeatures(d)));
    }
}
