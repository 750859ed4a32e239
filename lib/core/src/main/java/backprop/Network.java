package backprop;

import backprop.fast.ActivationLoops;
import backprop.fast.BatchEngine;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A feed-forward network, z<sub>l</sub> = a<sub>l−1</sub> W<sub>l</sub> + b<sub>l</sub>, a = σ(z), ŷ =
 * softmax(z<sub>L</sub>), L = mean cross-entropy + (λ/2) Σ w². Not thread-safe (a concurrent call throws).
 */
public final class Network {

    private final Activation activation;
    private final Parameters theta;
    private final AtomicReference<Thread> user = new AtomicReference<>();
    private int depth;

    /** A claim on the network by one thread, released by {@link #close()}; claims nest on one thread. */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    private Network(Parameters theta, Activation activation) {
        this.theta = theta;
        this.activation = activation;
    }

    /** Seeded random weights ({@code init}), zero biases; sizes = [inputs, hidden..., classes], each ≥ 1. */
    public static Network create(Activation hidden, Init init, long seed, int... sizes) {
        Require.notNull("hidden", hidden);
        Require.notNull("init", init);
        Network net = new Network(Parameters.zeros(sizes), hidden);
        Random random = new Random(seed);
        for (int l = 1; l < sizes.length; l++) {
            init.fill(net.theta.array(), net.theta.weightOffset(l), net.theta.biasOffset(l), sizes[l - 1], sizes[l],
                    random);
        }
        return net;
    }

    /** @return a copy of [inputs, hidden..., classes] */
    public int[] sizes() {
        return theta.sizes();
    }

    /** @return L, the number of weight layers */
    public int layers() {
        return theta.layers();
    }

    public Activation activation() {
        return activation;
    }

    public int parameterCount() {
        return theta.count();
    }

    /** @return a copy of θ */
    public Parameters parameters() {
        return using("parameters", theta::copy);
    }

    /** Sets θ from parameters of the same sizes, all finite. */
    public void setParameters(Parameters parameters) {
        theta.requireSameShape("parameters", parameters);
        Require.finiteVector("parameters", parameters.array());
        using("setParameters", () -> System.arraycopy(parameters.array(), 0, theta.array(), 0, theta.count()));
    }

    /** @return a copy of W<sub>l</sub> as [j][k] = w<sub>j→k</sub> */
    public double[][] weights(int l) {
        return using("weights", () -> theta.weights(l));
    }

    /** @return a copy of b<sub>l</sub> */
    public double[] biases(int l) {
        return using("biases", () -> theta.biases(l));
    }

    /** Sets W<sub>l</sub> from sizes[l−1] rows of sizes[l] finite values [j][k] = w<sub>j→k</sub>. */
    public void setWeights(int l, double[][] weights) {
        using("setWeights", () -> theta.setWeights(l, weights));
    }

    /** Sets b<sub>l</sub> from sizes[l] finite values. */
    public void setBiases(int l, double[] biases) {
        using("setBiases", () -> theta.setBiases(l, biases));
    }

    public Network copy() {
        return using("copy", () -> new Network(theta.copy(), activation));
    }

    /** The forward pass of the rows of x (finite, one column per input), keeping every z and a. */
    public ForwardPass forward(double[][] x) {
        Require.finiteMatrix("x", x, theta.size(0));
        return using("forward", () -> ForwardPass.of(theta.copy(), activation, x));
    }

    public ForwardPass forward(Dataset d) {
        return forward(requireCompatible("d", d).x());
    }

    /** The backward pass of f (a pass of a network like this one) at f's own parameters, for λ ≥ 0. */
    public Gradients backward(ForwardPass f, int[] labels, double l2) {
        if (!Arrays.equals(Require.notNull("f", f).theta().sizes(), theta.sizes()) || f.activation() != activation) {
            throw new IllegalArgumentException("f must be a forward pass of a network like " + this + ", was one of "
                    + Arrays.toString(f.theta().sizes()) + " " + f.activation());
        }
        Require.labels("labels", labels, f.size(), theta.size(layers()));
        return Gradients.of(f, labels, Require.nonNegativeFinite("l2", l2));
    }

    /** Forward and backward pass over d. */
    public Gradients gradients(Dataset d, double l2) {
        return backward(forward(d), d.labels(), l2);
    }

