package backprop;

/** Told of a {@link Trainer#fit}'s progress at every recorded epoch (via {@link Trainer.Builder#listener}). */
@FunctionalInterface
public interface TrainingListener {

    /** Called on the training thread after each recorded evaluation; an exception thrown here stops the fit. */
    void onProgress(Progress progress);

    /** After {@code epoch} of {@code epochs} at η: mean cross-entropy (no L2) and accuracy, train and test (or NaN). */
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
