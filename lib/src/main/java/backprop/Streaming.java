package backprop;

import backprop.fast.BatchEngine;

/**
 * Evaluation of a network on a data set of any size through the fast kernel: the samples go through in blocks of
 * {@value #BLOCK}, each copied feature-major into one reusable buffer, so the memory needed beyond the data set is
 * a few megabytes and the block is split over the processors.
 */
final class Streaming {

    /** Samples per block. */
    static final int BLOCK = 1 << 16;

    private Streaming() {
    }

    /** @return the mean cross-entropy −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub>, without a penalty */
    static double loss(Parameters theta, Activation sigma, Dataset d) {
        return run(theta, sigma, d, null) / d.size();
    }

    /** @return the share of samples whose argmax ŷ equals the label (no logarithms needed) */
    static double accuracy(Parameters theta, Activation sigma, Dataset d) {
        int[] predicted = predict(theta, sigma, d);
        int[] labels = d.labelArray();
        long correct = 0;
        for (int n = 0; n < labels.length; n++) {
            correct += predicted[n] == labels[n] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }

    /** @return argmax<sub>o</sub> ŷ<sub>o</sub> of every sample */
    static int[] predict(Parameters theta, Activation sigma, Dataset d) {
        int[] classes = new int[d.size()];
        run(theta, sigma, d, classes);
        return classes;
    }

    /**
     * Streams d through the kernel: with {@code classes} null returns the summed loss, else writes every prediction
     * to {@code classes}.
     */
    private static double run(Parameters theta, Activation sigma, Dataset d, int[] classes) {
        int n = d.size();
        int block = Math.min(BLOCK, n);
        double[] x = new double[block * d.inputs()];
        int[] labels = new int[block];
        int[] predicted = new int[block];
        double loss = 0.0;
        try (BatchEngine engine = new BatchEngine(theta, sigma, 0)) {
            for (int from = 0; from < n; from += block) {
                int count = Math.min(block, n - from);
                featureMajor(d, from, count, x);
                if (classes == null) {
                    System.arraycopy(d.labelArray(), from, labels, 0, count);
                    loss += engine.loss(x, count, labels, count);
                } else {
                    engine.predict(x, count, count, predicted);
                    System.arraycopy(predicted, 0, classes, from, count);
                }
            }
        }
        return loss;
    }

    /** Copies samples [from, from + count) of d to x, feature-major: feature j of sample i at x[j · count + i]. */
    static void featureMajor(Dataset d, int from, int count, double[] x) {
        double[] f = d.features();
        int inputs = d.inputs();
        for (int i = 0; i < count; i++) {
            int s = (from + i) * inputs;
            for (int j = 0; j < inputs; j++) {
                x[j * count + i] = f[s + j];
            }
        }
    }

    /** All of d feature-major, as the training loop uses it. */
    static double[] featureMajor(Dataset d) {
        double[] x = new double[d.size() * d.inputs()];
        featureMajor(d, 0, d.size(), x);
        return x;
    }
}
