package backprop.plot;

import backprop.Dataset;
import tech.tablesaw.plotly.components.Figure;

/** A scatter plot of a two-feature data set, one colour per class. */
public final class DataPlot {

    private DataPlot() {}

    /** The points (x₁, x₂) of d (2 finite features), one trace per class named "class 0", "class 1", …. */
    public static Figure scatter(Dataset d, String title) {
        return Plots.figure(title, "x₁", "x₂", null, null, Plots.classTraces(Plots.twoFeatures(d)));
    }
}
