package backprop;

/**
 * The equations of the forward and the backward pass, one per method, for one sample: the readable wing that
 * {@link ForwardPass}, {@link Gradients} and the notebooks use. Notation: a<sub>j</sub> the activation of unit j
 * of the layer below, z<sub>k</sub> and δ<sub>k</sub> = ∂L/∂z<sub>k</sub> of unit k of the layer above,
 * w<sub>j→k</sub> the weight between them (as {@code w[j][k]}), ŷ = softmax(z<sub>L</sub>), y the one-hot target.
 */
public final class Backprop {

    private Backprop() {
    }

    /**
     * The pre-activation z<sub>k</sub> = Σ<sub>j</sub> a<sub>j</sub> w<sub>j→k</sub> + b<sub>k</sub>, i.e.
     * z = a W + b.
     *
     * @param a the activations of the layer below (finite)
     * @param w the weights, a.length rows of b.length columns
     * @param b the biases of the layer above
     * @throws IllegalArgumentException if a sum overflows (the weights are too large for this input)
     */
    public static double[] preActivation(double[] a, double[][] w, double[] b) {
        Require.finiteVector("a", a);
        Require.finiteVector("b", b);
        Require.finiteMatrix("w", w, b.length);
        requireLength("w", w.length, "a", a.length);
        double[] z = new double[b.length];
        for (int k = 0; k < z.length; k++) {
            double sum = b[k];
            for (int j = 0; j < a.length; j++) {
                sum += a[j] * w[j][k];
            }
            if (!Double.isFinite(sum)) {
                throw new IllegalArgumentException("w must be small enough for a to give a finite z, was so large"
                        + " that z[" + k + "] = Σ_j a_j w_j→" + k + " + b_" + k + " overflows to " + sum);
            }
            z[k] = sum;
        }
        return z;
    }

    /** The activation a<sub>k</sub> = σ(z<sub>k</sub>) of a hidden layer. */
    public static double[] activation(Activation sigma, double[] z) {
        Require.notNull("sigma", sigma);
        Require.finiteVector("z", z);
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = sigma.apply(z[k]);
        }
        return a;
    }

    /** The slopes σ′(z<sub>k</sub>) that the backward pass multiplies into the errors. */
    public static double[] activationSlope(Activation sigma, double[] z) {
        Require.notNull("sigma", sigma);
        Require.finiteVector("z", z);
        double[] slope = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            slope[k] = sigma.derivative(z[k]);
        }
        return slope;
    }

    /**
     * The output error δ<sub>o</sub> = ∂L/∂z<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub> of softmax with
     * cross-entropy, for the one-hot target y of {@code label}.
     *
     * @param yHat the predicted probabilities ŷ = softmax(z<sub>L</sub>)
     * @param label the true class, in [0, yHat.length)
     */
    public static double[] outputDelta(double[] yHat, int label) {
        return CrossEntropy.gradient(yHat, CrossEntropy.oneHot(label, Require.finiteVector("yHat", yHat).length));
    }

    /**
     * The hidden error δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>: the errors of
     * the layer above, sent back along the weights and scaled by the slope of unit j.
     *
     * @param sigma      the activation of unit j's layer
     * @param z          the pre-activations z<sub>j</sub> of that layer
     * @param deltaAbove the errors δ<sub>k</sub> of the layer above
     * @param w          the weights between them, z.length rows of deltaAbove.length columns
     */
    public static double[] hiddenDelta(Activation sigma, double[] z, double[] deltaAbove, double[][] w) {
        double[] slope = activationSlope(sigma, z);
        Require.finiteVector("deltaAbove", deltaAbove);
        Require.finiteMatrix("w", w, deltaAbove.length);
        requireLength("w", w.length, "z", z.length);
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            double sum = 0.0;
            for (int k = 0; k < deltaAbove.length; k++) {
                sum += deltaAbove[k] * w[j][k];
            }
            delta[j] = slope[j] * sum;
        }
        return delta;
    }

    /** The weight gradient of one sample, ∂ℓ/∂w<sub>j→k</sub> = a<sub>j</sub> δ<sub>k</sub>, as [j][k]. */
    public static double[][] weightGradient(double[] a, double[] delta) {
        Require.finiteVector("a", a);
        Require.finiteVector("delta", delta);
        double[][] g = new double[a.length][delta.length];
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < delta.length; k++) {
                g[j][k] = a[j] * delta[k];
            }
        }
        return g;
    }

    /** The bias gradient of one sample, ∂ℓ/∂b<sub>k</sub> = δ<sub>k</sub> (a copy). */
    public static double[] biasGradient(double[] delta) {
        return Require.finiteVector("delta", delta).clone();
    }

    /**
     * One step of gradient descent, θ ← θ − η ∂L/∂θ, on every weight and bias.
     *
     * @param theta    the parameters, changed in place
     * @param gradient ∂L/∂θ, of the same sizes
     * @param eta      the learning rate η &gt; 0
     * @throws IllegalArgumentException if a parameter would stop being finite (θ is then left unchanged)
     */
    public static void step(Parameters theta, Parameters gradient, double eta) {
        Require.notNull("theta", theta);
        theta.requireSameShape("gradient", gradient);
        Require.positiveFinite("eta", eta);
        double[] t = theta.array();
        double[] g = gradient.array();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i] - eta * g[i])) {
                throw new IllegalArgumentException("eta must keep θ finite, was " + eta + ", which moves "
                        + theta.tensorOf(i) + " (θ[" + i + "] = " + t[i] + ", gradient " + g[i] + ") to "
                        + (t[i] - eta * g[i]));
            }
        }
        for (int i = 0; i < t.length; i++) {
            t[i] -= eta * g[i];
        }
    }

    private static void requireLength(String name, int length, String other, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " must have " + expected + " rows, one per entry of " + other
                    + ", had " + length);
        }
    }
}
