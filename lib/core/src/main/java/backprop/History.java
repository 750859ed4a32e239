package backprop;

import backprop.TrainingListener.Progress;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The learning curve of a {@link Trainer#fit}: the points recorded at epoch 0, every few epochs and the last. */
public final class History {

    private final List<Progress> points;

    History(List<Progress> points) {
        this.points = List.copyOf(points);
    }

    /** @return the recorded points, as the fit's listeners were told them */
    public List<Progress> points() {
        return points;
    }

    /** @return the epochs of the points (0 = before the first update) */
    public int[] epochs() {
        return points.stream().mapToInt(Progress::epoch).toArray();
    }

    public double[] trainLoss() {
        return series(Progress::trainLoss);
    }

    public double[] trainAccuracy() {
        return series(Progress::trainAccuracy);
    }

    /** @return the test losses, empty without a test set */
    public double[] testLoss() {
        return hasTest() ? series(Progress::testLoss) : new double[0];
    }

    /** @return the test accuracies, empty without a test set */
    public double[] testAccuracy() {
        return hasTest() ? series(Progress::testAccuracy) : new double[0];
    }

    private boolean hasTest() {
        return !Double.isNaN(points.get(0).testLoss());
    }

    private double[] series(ToDoubleFunction<Progress> value) {
        return points.stream().mapToDouble(value).toArray();
    }

    @Override
    public String toString() {
        Progress first = points.get(0);
        Progress last = points.get(points.size() - 1);
        String s = String.format("History of %d points, epochs %d..%d: train loss %.4f -> %.4f, accuracy %.4f -> %.4f",
                points.size(), first.epoch(), last.epoch(), first.trainLoss(), last.trainLoss(), first.trainAccuracy(),
                last.trainAccuracy());
        return hasTest() ? s + String.format("; test loss %.4f -> %.4f, accuracy %.4f -> %.4f", first.testLoss(),
                last.testLoss(), first.testAccuracy(), last.testAccuracy()) : s;
    }
}
