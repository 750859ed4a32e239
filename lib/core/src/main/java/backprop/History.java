package backprop;

import java.util.Arrays;

/**
 * The learning curve of one {@link Trainer#fit}: at epoch 0 (before training), every few epochs and at the last
 * epoch, the mean cross-entropy −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub> (without the L2 penalty, so train and
 * test losses compare) and the accuracy, on the training set and, if one was given, on the test set.
 */
public final class History {

    private final int[] epochs;
    private final double[] trainLoss;
    private final double[] trainAccuracy;
    private final double[] testLoss;
    private final double[] testAccuracy;

    private History(int[] epochs, double[] trainLoss, double[] trainAccuracy, double[] testLoss,
            double[] testAccuracy) {
        this.epochs = epochs;
        this.trainLoss = trainLoss;
        this.trainAccuracy = trainAccuracy;
        this.testLoss = testLoss;
        this.testAccuracy = testAccuracy;
    }

    /** @return the number of recorded points */
    public int size() {
        return epochs.length;
    }

    /** @return the epochs at which the points were recorded (0 = before the first update) */
    public int[] epochs() {
        return epochs.clone();
    }

    public double[] trainLoss() {
        return trainLoss.clone();
    }

    public double[] trainAccuracy() {
        return trainAccuracy.clone();
    }

    /** @return the test losses, empty if the fit had no test set */
    public double[] testLoss() {
        return testLoss.clone();
    }

    /** @return the test accuracies, empty if the fit had no test set */
    public double[] testAccuracy() {
        return testAccuracy.clone();
    }

    @Override
    public String toString() {
        int last = epochs.length - 1;
        String s = String.format("History of %d points, epochs %d..%d: train loss %.4f -> %.4f, accuracy %.4f -> %.4f",
                epochs.length, epochs[0], epochs[last], trainLoss[0], trainLoss[last], trainAccuracy[0],
                trainAccuracy[last]);
        if (testLoss.length > 0) {
            s += String.format("; test loss %.4f -> %.4f, accuracy %.4f -> %.4f", testLoss[0], testLoss[last],
                    testAccuracy[0], testAccuracy[last]);
        }
        return s;
    }

    /** Collects the points of a fit, growing as needed. */
    static final class Recorder {
        private int[] epochs = new int[16];
        private double[][] values = new double[4][16];
        private final boolean withTest;
        private int size;

        Recorder(boolean withTest) {
            this.withTest = withTest;
        }

        void add(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
            if (size == epochs.length) {
                int capacity = (int) Math.min(Integer.MAX_VALUE - 8, 2L * size);
                epochs = Arrays.copyOf(epochs, capacity);
                for (int v = 0; v < 4; v++) {
                    values[v] = Arrays.copyOf(values[v], capacity);
                }
            }
            epochs[size] = epoch;
            values[0][size] = trainLoss;
            values[1][size] = trainAccuracy;
            values[2][size] = testLoss;
            values[3][size] = testAccuracy;
            size++;
        }

        History build() {
            int testSize = withTest ? size : 0;
            return new History(Arrays.copyOf(epochs, size), Arrays.copyOf(values[0], size),
                    Arrays.copyOf(values[1], size), Arrays.copyOf(values[2], testSize), Arrays.copyOf(values[3], testSize));
        }
    }
}
