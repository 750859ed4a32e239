package backprop;

/**
 * The equations of the forward and the backward pass, one per method, for one sample: the readable wing that
 * {@link ForwardPass}, {@link Gradients} and the notebooks use. Notation: a<sub>j</sub> the activation of unit j
 * of the layer below, z<sub>k</sub> and δ<sub>k</sub> = ∂L/∂z<sub>k</sub> of unit k of the layer above,
 * w<sub>j→k</sub> the weight between them (as {@code w[j][k]}), ŷ = softmax(z<sub>L</sub>), y the one-hot target.
 *
 * <p>Each public method checks its arguments (finite, matching sizes; an IllegalArgumentException names the
 * parameter) and then runs the equation, a package-private method that {@link ForwardPass} and {@link Gradients}
 * call directly on input they have checked once. A result that cannot be represented (an overflow) is an
 * IllegalArgumentException naming the cause, never ±∞ or NaN; the one exception to "overflow throws" is a zero slope
 * σ′(z<sub>j</sub>) = 0, whose δ<sub>j</sub> is exactly 0 whatever the sum it multiplies.
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
        Require.finiteMatrix("w", w, Require.finiteVector("a", a).length, Require.finiteVector("b", b).length);
        return z(a, w, b);
    }

    static double[] z(double[] a, double[][] w, double[] b) {
        double[] z = new double[b.length];
        for (int k = 0; k < z.length; k++) {
            double sum = b[k];
            for (int j = 0; j < a.length; j++) {
                sum += a[j] * w[j][k];
            }
            if (!Double.isFinite(sum)) {
                throw Require.overflow("w", "be small enough for the input a", "z[" + k + "] = Σ_j a_j w_j→k + b_k", sum);
            }
            z[k] = sum;
        }
        return z;
    }

    /** The activation a<sub>k</sub> = σ(z<sub>k</sub>) of a hidden layer. */
    public static double[] activation(Activation sigma, double[] z) {
        return a(Require.notNull("sigma", sigma), Require.finiteVector("z", z));
    }

    static double[] a(Activation sigma, double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = sigma.value(z[k]);
        }
        return a;
    }

    /** The slopes σ′(z<sub>k</sub>) that the backward pass multiplies into the errors. */
    public static double[] activationSlope(Activation sigma, double[] z) {
        return slope(Require.notNull("sigma", sigma), Require.finiteVector("z", z));
    }

    static double[] slope(Activation sigma, double[] z) {
        double[] slope = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            slope[k] = sigma.derivativeFromOutput(sigma.value(z[k]));
        }
        return slope;
    }

    /**
     * The output error δ<sub>o</sub> = ∂L/∂z<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub> of softmax with
     * cross-entropy, for the one-hot target y of {@code label}.
     *
     * @param yHat the predicted probabilities ŷ = softmax(z<sub>L</sub>), each in [0, 1]
     * @param label the true class, in [0, yHat.length)
     */
    public static double[] outputDelta(double[] yHat, int label) {
        CrossEntropy.requireProbabilities("yHat", yHat);
        return outputError(yHat, Require.index("label", label, yHat.length));
    }

    static double[] outputError(double[] yHat, int label) {
        double[] delta = yHat.clone();
        delta[label] -= 1.0;
        return delta;
    }

    /**
     * The hidden error δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>: the errors of
     * the layer above, sent back along the weights and scaled by the slope of unit j. A zero slope gives δ<sub>j</sub>
     * = 0 exactly, even if the sum overflows (0 times a finite real number); a non-zero slope times an overflowing
     * sum is an IllegalArgumentException naming the overflow.
     *
     * @param sigma      the activation of unit j's layer
     * @param z          the pre-activations z<sub>j</sub> of that layer
     * @param deltaAbove the errors δ<sub>k</sub> of the layer above
     * @param w          the weights between them, z.length rows of deltaAbove.length columns
     */
    public static double[] hiddenDelta(Activation sigma, double[] z, double[] deltaAbove, double[][] w) {
        Require.finiteMatrix("w", w, Require.finiteVector("z", z).length,
                Require.finiteVector("deltaAbove", deltaAbove).length);
        return hiddenError(slope(Require.notNull("sigma", sigma), z), deltaAbove, w);
    }

    static double[] hiddenError(double[] slope, double[] deltaAbove, double[][] w) {
        double[] delta = new double[slope.length];
        for (int j = 0; j < delta.length; j++) {
            double sum = 0.0;
            for (int k = 0; k < deltaAbove.length; k++) {
                sum += deltaAbove[k] * w[j][k];
            }
            delta[j] = slope[j] * sum;
            if (!Double.isFinite(delta[j])) {
                if (slope[j] != 0.0) {
                    throw Require.overflow("w", "be small enough for deltaAbove", "δ[" + j + "] = σ′(z_j) Σ_k δ_k w_j→k",
                            delta[j]);
                }
                delta[j] = 0.0;
            }
        }
        return delta;
    }

    /** The weight gradient of one sample, ∂ℓ/∂w<sub>j→k</sub> = a<sub>j</sub> δ<sub>k</sub>, as [j][k]. */
    public static double[][] weightGradient(double[] a, double[] delta) {
        return dW(Require.finiteVector("a", a), Require.finiteVector("delta", delta));
    }

    static double[][] dW(double[] a, double[] delta) {
        double[][] g = new double[a.length][delta.length];
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < delta.length; k++) {
                g[j][k] = a[j] * delta[k];
                if (!Double.isFinite(g[j][k])) {
                    throw Require.overflow("delta", "be small enough for a", "∂ℓ/∂w[" + j + "][" + k + "] = a_j δ_k", g[j][k]);
                }
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
     * @param theta    the parameters, changed in place, all finite
     * @param gradient ∂L/∂θ, of the same sizes, all finite
     * @param eta      the learning rate η &gt; 0
     * @throws IllegalArgumentException if a parameter would stop being finite (θ is then left unchanged)
     */
    public static void step(Parameters theta, Parameters gradient, double eta) {
        Require.notNull("theta", theta).requireSameShape("gradient", gradient);
        Require.finiteVector("theta", theta.array());
        Require.finiteVector("gradient", gradient.array());
        Require.positiveFinite("eta", eta);
        double[] t = theta.array();
        double[] g = gradient.array();
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i] - eta * g[i])) {
                throw Require.overflow("eta", "keep θ finite (θ is left unchanged)", "the step of " + theta.tensorOf(i)
                        + " (θ[" + i + "] = " + t[i] + ", gradient " + g[i] + ") with η = " + eta, t[i] - eta * g[i]);
            }
        }
        for (int i = 0; i < t.length; i++) {
            t[i] -= eta * g[i];
        }
    }
}
