package backprop;

import java.io.PrintStream;

/**
 * Receives the progress of a {@link Trainer#fit}: the trainer calls it with the loss and accuracy at the epochs it
 * evaluates (see {@link Trainer.Builder#progressEvery}). A notebook's progress bar, a log or a test plugs in here;
 * the trainer itself prints nothing.
 */
@FunctionalInterface
public interface TrainingListener {

    /**
     * One evaluation during a fit.
     *
     * @param epoch         the epoch just completed (0 = before the first update)
     * @param epochs        the total number of epochs of the fit
     * @param learningRate  η of that epoch
     * @param trainLoss     the mean cross-entropy on the training set (without the L2 penalty)
     * @param trainAccuracy the share of training samples classified correctly
     * @param testLoss      the same on the test set, NaN without one
     * @param testAccuracy  the same on the test set, NaN without one
     */
    record Progress(int epoch, int epochs, double learningRate, double trainLoss, double trainAccuracy,
            double testLoss, double testAccuracy) {

        /** @return e.g. "epoch  20/100  η 0.3  train loss 0.31234  accuracy 0.8650" (and the test set if any) */
        @Override
        public String toString() {
            String line = String.format("epoch %" + String.valueOf(epochs).length() + "d/%d  η %s  train loss %.5f"
                    + "  accuracy %.4f", epoch, epochs, learningRate, trainLoss, trainAccuracy);
            if (!Double.isNaN(testLoss)) {
                line += String.format("  test loss %.5f  accuracy %.4f", testLoss, testAccuracy);
            }
            return line;
        }
    }

    /** Called on the training thread after each evaluation; an exception thrown here stops the fit. */
    void onProgress(Progress progress);

    /** @return a listener that prints one line per call to {@code out} */
    static TrainingListener printingTo(PrintStream out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null, was null");
        }
        return progress -> out.println(progress);
    }
}
