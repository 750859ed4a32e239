package backprop;

/**
 * Receives the points of a {@link Trainer#fit} as they are recorded: the {@link History} is built by one, and
 * {@link Trainer.Builder#listener} adds another (a progress bar, a log).
 */
@FunctionalInterface
public interface TrainingListener {

    /**
     * One recorded evaluation during a fit.
     *
     * @param epoch         the epoch just completed (0 = before the first update)
     * @param epochs        the total number of epochs of the fit
     * @param learningRate  η of that epoch (at epoch 0, that of the first)
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

    /** Called on the training thread after each recorded evaluation; an exception thrown here stops the fit. */
    void onProgress(Progress progress);
}
