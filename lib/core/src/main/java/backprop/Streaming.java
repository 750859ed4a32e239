package backprop;

import backprop.fast.BatchEngine;

/**
 * Evaluation of a network on a data set of any size through the fast kernel, which reads the data set's own array
 * chunk by chunk on every processor: the memory needed beyond the data set is the kernel's chunk buffers (and the
 * predictions, for {@code predict}).
 */
final class Streaming {

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
     * Runs d through the kernel, which reads the data set's own sample-major array chunk by chunk (no copy of it):
     * with {@code classes} null returns the summed loss, else writes every prediction to {@code classes}.
     */
    private static double run(Parameters theta, Activation sigma, Dataset d, int[] classes) {
        try (BatchEngine engine = new BatchEngine(theta, sigma, 0)) {
            if (classes == null) {
                return engine.loss(d.features(), d.labelArray(), d.size());
            }
            engine.predict(d.features(), d.size(), classes);
            return 0.0;
        }
    }

    /** All of d feature-major, as the training loop uses it: feature j of sample n at x[j · N + n]. */
    static double[] featureMajor(Dataset d) {
        double[] f = d.features();
        int n = d.size();
        int inputs = d.inputs();
        double[] x = new double[n * inputs];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < inputs; j++) {
                x[j * n + i] = f[i * inputs + j];
            }
        }
        return x;
    }
}
