package backprop.autodiff;

import backprop.Activation;
import backprop.Network;

/**
 * The loss of a tanh {@link Network} on one sample built from {@link Value}s, every weight, bias and input a leaf:
 * z<sub>l,k</sub> = Σ<sub>j</sub> a<sub>l−1,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub>, a = tanh z in the hidden layers,
 * L = ln Σ<sub>o</sub> e<sup>z<sub>o</sub> − m</sup> − (z<sub>y</sub> − m) with the constant m = max z<sub>o</sub>
 * (= −ln ŷ<sub>y</sub>, finite for any logits). After {@link #backward()}, {@link #dW} is ∂L/∂w.
 */
public final class NetworkGraph {

    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final Value[][][] w;
    private final Value loss;

    /** For one sample x (finite, as many features as net has inputs) of class label; net's hidden layers use tanh. */
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
            a[j] = Value.of(x[j], "x" + digits(j, SUB));
        }
        w = new Value[top + 1][][];
        for (int l = 1; l <= top; l++) {
            double[][] weights = net.weights(l);
            double[] biases = net.biases(l);
            w[l] = new Value[sizes[l - 1]][sizes[l]];
            Value[] z = new Value[sizes[l]];
            for (int k = 0; k < sizes[l]; k++) {
                z[k] = Value.of(biases[k], "b" + digits(l, SUP) + digits(k, SUB));
                for (int j = 0; j < sizes[l - 1]; j++) {
                    w[l][j][k] = Value.of(weights[j][k], "w" + digits(l, SUP) + digits(j, SUB) + "→" + digits(k, SUB));
                    z[k] = z[k].plus(a[j].times(w[l][j][k]));
                }
            }
            if (l < top) {
                for (int k = 0; k < z.length; k++) {
                    z[k] = z[k].tanh();
                }
            }
            a = z;
        }
        loss = crossEntropy(a, label);
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

    /** Computes ∂L/∂(node) for every node of the graph. */
    public void backward() {
        loss.backward();
    }

    /** @return the grads of the weights of layer l (1..L) as [j][k] = ∂L/∂w<sub>j→k</sub> */
    public double[][] dW(int l) {
        if (l < 1 || l >= w.length) {
            throw new IllegalArgumentException("l must be in [1, " + (w.length - 1) + "], was " + l);
        }
        double[][] d = new double[w[l].length][w[l][0].length];
        for (int j = 0; j < d.length; j++) {
            for (int k = 0; k < d[j].length; k++) {
                d[j][k] = w[l][j][k].grad();
            }
        }
        return d;
    }

    /** i written with the given ten digit glyphs (subscripts or superscripts). */
    private static String digits(int i, String glyphs) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            s.append(glyphs.charAt(c - '0'));
        }
        return s.toString();
    }
}
