package backprop.bench;

import backprop.Dataset;
import backprop.History;
import backprop.Network;
import backprop.Trainer;

/**
 * The library under test: full-batch gradient descent with {@link Trainer} on a network that starts
 * from fixed initial weights, exactly as a notebook would call it.
 */
final class LibraryRun {

    private final Network initial;
    private final Dataset data;
    private final double learningRate;
    private final double l2;
    private final int threads;
    private Network net;

    /**
     * @param initial      the starting network (copied, never changed)
     * @param data         the training set
     * @param learningRate η
     * @param l2           λ
     * @param threads      the number of threads the trainer may use, or 0 for the trainer's default
     *                     (the calling thread for small batches, every processor for large ones)
     */
    LibraryRun(Network initial, Dataset data, double learningRate, double l2, int threads) {
        this.initial = initial.copy();
        this.data = data;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.threads = threads;
        reset();
    }

    /** Back to the initial weights. */
    void reset() {
        net = initial.copy();
    }

    /** Runs the given number of full-batch epochs in one {@code fit} call, recording the loss once at the end. */
    void train(int epochs) {
        fit(epochs, epochs);
    }

    /** Runs full-batch epochs in one {@code fit} call, recording the loss every {@code recordEvery} epochs. */
    History fit(int epochs, int recordEvery) {
        Trainer.Builder builder = Trainer.builder()
                .learningRate(learningRate)
                .epochs(epochs)
                .batchSize(Trainer.FULL_BATCH)
                .l2(l2)
                .seed(1)
                .recordEvery(recordEvery);
        if (threads > 0) {
            builder.threads(threads);
        }
        return builder.build().fit(net, data, null);
    }

    /** @return L at the current weights */
    double loss() {
        return net.loss(data, l2);
    }

    /** @return the current weights and biases in the layout of {@link #parameters(Network)} */
    double[] parameters() {
        return parameters(net);
    }

    /** @return the weights and biases of a network, layer by layer: W1 (row-major), b1, W2, b2, … */
    static double[] parameters(Network net) {
        double[][] parts = new double[2 * net.layers()][];
        for (int l = 1; l <= net.layers(); l++) {
            parts[2 * l - 2] = flatten(net.weights(l));
            parts[2 * l - 1] = net.biases(l);
        }
        return RawDoubles.concat(parts);
    }

    /** Row-major flattening of [j][k] = w_{j→k}, the layout of the exchange files. */
    static double[] flatten(double[][] rows) {
        return RawDoubles.concat(rows);
    }
}
