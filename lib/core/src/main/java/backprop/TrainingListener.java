package backprop;

/**
 * Told of a {@link Trainer#fit}'s progress at every recorded epoch: the fit's {@link History} is built by one, and
 * {@link Trainer.Builder#listener} adds another (a log, a progress bar shown in place). Training is silent without.
 */
@FunctionalInterface
public interface TrainingListener {

    /** Called on the training thread after each recorded evaluation; an exception thrown here stops the fit. */
    void onProgress(Progress progress);

    /**
     * One recorded evaluation: after {@code epoch} of {@code epochs} at η = {@code learningRate}, the mean
     * cross-entropy (without the L2 term) and the accuracy on the training set and on the test set (NaN without one).
     */
    record Progress(int epoch, int epochs, double learningRate, double trainLoss, double trainAccuracy,
            double testLoss, double testAccuracy) {

        /** @return e.g. "epoch  20/100  η 0.3  train loss 0.31234  accuracy 0.8650" (and the test set if any) */
        @Override
        public String toString() {
            String line = String.format("epoch %" + String.valueOf(epochs).length() + "d/%d  η %s  train loss %.5f"
                    + "  accuracy %.4f", epoch, epochs, learningRate, trainLoss, trainAccuracy);
            return Double.isNaN(testLoss) ? line : line + String.format("  test loss %.5f  accuracy %.4f", testLoss,
                    testAccuracy);
        }
    }
}
