package backprop.notebook;

import backprop.Dataset;
import backprop.Gradients;
import backprop.Network;

/**
 * The gradient of the loss by central differences, the slow obvious way that backpropagation replaces, with a count
 * of the loss evaluations (forward passes over the data) it really executes.
 *
 * <p>For each parameter θ (every weight, then every bias, layer by layer):
 * ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / (2ε), two forward passes per parameter.
 */
public final class FiniteDifferences {

    private long lossEvaluations;

    /**
     * ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / (2ε) for every parameter, flattened as W₁, b₁, W₂, b₂, … (row by row), the
     * order of {@link #flatten(Gradients)}. The network is left unchanged.
     *
     * @param epsilon the step ε, &gt; 0 and finite
     */
    public double[] gradient(Network net, Dataset d, double l2, double epsilon) {
        if (net == null || d == null) {
            throw new IllegalArgumentException((net == null ? "net" : "d") + " must not be null");
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0 and finite, was " + epsilon);
        }
        Network p = net.copy();
        double[] grad = new double[net.parameterCount()];
        int at = 0;
        for (int l = 1; l <= p.layers(); l++) {
            double[][] w = p.weights(l);
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    double keep = w[j][k];
                    w[j][k] = keep + epsilon;
                    p.setWeights(l, w);
                    double up = loss(p, d, l2);
                    w[j][k] = keep - epsilon;
                    p.setWeights(l, w);
                    double down = loss(p, d, l2);
                    w[j][k] = keep;
                    p.setWeights(l, w);
                    grad[at++] = (up - down) / (2 * epsilon);
                }
            }
            double[] b = p.biases(l);
            for (int k = 0; k < b.length; k++) {
                double keep = b[k];
                b[k] = keep + epsilon;
                p.setBiases(l, b);
                double up = loss(p, d, l2);
                b[k] = keep - epsilon;
                p.setBiases(l, b);
                double down = loss(p, d, l2);
                b[k] = keep;
                p.setBiases(l, b);
                grad[at++] = (up - down) / (2 * epsilon);
            }
        }
        return grad;
    }

    /** How many times {@link #gradient} has evaluated the loss (one forward pass over the data each) so far. */
    public long lossEvaluations() {
        return lossEvaluations;
    }

    /** The backpropagated gradients flattened as W₁, b₁, W₂, b₂, … (row by row), to compare with {@link #gradient}. */
    public static double[] flatten(Gradients g) {
        if (g == null) {
            throw new IllegalArgumentException("g must not be null");
        }
        int size = 0;
        for (int l = 1; l <= g.layers(); l++) {
            double[][] dW = g.dW(l);
            size += dW.length * dW[0].length + g.db(l).length;
        }
        double[] flat = new double[size];
        int at = 0;
        for (int l = 1; l <= g.layers(); l++) {
            for (double[] row : g.dW(l)) {
                for (double v : row) {
                    flat[at++] = v;
                }
            }
            for (double v : g.db(l)) {
                flat[at++] = v;
            }
        }
        return flat;
    }

    private double loss(Network p, Dataset d, double l2) {
        lossEvaluations++;
        return p.loss(d, l2);
    }
}
