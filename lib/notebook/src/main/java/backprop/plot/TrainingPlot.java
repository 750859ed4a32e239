package backprop.plot;

import backprop.History;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;

/** Learning curves of a {@link History}: loss and accuracy against the epoch, on the training and the test set. */
public final class TrainingPlot {

    private TrainingPlot() {
    }

    /** The mean cross-entropy L = &minus;(1/N) &Sigma;<sub>n</sub> ln ŷ<sub>n,label</sub> per recorded epoch. */
    public static Figure loss(History h) {
        return loss(h, "Cross-entropy loss L during training");
    }

    /** {@link #loss(History)} under a title of your own. */
    public static Figure loss(History h, String title) {
        return curves(title, "loss L", h, Plots.notNull("h", h).trainLoss(), h.testLoss());
    }

    /** The share of correctly classified samples per recorded epoch. */
    public static Figure accuracy(History h) {
        return accuracy(h, "Accuracy during training");
    }

    /** {@link #accuracy(History)} under a title of your own. */
    public static Figure accuracy(History h, String title) {
        return curves(title, "accuracy", h, Plots.notNull("h", h).trainAccuracy(), h.testAccuracy());
    }

    private static Figure curves(String title, String yLabel, History h, double[] train, double[] test) {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train", train);
        if (test.length > 0) {
            series.put("test", test);
        }
        return Curves.lines(title, "epoch", yLabel, Arrays.stream(h.epochs()).asDoubleStream().toArray(), series);
    }
}
