package backprop.autodiff;

import backprop.Activation;
import backprop.Network;

/**
 * The loss of a tanh {@link Network} on one sample, built from {@link Value}s: every weight, bias and input a leaf,
 * z<sub>l,k</sub> = Σ<sub>j</sub> a<sub>l−1,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub>, a = tanh z in the hidden
 * layers, and at the top the cross-entropy of softmax(z<sub>L</sub>) for the label y,
 * L = ln Σ<sub>o</sub> e<sup>z<sub>o</sub> − m</sup> − (z<sub>y</sub> − m) with the constant m = max<sub>o</sub>
 * z<sub>o</sub> (the same number as −ln ŷ<sub>y</sub>, finite for any logits). After {@link #backward()}, the grad of
 * z<sub>l,k</sub> is δ<sub>l,k</sub> and the grad of a weight is ∂L/∂w<sub>j→k</sub>.
 */
public final class NetworkGraph {

    private final Value[][][] w;
    private final Value[][] b;
    private final Value[][] z;
    private final Value loss;

    /**
     * @param net   a network whose hidden layers use {@link Activation#TANH}
     * @param x     one sample, as many finite features as the network has inputs
     * @param label the sample's class, in [0, classes)
     */
    public NetworkGraph(Network net, double[] x, int label) {
        if (net == null) {
            throw new IllegalArgumentException("net must not be null, was null");
        }
        if (net.layers() > 1 && net.activation() != Activation.TANH) {
            throw new IllegalArgumentException("net must use TANH (the activation Value knows), was " + net.activation());
        }
        int[] sizes = net.sizes();
        if (x == null || x.length != sizes[0]) {
            throw new IllegalArgumentException("x must have " + sizes[0] + " features, had "
                    + (x == null ? "null" : String.valueOf(x.length)));
        }
        for (int j = 0; j < x.length; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("x[" + j + "] must be finite, was " + x[j]);
            }
        }
        int top = net.layers();
        if (label < 0 || label >= sizes[top]) {
            throw new IllegalArgumentException("label must be in [0, " + sizes[top] + "), was " + label);
        }
        Value[] a = new Value[sizes[0]];
        for (int j = 0; j < a.length; j++) {
            a[j] = Value.of(x[j], "x" + subscript(j));
        }
        w = new Value[top + 1][][];
        b = new Value[top + 1][];
        z = new Value[top + 1][];
        for (int l = 1; l <= top; l++) {
            double[][] weights = net.weights(l);
            double[] biases = net.biases(l);
            w[l] = new Value[sizes[l - 1]][sizes[l]];
            b[l] = new Value[sizes[l]];
            z[l] = new Value[sizes[l]];
            for (int k = 0; k < sizes[l]; k++) {
                b[l][k] = Value.of(biases[k], "b" + superscript(l) + subscript(k));
                Value sum = b[l][k];
                for (int j = 0; j < sizes[l - 1]; j++) {
                    w[l][j][k] = Value.of(weights[j][k], "w" + superscript(l) + subscript(j) + "→" + subscript(k));
                    sum = sum.plus(a[j].times(w[l][j][k]));
                }
                z[l][k] = sum;
            }
            if (l < top) {
                a = new Value[sizes[l]];
                for (int k = 0; k < sizes[l]; k++) {
                    a[k] = z[l][k].tanh();
                }
            }
        }
        loss = crossEntropy(z[top], label);
    }

    /** L = ln Σ<sub>o</sub> e<sup>z<sub>o</sub> − m</sup> − (z<sub>y</sub> − m), m = max<sub>o</sub> z<sub>o</sub> held constant. */
    private static Value crossEntropy(Value[] logits, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (Value zo : logits) {
            max = Math.max(max, zo.data());
        }
        Value m = Value.of(max, "max z");
        Value sum = logits[0].minus(m).exp();
        for (int o = 1; o < logits.length; o++) {
            sum = sum.plus(logits[o].minus(m).exp());
        }
        return sum.log().minus(logits[label].minus(m));
    }

    /** Computes every grad: ∂L/∂(node) for every node of the graph. */
    public void backward() {
        loss.backward();
    }

    /** @return the loss node L */
    public Value loss() {
        return loss;
    }

    /** @return the node z<sub>l,k</sub>, whose grad after {@link #backward()} is δ<sub>l,k</sub> */
    public Value z(int l, int k) {
        return z[layer(l)][index("k", k, z[l].length)];
    }

    /** @return the leaf w<sub>j→k</sub> of layer l */
    public Value w(int l, int j, int k) {
        return w[layer(l)][index("j", j, w[l].length)][index("k", k, w[l][0].length)];
    }

    /** @return the leaf b<sub>l,k</sub> */
    public Value b(int l, int k) {
        return b[layer(l)][index("k", k, b[l].length)];
    }

    /** @return the grads of z<sub>l</sub>: δ<sub>l</sub> = ∂L/∂z<sub>l</sub> */
    public double[] delta(int l) {
        double[] d = new double[z[layer(l)].length];
        for (int k = 0; k < d.length; k++) {
            d[k] = z[l][k].grad();
        }
        return d;
    }

    /** @return the grads of the weights of layer l as [j][k] = ∂L/∂w<sub>j→k</sub> */
    public double[][] dW(int l) {
        Value[][] wl = w[layer(l)];
        double[][] d = new double[wl.length][wl[0].length];
        for (int j = 0; j < wl.length; j++) {
            for (int k = 0; k < wl[0].length; k++) {
                d[j][k] = wl[j][k].grad();
            }
        }
        return d;
    }

    private int layer(int l) {
        if (l < 1 || l >= z.length) {
            throw new IllegalArgumentException("l must be in [1, " + (z.length - 1) + "], was " + l);
        }
        return l;
    }

    private static int index(String name, int i, int size) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), was " + i);
        }
        return i;
    }

    private static String subscript(int i) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }

    private static String superscript(int l) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(l).toCharArray()) {
            s.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return s.toString();
    }
}
