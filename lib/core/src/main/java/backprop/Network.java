package backprop;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A fully connected feed-forward network: layer 0 is the input x, layers 1..L compute
 * z<sub>l,k</sub> = Σ<sub>j</sub> a<sub>l−1,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub>, hidden layers apply
 * a<sub>l</sub> = σ(z<sub>l</sub>) and the output layer ŷ = softmax(z<sub>L</sub>); the loss is the mean
 * cross-entropy plus (λ/2) Σ w² over all weights. Its parameters θ are one {@link Parameters} vector.
 *
 * <p>{@link #forward}, {@link #backward} and {@link #gradients} run the readable wing ({@link Backprop}), sample by
 * sample, keeping every z, a and δ for inspection. {@link #loss}, {@link #predict(Dataset)} and
 * {@link #accuracy} on a data set stream it through the fast kernel chunk by chunk, so they need little memory for
 * millions of samples. Logits that overflow are an IllegalArgumentException on every path, never a silent answer.
 *
 * <p><b>Not thread-safe.</b> A network is used by one thread at a time: a call (or a {@link Trainer#fit}) while
 * another thread is inside one fails fast with an IllegalStateException. Give each thread its own {@link #copy()}.
 */
public final class Network {

    private final Activation activation;
    private final Parameters theta;
    private final InUse inUse = new InUse("Network");

    private Network(Parameters theta, Activation activation) {
        this.theta = theta;
        this.activation = activation;
    }

    /**
     * Creates a network with seeded random weights and zero biases.
     *
     * @param hidden the activation σ of every hidden layer
     * @param init   the weight initialisation
     * @param seed   the seed: equal seeds give equal networks
     * @param sizes  [inputs, hidden..., classes], at least two entries, each ≥ 1, with fewer than 2³¹ − 8
     *               parameters in all that fit the heap; {2, 2} is softmax regression
     */
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

    /** @return L, the number of weight layers (hidden layers + 1) */
    public int layers() {
        return theta.layers();
    }

    /** @return the activation of the hidden layers */
    public Activation activation() {
        return activation;
    }

    /** @return the number of weights and biases */
    public int parameterCount() {
        return theta.count();
    }

    /** @return a copy of all weights and biases θ, with per-layer views */
    public Parameters parameters() {
        return using("parameters", theta::copy);
    }

    /** Sets all weights and biases from θ of the same sizes (all finite). */
    public void setParameters(Parameters parameters) {
        theta.requireSameShape("parameters", parameters);
        Require.finiteVector("parameters", parameters.array());
        using("setParameters", () -> theta.copyFrom(parameters));
    }

    /** @return a copy of the weights of layer l as [j][k] = w<sub>j→k</sub> */
    public double[][] weights(int l) {
        return using("weights", () -> theta.weights(l));
    }

    /** @return a copy of the biases of layer l */
    public double[] biases(int l) {
        return using("biases", () -> theta.biases(l));
    }

    /** @return w<sub>j→k</sub> of layer l */
    public double weight(int l, int j, int k) {
        return using("weight", () -> theta.weight(l, j, k));
    }

    /** Sets the weights of layer l from [j][k] = w<sub>j→k</sub> (sizes[l−1] rows of sizes[l] finite values). */
    public void setWeights(int l, double[][] weights) {
        using("setWeights", () -> theta.setWeights(l, weights));
    }

    /** Sets the biases of layer l (sizes[l] finite values). */
    public void setBiases(int l, double[] biases) {
        using("setBiases", () -> theta.setBiases(l, biases));
    }

    /** @return an independent copy with the same sizes, activation and parameters */
    public Network copy() {
        return using("copy", () -> new Network(theta.copy(), activation));
    }

    /** Runs the forward pass on N samples (rows of x, finite, as many columns as inputs), keeping every z and a. */
    public ForwardPass forward(double[][] x) {
        Require.finiteMatrix("x", x, theta.size(0));
        return using("forward", () -> ForwardPass.of(theta.copy(), activation, x));
    }

    /** Runs the forward pass on the samples of a data set. */
    public ForwardPass forward(Dataset d) {
        return forward(requireCompatible("d", d).x());
    }

    /** @return true if this network's parameters differ from those the pass f was computed with */
    public boolean isStale(ForwardPass f) {
        Require.notNull("f", f);
        return using("isStale", () -> !Arrays.equals(f.theta().array(), theta.array()));
    }

    /**
     * Runs the backward pass of a forward pass of this network, with the parameters that pass was computed with:
     * if the weights were changed since, the gradients are still those at the pass's own weights (see
     * {@link #isStale(ForwardPass)}).
     *
     * @param f      a forward pass of a network of this one's sizes and activation
     * @param labels the N labels of the samples of f
     * @param l2     the L2 strength λ ≥ 0
     */
    public Gradients backward(ForwardPass f, int[] labels, double l2) {
        Require.notNull("f", f);
        if (!Arrays.equals(f.theta().sizes(), theta.sizes()) || f.activation() != activation) {
            throw new IllegalArgumentException("f must be a forward pass of a network like " + this + ", was one of "
                    + f.theta() + " " + f.activation());
        }
        Require.labels("labels", labels, f.size(), theta.size(layers()));
        return Gradients.of(f, labels, Require.nonNegativeFinite("l2", l2));
    }

    /** Forward and backward pass over a whole data set. */
    public Gradients gradients(Dataset d, double l2) {
        return backward(forward(d), d.labels(), l2);
    }

    /**
     * @return L = −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub> + (λ/2) Σ w², from the logits, streamed chunk by chunk
     *         through the fast kernel
     * @throws IllegalArgumentException if the logits or the penalty overflow (the weights are too large)
     */
    public double loss(Dataset d, double l2) {
        requireCompatible("d", d);
        Require.nonNegativeFinite("l2", l2);
        return using("loss", () -> finiteLoss(d) + theta.l2Penalty(l2));
    }

    /** The same loss through the readable forward pass, sample by sample (for the gradient check). */
    double readableLoss(Dataset d, double l2) {
        ForwardPass f = ForwardPass.of(theta, activation, d.x());
        double sum = 0.0;
        for (int n = 0; n < d.size(); n++) {
            sum += CrossEntropy.ofLogits(f.zRow(layers(), n), d.labelArray()[n]);
        }
        return sum / d.size() + theta.l2Penalty(l2);
    }

    /** @return ŷ for every row of x (the readable forward pass) */
    public double[][] predictProbabilities(double[][] x) {
        return forward(x).yHat();
    }

    /** @return the predicted class, argmax<sub>o</sub> ŷ<sub>o</sub> ({@link Softmax#argmax}), of every row of x */
    public int[] predict(double[][] x) {
        ForwardPass f = forward(x);
        int[] classes = new int[f.size()];
        for (int n = 0; n < classes.length; n++) {
            classes[n] = Softmax.argmaxOf(f.aRow(layers(), n));
        }
        return classes;
    }

    /** @return the predicted class of every sample of d, streamed chunk by chunk through the fast kernel */
    public int[] predict(Dataset d) {
        requireCompatible("d", d);
        return using("predict", () -> Streaming.predict(theta, activation, d));
    }

    /** @return the share of samples of d whose predicted class equals the label, streamed like {@link #loss} */
    public double accuracy(Dataset d) {
        requireCompatible("d", d);
        return using("accuracy", () -> Streaming.accuracy(theta, activation, d));
    }

    private double finiteLoss(Dataset d) {
        double loss = Streaming.loss(theta, activation, d);
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("d must give finite logits, had inputs for which the network's"
                    + " weights are so large that the logits overflow (mean cross-entropy " + loss + ")");
        }
        return loss;
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(theta.sizes()) + " " + activation + ", " + theta.count() + " parameters";
    }

    /** The live parameter vector, for the training loop (inside {@link #use}) and the forward pass. */
    Parameters theta() {
        return theta;
    }

    /** Checks that d has the network's input width and class count. */
    Dataset requireCompatible(String name, Dataset d) {
        Require.notNull(name, d);
        if (d.inputs() != theta.size(0)) {
            throw new IllegalArgumentException(name + ".inputs() must equal the network's " + theta.size(0)
                    + " inputs, was " + d.inputs());
        }
        if (d.classes() != theta.size(layers())) {
            throw new IllegalArgumentException(name + ".classes() must equal the network's " + theta.size(layers())
                    + " outputs, was " + d.classes());
        }
        return d;
    }

    /**
     * Claims the network for the calling thread until the claim is closed (claims nest on one thread): {@link
     * Trainer#fit} holds it for the whole fit.
     *
     * @throws IllegalStateException naming both threads if another thread holds the network
     */
    InUse.Claim use(String operation) {
        return inUse.claim(operation);
    }

    private <T> T using(String operation, Supplier<T> body) {
        return inUse.run(operation, body);
    }

    private void using(String operation, Runnable body) {
        inUse.run(operation, () -> {
            body.run();
            return null;
        });
    }
}
