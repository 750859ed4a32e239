package backprop;

/**
 * The record of one backward pass: the error signals δ<sub>l</sub> = ∂L/∂z<sub>l</sub> of every layer and sample,
 * and the gradient ∂L/∂θ of the loss with respect to every weight and bias, in the shape of {@link Parameters}.
 * Per sample, δ<sub>L</sub> = ŷ − y ({@link Backprop#outputDelta}), one layer down δ<sub>j</sub> =
 * σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub> ({@link Backprop#hiddenDelta}); the gradients
 * average a<sub>j</sub> δ<sub>k</sub> ({@link Backprop#weightGradient}) and δ<sub>k</sub>
 * ({@link Backprop#biasGradient}) over the samples, and the weights get λ w<sub>j→k</sub> on top.
 */
public final class Gradients {

    private final double[][][] delta;
    private final Parameters gradient;
    private final double loss;

    private Gradients(double[][][] delta, Parameters gradient, double loss) {
        this.delta = delta;
        this.gradient = gradient;
        this.loss = loss;
    }

    /**
     * The backward pass of {@code f} with the parameters and activation f was computed with. The caller has checked
     * the labels (one per sample of f, each a class) and λ ≥ 0.
     */
    static Gradients of(ForwardPass f, int[] labels, double l2) {
        Parameters theta = f.theta();
        int top = theta.layers();
        double[][][] w = new double[top + 1][][];
        for (int l = 1; l <= top; l++) {
            w[l] = theta.weights(l);
        }
        double[][][] delta = new double[top + 1][f.size()][];
        Parameters sum = Parameters.zeros(theta.sizes());
        double lossSum = 0.0;
        for (int n = 0; n < f.size(); n++) {
            lossSum += CrossEntropy.ofLogits(f.zRow(top, n), labels[n]);
            backpropagate(f, n, labels[n], w, delta, sum);
        }
        return new Gradients(delta, mean(sum, f.size(), theta, l2), lossSum / f.size() + theta.l2Penalty(l2));
    }

    /**
     * Sample n: δ<sub>L</sub> = ŷ − y, then layer by layer down the gradients a<sub>l−1,j</sub> δ<sub>l,k</sub> and
     * δ<sub>l,k</sub> added into {@code sum}, and δ<sub>l−1</sub> from δ<sub>l</sub> through W<sub>l</sub>.
     */
    private static void backpropagate(ForwardPass f, int n, int label, double[][][] w, double[][][] delta,
            Parameters sum) {
        int top = w.length - 1;
        double[] g = sum.array();
        delta[top][n] = Backprop.outputError(f.aRow(top, n), label);
        for (int l = top; l >= 1; l--) {
            double[][] dW = Backprop.dW(f.aRow(l - 1, n), delta[l][n]);
            for (int j = 0; j < dW.length; j++) {
                for (int k = 0; k < dW[j].length; k++) {
                    g[sum.weightOffset(l) + j * dW[j].length + k] += dW[j][k];
                }
            }
            for (int k = 0; k < delta[l][n].length; k++) {
                g[sum.biasOffset(l) + k] += delta[l][n][k];
            }
            if (l > 1) {
                delta[l - 1][n] = Backprop.hiddenError(Backprop.slope(f.activation(), f.zRow(l - 1, n)), delta[l][n],
                        w[l]);
            }
        }
    }

    /** ∂L/∂θ<sub>i</sub> = (1/N) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂θ<sub>i</sub>, plus λ θ<sub>i</sub> for a weight. */
    private static Parameters mean(Parameters sum, int samples, Parameters theta, double l2) {
        double[] g = sum.array();
        double[] t = theta.array();
        for (int i = 0; i < g.length; i++) {
            g[i] = theta.isWeight(i) ? g[i] / samples + l2 * t[i] : g[i] / samples;
        }
        return sum;
    }

    /** @return L, the index of the output layer */
    public int layers() {
        return delta.length - 1;
    }

    /** @return a copy of δ<sub>l</sub> = ∂L/∂z<sub>l</sub> per sample (before the 1/N of the mean), N × size<sub>l</sub> */
    public double[][] delta(int l) {
        double[][] c = new double[delta[Require.between("l", l, 1, layers())].length][];
        for (int n = 0; n < c.length; n++) {
            c[n] = delta[l][n].clone();
        }
        return c;
    }

    /** @return a copy of ∂L/∂θ, every weight and bias, in the layout of {@link Parameters} */
    public Parameters gradient() {
        return gradient.copy();
    }

    /** @return a copy of ∂L/∂w<sub>j→k</sub> of layer l as [j][k] = (1/N) Σ<sub>n</sub> a<sub>l−1,n,j</sub> δ<sub>l,n,k</sub> + λ w<sub>j→k</sub> */
    public double[][] dW(int l) {
        return gradient.weights(l);
    }

    /** @return a copy of ∂L/∂b<sub>l,k</sub> = (1/N) Σ<sub>n</sub> δ<sub>l,n,k</sub> */
    public double[] db(int l) {
        return gradient.biases(l);
    }

    /** @return the loss L (mean cross-entropy plus the L2 penalty) at the parameters of the forward pass */
    public double loss() {
        return loss;
    }
}
