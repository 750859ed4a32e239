package backprop.notebook;

import backprop.Dataset;
import backprop.GradientCheck;
import backprop.Network;
import backprop.Parameters;

/**
 * The gradient of the loss by central differences, the slow obvious way that backpropagation replaces: for each
 * parameter θ<sub>i</sub> (in the order of {@link Parameters}), ∂L/∂θ<sub>i</sub> ≈ (L(θ + ε e<sub>i</sub>) −
 * L(θ − ε e<sub>i</sub>)) / (2ε), two forward passes over the data ({@link GradientCheck#centralDifference}).
 */
public final class FiniteDifferences {

    /** Below this the rounding of L (about 10⁻¹⁶ L) divided by ε exceeds 10⁻⁴ L: the quotient would be noise. */
    private static final double MIN_EPSILON = 1e-12;

    private FiniteDifferences() {}

    /** ∂L/∂θ of net's loss on d with L2 strength l2; ε in [MIN_EPSILON, 1] must move every θ<sub>i</sub>. */
    public static double[] gradient(Network net, Dataset d, double l2, double epsilon) {
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
        return GradientCheck.centralDifference(theta, moved -> {
            probe.setParameters(moved);
            return probe.loss(d, l2);
        }, epsilon).toArray();
    }
}
