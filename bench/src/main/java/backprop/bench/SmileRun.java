package backprop.bench;

import smile.base.mlp.Layer;
import smile.base.mlp.OutputFunction;
import smile.classification.MLP;
import smile.math.TimeFunction;

/**
 * The Java peer: Smile 3.1.1's {@code MLP} with the same 2-H-2 shape (tanh hidden layer, softmax
 * output with the cross-entropy cost), plain gradient descent (momentum 0, constant learning rate,
 * no weight decay) and one mini-batch of all N samples per epoch, on the same data.
 *
 * <p>Smile has no public way to set the initial weights, so it starts from its own random ones;
 * and its gradient is not the library's (the issue measured that its trajectory differs for a
 * tanh&rarr;softmax net), so the side-by-side table times it as the same amount of work, not the
 * same computation.
 */
final class SmileRun {

    private final MLP mlp;
    private final double[][] x;
    private final int[] labels;

    /**
     * @param x            N &times; 2 features
     * @param labels       N labels in {0, 1}
     * @param hidden       H, the width of the hidden layer
     * @param learningRate the constant step size
     */
    SmileRun(double[][] x, int[] labels, int hidden, double learningRate) {
        this.x = x;
        this.labels = labels;
        this.mlp = new MLP(Layer.input(x[0].length), Layer.tanh(hidden), Layer.mle(2, OutputFunction.SOFTMAX));
        mlp.setLearningRate(TimeFunction.constant(learningRate));
        mlp.setMomentum(TimeFunction.constant(0.0));
    }

    /** Runs full-batch epochs: each is one {@code update} with all N samples. */
    void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            mlp.update(x, labels);
        }
    }

    /** @return the fraction of the samples Smile's network classifies correctly */
    double accuracy() {
        int correct = 0;
        for (int n = 0; n < x.length; n++) {
            if (mlp.predict(x[n]) == labels[n]) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }
}
