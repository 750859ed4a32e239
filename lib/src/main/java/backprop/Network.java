package backprop;

import java.util.Arrays;
import java.util.Random;

/**
 * A fully connected feed-forward network: layer 0 is the input x, layers 1..L compute
 * z<sub>l,k</sub> = Σ<sub>j</sub> a<sub>l−1,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub>, hidden layers apply
 * a<sub>l</sub> = σ(z<sub>l</sub>) and the output layer ŷ = softmax(z<sub>L</sub>); the loss is the mean
 * cross-entropy plus (λ/2) Σ w² over all weights.
 *
 * <p>Weight layer l (1..L) is stored flat and row-major: w<sub>j→k</sub> = W<sub>l</sub>[j · out + k] with
 * j over the out-going layer l−1 and k over layer l.
 */
public final class Network {

    private final int[] sizes;
    private final Activation activation;
    private final double[][] w;
    private final double[][] b;

    private Network(int[] sizes, Activation activation) {
        this.sizes = sizes;
        this.activation = activation;
        this.w = new double[sizes.length][];
        this.b = new double[sizes.length][];
        for (int l = 1; l < sizes.length; l++) {
            w[l] = new double[sizes[l - 1] * sizes[l]];
            b[l] = new double[sizes[l]];
        }
    }