    /** @return L = −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub> + (λ/2) Σ w², streamed through the fast kernel */
    public double loss(Dataset d, double l2) {
        requireCompatible("d", d);
        Require.nonNegativeFinite("l2", l2);
        return using("loss", () -> streamedLoss(d) + theta.l2Penalty(l2));
    }

    private double streamedLoss(Dataset d) {
        try (BatchEngine engine = engine(0)) {
            return engine.score(d.features(), d.labelArray(), d.size()).loss() / d.size();
        } catch (IllegalArgumentException e) {
            throw naming("d", e);
        }
    }

    /** The same loss through the readable forward pass (for the gradient check). */
    double readableLoss(Dataset d, double l2) {
        ForwardPass f = ForwardPass.of(theta, activation, d.x());
        double sum = 0.0;
        for (int n = 0; n < d.size(); n++) {
            sum += CrossEntropy.ofLogits(f.zRow(layers(), n), d.labelArray()[n]);
        }
        return sum / d.size() + theta.l2Penalty(l2);
    }

    /** @return ŷ of every row of x */
    public double[][] predictProbabilities(double[][] x) {
        return forward(x).yHat();
    }

    /** @return argmax<sub>o</sub> ŷ<sub>o</sub> of every row of x */
    public int[] predict(double[][] x) {
        return Arrays.stream(predictProbabilities(x)).mapToInt(Softmax::argmax).toArray();
    }

    /** @return argmax<sub>o</sub> ŷ<sub>o</sub> of every sample of d, streamed through the fast kernel */
    public int[] predict(Dataset d) {
        requireCompatible("d", d);
        int[] classes = new int[d.size()];
        try (Claim claim = use("predict");
                BatchEngine engine = engine(0)) {
            engine.predict(d.features(), d.size(), classes);
        } catch (IllegalArgumentException e) {
            throw naming("d", e);
        }
        return classes;
    }

    /** @return the share of samples of d whose predicted class is the label */
    public double accuracy(Dataset d) {
        int[] predicted = using("accuracy", () -> predict(d));
        long correct = IntStream.range(0, predicted.length).filter(n -> predicted[n] == d.labelArray()[n]).count();
        return (double) correct / predicted.length;
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(theta.sizes()) + " " + activation + ", " + theta.count() + " parameters";
    }

    /** The fast kernel on the live θ, with the loops of σ. */
    BatchEngine engine(int threads) {
        ActivationLoops loops = switch (activation) {
            case SIGMOID -> ActivationLoops.SIGMOID;
            case TANH -> ActivationLoops.TANH;
            case RELU -> ActivationLoops.RELU;
        };
        return new BatchEngine(theta.sizes(), theta.array(), loops, threads);
    }

    /** The kernel's complaint about its argument {@code features}, told about the data set it came from. */
    static IllegalArgumentException naming(String dataset, IllegalArgumentException e) {
        return new IllegalArgumentException(dataset + e.getMessage().substring("features".length()), e);
    }

    Parameters theta() {
        return theta;
    }

    Dataset requireCompatible(String name, Dataset d) {
        if (Require.notNull(name, d).inputs() != theta.size(0)) {
            throw new IllegalArgumentException(name + ".inputs() must equal the network's " + theta.size(0)
                    + " inputs, was " + d.inputs());
        }
        if (d.classes() != theta.size(layers())) {
            throw new IllegalArgumentException(name + ".classes() must equal the network's " + theta.size(layers())
                    + " outputs, was " + d.classes());
        }
        return d;
    }

    /** Claims the network for the calling thread; a claim from another thread meanwhile throws, naming both. */
    Claim use(String operation) {
        Thread me = Thread.currentThread();
        Thread other = user.compareAndExchange(null, me);
        if (other != null && other != me) {
            throw new IllegalStateException("Network is not thread-safe: " + operation + " on thread '" + me.getName()
                    + "' while thread '" + other.getName() + "' is using it (give each thread its own copy())");
        }
        depth++;
        return () -> {
            if (--depth == 0) {
                user.set(null);
            }
        };
    }

    private <T> T using(String operation, Supplier<T> body) {
        try (Claim claim = use(operation)) {
            return body.get();
        }
    }

    private void using(String operation, Runnable body) {
        try (Claim claim = use(operation)) {
            body.run();
        }
    }
}
