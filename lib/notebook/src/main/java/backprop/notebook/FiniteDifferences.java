package backprop.notebook;

import backprop.Dataset;
import backprop.Gradients;
import backprop.Network;
import backprop.Parameters;

/**
 * The gradient of the loss by central differences, the slow obvious way that backpropagation replaces, with a count
 * of the loss evaluations (forward passes over the data) it really executes: for each parameter θ<sub>i</sub> of
 * the vector {@link Parameters} (W₁ row by row, b₁, W₂, b₂, …), ∂L/∂θ<sub>i</sub> ≈ (L(θ + ε e<sub>i</sub>) −
 * L(θ − ε e<sub>i</sub>)) / (2ε), two forward passes per parameter.
 *
 * <p>{@link backprop.GradientCheck} checks backpropagation with a fourth-order difference (four passes per
 * parameter); this class shows the plain two-pass quotient whose cost the notebooks count.
 */
public final class FiniteDifferences {

    /** Below this the rounding of L (about 10⁻¹⁶ L) divided by ε exceeds 10⁻⁴ L: the quotient would be noise. */
    public static final double MIN_EPSILON = 1e-12;

    private long lossEvaluations;

    /**
     * ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / (2ε) for every parameter, in the order of {@link #flatten(Gradients)}. The
     * network is left unchanged.
     *
     * @param l2      the L2 strength λ ≥ 0 included in the loss
     * @param epsilon the step ε in [{@value #MIN_EPSILON}, 1], large enough to move every parameter (θ ± ε ≠ θ) and
     *                small enough that the loss stays finite at θ ± ε
     * @throws IllegalArgumentException naming the parameter otherwise
     */
    public double[] gradient(Network net, Dataset d, double l2, double epsilon) {
        if (net == null || d == null) {
            throw new IllegalArgumentException((net == null ? "net" : "d") + " must not be null, was null");
        }
        if (!(epsilon >= MIN_EPSILON && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [" + MIN_EPSILON + ", 1], was " + epsilon);
        }
        Network probe = net.copy();
        Parameters theta = probe.parameters();
        for (int i = 0; i < theta.count(); i++) {
            double t = theta.get(i);
            if (t + epsilon == t || t - epsilon == t) {
                throw new IllegalArgumentException("epsilon must move every parameter, was " + epsilon + " for θ[" + i
                        + "] = " + t);
            }
        }
        double[] grad = new double[theta.count()];
        for (int i = 0; i < grad.length; i++) {
            double keep = theta.get(i);
            double up = lossAt(probe, theta, i, keep + epsilon, d, l2);
            double down = lossAt(probe, theta, i, keep - epsilon, d, l2);
            theta.set(i, keep);
            grad[i] = (up - down) / (2 * epsilon);
        }
        return grad;
    }

    /** How many times {@link #gradient} has evaluated the loss (one forward pass over the data each) so far. */
    public long lossEvaluations() {
        return lossEvaluations;
    }

    /** The backpropagated gradient as one vector in the order of {@link Parameters}, to compare with {@link #gradient}. */
    public static double[] flatten(Gradients g) {
        if (g == null) {
            throw new IllegalArgumentException("g must not be null, was null");
        }
        return g.gradient().toArray();
    }

    private double lossAt(Network probe, Parameters theta, int i, double value, Dataset d, double l2) {
        theta.set(i, value);
        probe.setParameters(theta);
        lossEvaluations++;
        try {
            return probe.loss(d, l2);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("d must give finite logits")) {
                throw new IllegalArgumentException("epsilon must keep the loss finite, did not at θ[" + i
                        + "] = " + value + " " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
