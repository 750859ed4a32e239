package backprop.notebook;

import backprop.Dataset;
import backprop.GradientCheck;
import backprop.Gradients;
import backprop.Network;
import backprop.Parameters;

/**
 * The gradient of the loss by central differences, the slow obvious way that backpropagation replaces, with a count
 * of the loss evaluations (forward passes over the data) it really executes: for each parameter θ<sub>i</sub> of
 * the vector {@link Parameters} (W₁ row by row, b₁, W₂, b₂, …), ∂L/∂θ<sub>i</sub> ≈ (L(θ + ε e<sub>i</sub>) −
 * L(θ − ε e<sub>i</sub>)) / (2ε), two forward passes per parameter.
 *
 * <p>The quotient is core's one finite difference, {@link GradientCheck#centralDifference}; this class adds the
 * notebook's view: a network and a data set in, the count of loss evaluations out.
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
        return GradientCheck.centralDifference(theta, moved -> lossAt(probe, moved, d, l2), epsilon).toArray();
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

    private double lossAt(Network probe, Parameters theta, Dataset d, double l2) {
        probe.setParameters(theta);
        lossEvaluations++;
        return probe.loss(d, l2);
    }
}
