package backprop;

/** One sample's forward and backward equations, w<sub>j→k</sub> = {@code w[j][k]}; an overflow throws, naming it. */
public final class Backprop {

    private Backprop() {
    }

    /** z<sub>k</sub> = Σ<sub>j</sub> a<sub>j</sub> w<sub>j→k</sub> + b<sub>k</sub>. */
    static double[] z(double[] a, double[][] w, double[] b) {
        double[] z = new double[b.length];
        for (int k = 0; k < z.length; k++) {
            double sum = b[k];
            for (int j = 0; j < a.length; j++) {
                sum += a[j] * w[j][k];
            }
            if (!Double.isFinite(sum)) {
                throw Require.overflow("w", "be small enough for the input", "z[" + k + "] = Σ_j a_j w_j→k + b_k", sum);
            }
            z[k] = sum;
        }
        return z;
    }

    /** a<sub>k</sub> = σ(z<sub>k</sub>). */
    static double[] a(Activation sigma, double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = sigma.value(z[k]);
        }
        return a;
    }

    /** σ′(z<sub>k</sub>). */
    static double[] slope(Activation sigma, double[] z) {
        double[] slope = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            slope[k] = sigma.derivativeFromOutput(sigma.value(z[k]));
        }
        return slope;
    }

    /** δ<sub>o</sub> = ∂L/∂z<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub>. */
    static double[] outputError(double[] yHat, int label) {
        double[] delta = yHat.clone();
        delta[label] -= 1.0;
        return delta;
    }

    /** δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>; exactly 0 where σ′ = 0. */
    static double[] hiddenDelta(double[] slope, double[] deltaAbove, double[][] w) {
        double[] delta = new double[slope.length];
        for (int j = 0; j < delta.length; j++) {
            double sum = 0.0;
            for (int k = 0; k < deltaAbove.length; k++) {
                sum += deltaAbove[k] * w[j][k];
            }
            delta[j] = slope[j] * sum;
            if (!Double.isFinite(delta[j])) {
                if (slope[j] != 0.0) {
                    throw Require.overflow("w", "be small enough for δ above", "δ[" + j + "] = σ′(z_j) Σ_k δ_k w_j→k",
                            delta[j]);
                }
                delta[j] = 0.0;
            }
        }
        return delta;
    }

    /** ∂ℓ/∂w<sub>j→k</sub> = a<sub>j</sub> δ<sub>k</sub>, as [j][k]. */
    static double[][] dW(double[] a, double[] delta) {
        double[][] g = new double[a.length][delta.length];
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < delta.length; k++) {
                g[j][k] = a[j] * delta[k];
                if (!Double.isFinite(g[j][k])) {
                    throw Require.overflow("delta", "be small for a", "∂ℓ/∂w[" + j + "][" + k + "] = a_j δ_k", g[j][k]);
                }
            }
        }
        return g;
    }

    /** θ ← θ − η ∂L/∂θ for finite θ, ∂L/∂θ of its sizes and η &gt; 0; a θ that would overflow is left unchanged. */
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
