package backprop;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The learning curve of a {@link Trainer#fit}: at epoch 0, every few epochs and the last, the mean cross-entropy
 * (without the L2 penalty) and the accuracy on the training set and, if given, the test set.
 */
public final class History {

    /** One recorded evaluation; the test values are NaN without a test set. */
    record Point(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
    }

    private final List<Point> points;

    History(List<Point> points) {
        this.points = List.copyOf(points);
    }

    /** @return the epochs of the points (0 = before the first update) */
    public int[] epochs() {
        return points.stream().mapToInt(Point::epoch).toArray();
    }

    public double[] trainLoss() {
        return series(Point::trainLoss);
    }

    public double[] trainAccuracy() {
        return series(Point::trainAccuracy);
    }

    /** @return the test losses, empty without a test set */
    public double[] testLoss() {
        return hasTest() ? series(Point::testLoss) : new double[0];
    }

    /** @return the test accuracies, empty without a test set */
    public double[] testAccuracy() {
        return hasTest() ? series(Point::testAccuracy) : new double[0];
    }

    private boolean hasTest() {
        return !Double.isNaN(points.get(0).testLoss());
    }

    private double[] series(ToDoubleFunction<Point> value) {
        return points.stream().mapToDouble(value).toArray();
    }

    @Override
    public String toString() {
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        String s = String.format("History of %d points, epochs %d..%d: train loss %.4f -> %.4f, accuracy %.4f -> %.4f",
                points.size(), first.epoch(), last.epoch(), first.trainLoss(), last.trainLoss(), first.trainAccuracy(),
                last.trainAccuracy());
        return hasTest() ? s + String.format("; test loss %.4f -> %.4f, accuracy %.4f -> %.4f", first.testLoss(),
                last.testLoss(), first.testAccuracy(), last.testAccuracy()) : s;
    }
}
