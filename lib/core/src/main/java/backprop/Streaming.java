package backprop;

import backprop.fast.ActivationLoops;
import backprop.fast.BatchEngine;

/**
 * The bridge to the fast kernel ({@code backprop.fast}, which knows nothing of this package): the engine for a
 * network's parameters, and evaluation on a data set of any size, which the kernel reads from the data set's own
 * array chunk by chunk on every processor (the memory needed beyond the data set is the kernel's chunk buffers, and
 * the predictions for {@code predict}).
 */
final class Streaming {

    private Streaming() {
    }

    /** The kernel reading θ live, with the loops of σ. */
    static BatchEngine engine(Parameters theta, Activation sigma, int threads) {
        ActivationLoops loops = switch (sigma) {
            case SIGMOID -> ActivationLoops.SIGMOID;
            case TANH -> ActivationLoops.TANH;
            case RELU -> ActivationLoops.RELU;
        };
        return new BatchEngine(theta.sizes(), theta.array(), loops, threads);
    }

    /**
     * @return the mean cross-entropy −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub>, without a penalty
     * @throws IllegalArgumentException naming d if a logit or the loss is not finite
     */
    static double loss(Parameters theta, Activation sigma, Dataset d) {
        try (BatchEngine engine = engine(theta, sigma, 0)) {
            return engine.score(d.features(), d.labelArray(), d.size()).loss() / d.size();
        } catch (IllegalArgumentException e) {
            throw naming("d", e);
        }
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

    /**
     * @return argmax<sub>o</sub> ŷ<sub>o</sub> of every sample
     * @throws IllegalArgumentException naming d if a logit is not finite (the class is then unknown)
     */
    static int[] predict(Parameters theta, Activation sigma, Dataset d) {
        int[] classes = new int[d.size()];
        try (BatchEngine engine = engine(theta, sigma, 0)) {
            engine.predict(d.features(), d.size(), classes);
        } catch (IllegalArgumentException e) {
            throw naming("d", e);
        }
        return classes;
    }

    /** The kernel's complaint about its argument {@code features}, told about the data set it came from. */
    static IllegalArgumentException naming(String dataset, IllegalArgumentException e) {
        return new IllegalArgumentException(dataset + e.getMessage().substring("features".length()), e);
    }

    /** All of d feature-major, as the training loop uses it: feature j of sample n at x[j · N + n]. */
    static double[] featureMajor(Dataset d) {
        double[] x = new double[d.size() * d.inputs()];
        gather(d, java.util.stream.IntStream.range(0, d.size()).toArray(), 0, d.size(), x, new int[d.size()]);
        return x;
    }

    /** Samples order[start ..< start + count] of d into x (feature-major, stride count) and their labels. */
    static void gather(Dataset d, int[] order, int start, int count, double[] x, int[] labels) {
        double[] f = d.features();
        int inputs = d.inputs();
        for (int i = 0; i < count; i++) {
            int s = order[start + i];
            for (int j = 0; j < inputs; j++) {
                x[j * count + i] = f[s * inputs + j];
            }
            labels[i] = d.labelArray()[s];
        }
    }
}