    /**
     * Creates a network with seeded random weights and zero biases.
     *
     * @param hidden the activation σ of every hidden layer
     * @param init   the weight initialisation
     * @param seed   the seed: equal seeds give equal networks
     * @param sizes  [inputs, hidden..., classes], at least two entries, each ≥ 1; {2, 2} is softmax regression
     */
    public static Network create(Activation hidden, Init init, long seed, int... sizes) {
        Require.notNull("hidden", hidden);
        Require.notNull("init", init);
        Require.notNull("sizes", sizes);
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + Arrays.toString(sizes));
        }
        for (int l = 0; l < sizes.length; l++) {
            Require.atLeast("sizes[" + l + "]", sizes[l], 1);
        }
        Network net = new Network(sizes.clone(), hidden);
        Random random = new Random(seed);
        for (int l = 1; l < sizes.length; l++) {
            init.fill(net.w[l], sizes[l - 1], sizes[l], random);
        }
        return net;
    }

    /** @return a copy of [inputs, hidden..., classes] */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return L, the number of weight layers (hidden layers + 1) */
    public int layers() {
        return sizes.length - 1;
    }

    /** @return the activation of the hidden layers */
    public Activation activation() {
        return activation;
    }

    /** @return the number of weights and biases */
    public int parameterCount() {
        int count = 0;
        for (int l = 1; l < sizes.length; l++) {
            count += w[l].length + b[l].length;
        }
        return count;
    }

    /** @return a copy of the weights of layer l as [j][k] = w<sub>j→k</sub> */
    public double[][] weights(int l) {
        requireLayer(l);
        int out = sizes[l];
        double[][] m = new double[sizes[l - 1]][];
        for (int j = 0; j < m.length; j++) {
            m[j] = Arrays.copyOfRange(w[l], j * out, (j + 1) * out);
        }
        return m;
    }

    /** @return a copy of the biases of layer l */
    public double[] biases(int l) {
        requireLayer(l);
        return b[l].clone();
    }

    /** @return w<sub>j→k</sub> of layer l */
    public double weight(int l, int j, int k) {
        requireLayer(l);
        requireIndex("j", j, sizes[l - 1]);
        requireIndex("k", k, sizes[l]);
        return w[l][j * sizes[l] + k];
    }

    /** Sets the weights of layer l from [j][k] = w<sub>j→k</sub> (sizes[l−1] rows of sizes[l] finite values). */
    public void setWeights(int l, double[][] weights) {
        requireLayer(l);
        Require.finiteMatrix("weights", weights, sizes[l]);
        if (weights.length != sizes[l - 1]) {
            throw new IllegalArgumentException("weights must have " + sizes[l - 1] + " rows for layer " + l
                    + ", had " + weights.length);
        }
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(weights[j], 0, w[l], j * sizes[l], sizes[l]);
        }
    }

    /** Sets the biases of layer l (sizes[l] finite values). */
    public void setBiases(int l, double[] biases) {
        requireLayer(l);
        Require.finiteVector("biases", biases);
        if (biases.length != sizes[l]) {
            throw new IllegalArgumentException("biases must have " + sizes[l] + " entries for layer " + l
                    + ", had " + biases.length);
        }
        System.arraycopy(biases, 0, b[l], 0, sizes[l]);
    }

    /** @return an independent copy with the same sizes, activation and parameters */
    public Network copy() {
        Network c = new Network(sizes, activation);
        for (int l = 1; l < sizes.length; l++) {
            System.arraycopy(w[l], 0, c.w[l], 0, w[l].length);
            System.arraycopy(b[l], 0, c.b[l], 0, b[l].length);
        }
        return c;
    }

    /** Runs the forward pass on N samples (rows of x), keeping every z and a. */
    public ForwardPass forward(double[][] x) {
        return ForwardPass.compute(this, x);
    }

    /** Runs the forward pass on the samples of a data set. */
    public ForwardPass forward(Dataset d) {
        return forward(requireCompatible("d", d).x());
    }

    /**
     * Runs the backward pass after a forward pass of this network.
     *
     * @param f      a forward pass of this network
     * @param labels the N labels of the samples of f
     * @param l2     the L2 strength λ ≥ 0
     */
    public Gradients backward(ForwardPass f, int[] labels, double l2) {
        return Gradients.compute(this, f, labels, l2);
    }

    /** Forward and backward pass over a whole data set. */
    public Gradients gradients(Dataset d, double l2) {
        return backward(forward(d), d.labels(), l2);
    }

    /** @return L = −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub> + (λ/2) Σ w², computed from the logits */
    public double loss(Dataset d, double l2) {
        Require.nonNegativeFinite("l2", l2);
        ForwardPass f = forward(d);
        int[] labels = d.labelArray();
        int top = layers();
        double sum = 0.0;
        for (int n = 0; n < labels.length; n++) {
            sum += CrossEntropy.lossFromLogits(f.zRow(top, n), labels[n]);
        }
        return sum / labels.length + l2Penalty(l2);
    }

    /** @return ŷ for every row of x */
    public double[][] predictProbabilities(double[][] x) {
        return forward(x).yHat();
    }

    /** @return the predicted class, argmax<sub>o</sub> ŷ<sub>o</sub>, of every row of x */
    public int[] predict(double[][] x) {
        double[][] p = predictProbabilities(x);
        int[] classes = new int[p.length];
        for (int n = 0; n < p.length; n++) {
            int best = 0;
            for (int o = 1; o < p[n].length; o++) {
                if (p[n][o] > p[n][best]) {
                    best = o;
                }
            }
            classes[n] = best;
        }
        return classes;
    }

    /** @return the predicted class of every sample of d */
    public int[] predict(Dataset d) {
        return predict(requireCompatible("d", d).x());
    }

    /** @return the share of samples of d whose predicted class equals the label */
    public double accuracy(Dataset d) {
        int[] predicted = predict(d);
        int[] labels = d.labelArray();
        int correct = 0;
        for (int n = 0; n < labels.length; n++) {
            correct += predicted[n] == labels[n] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(sizes) + " " + activation + ", " + parameterCount() + " parameters";
    }

    /** (λ/2) Σ<sub>l</sub> Σ w², the L2 penalty on the weights (not the biases). */
    double l2Penalty(double l2) {
        double sq = 0.0;
        for (int l = 1; l < sizes.length; l++) {
            for (double v : w[l]) {
                sq += v * v;
            }
        }
        return 0.5 * l2 * sq;
    }

    /** The live weight array of layer l, for the training loop. */
    double[] w(int l) {
        return w[l];
    }

    /** The live bias array of layer l, for the training loop. */
    double[] b(int l) {
        return b[l];
    }

    int size(int l) {
        return sizes[l];
    }

    /** Checks that d has the network's input width and class count. */
    Dataset requireCompatible(String name, Dataset d) {
        Require.notNull(name, d);
        if (d.inputs() != sizes[0]) {
            throw new IllegalArgumentException(name + ".inputs() must equal the network's " + sizes[0]
                    + " inputs, was " + d.inputs());
        }
        if (d.classes() != sizes[layers()]) {
            throw new IllegalArgumentException(name + ".classes() must equal the network's " + sizes[layers()]
                    + " outputs, was " + d.classes());
        }
        return d;
    }

    private void requireLayer(int l) {
        if (l < 1 || l > layers()) {
            throw new IllegalArgumentException("l must be in [1, " + layers() + "], was " + l);
        }
    }

    private static void requireIndex(String name, int i, int size) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), was " + i);
        }
    }
}
