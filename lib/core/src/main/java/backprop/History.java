package backprop;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The learning curve of one {@link Trainer#fit}: the points its {@link TrainingListener} recorded at epoch 0
 * (before training), every few epochs and at the last epoch: the mean cross-entropy −(1/N) Σ<sub>n</sub>
 * ln ŷ<sub>n,label(n)</sub> (without the L2 penalty, so train and test losses compare) and the accuracy, on the
 * training set and, if one was given, on the test set.
 */
public final class History {

    private final List<TrainingListener.Progress> points;

    /** @param points at least the point of epoch 0 */
    History(List<TrainingListener.Progress> points) {
        this.points = List.copyOf(points);
    }

    /** @return the recorded points, in order */
    public List<TrainingListener.Progress> points() {
        return points;
    }

    /** @return the number of recorded points */
    public int size() {
        return points.size();
    }

    /** @return the epochs at which the points were recorded (0 = before the first update) */
    public int[] epochs() {
        return points.stream().mapToInt(TrainingListener.Progress::epoch).toArray();
    }

    public double[] trainLoss() {
        return series(TrainingListener.Progress::trainLoss);
    }

    public double[] trainAccuracy() {
        return series(TrainingListener.Progress::trainAccuracy);
    }

    /** @return the test losses, empty if the fit had no test set */
    public double[] testLoss() {
        return hasTest() ? series(TrainingListener.Progress::testLoss) : new double[0];
    }

    /** @return the test accuracies, empty if the fit had no test set */
    public double[] testAccuracy() {
        return hasTest() ? series(TrainingListener.Progress::testAccuracy) : new double[0];
    }

    /** A test loss is never NaN: a fit with a test set has a number in every point, one without has NaN. */
    private boolean hasTest() {
        return !Double.isNaN(points.get(0).testLoss());
    }

    private double[] series(ToDoubleFunction<TrainingListener.Progress> value) {
        return points.stream().mapToDouble(value).toArray();
    }

    @Override
    public String toString() {
        TrainingListener.Progress first = points.get(0);
        TrainingListener.Progress last = points.get(points.size() - 1);
        String s = String.format("History of %d points, epochs %d..%d: train loss %.4f -> %.4f, accuracy %.4f -> %.4f",
                size(), first.epoch(), last.epoch(), first.trainLoss(), last.trainLoss(), first.trainAccuracy(),
                last.trainAccuracy());
        if (hasTest()) {
            s += String.format("; test loss %.4f -> %.4f, accuracy %.4f -> %.4f", first.testLoss(), last.testLoss(),
                    first.testAccuracy(), last.testAccuracy());
        }
        return s;
    }
}
