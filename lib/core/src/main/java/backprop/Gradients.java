package backprop;

/**
 * One backward pass: δ<sub>l</sub> = ∂L/∂z<sub>l</sub> per layer and sample, and ∂L/∂w<sub>j→k</sub> = (1/N)
 * Σ<sub>n</sub> a<sub>j</sub> δ<sub>k</sub> + λ w<sub>j→k</sub>, ∂L/∂b<sub>k</sub> = (1/N) Σ<sub>n</sub> δ<sub>k</sub>.
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

    /** The backward pass of f at f's parameters; the caller has checked the labels and λ ≥ 0. */
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

    /** Sample n: δ<sub>L</sub> = ŷ − y, then down the layers a<sub>j</sub> δ<sub>k</sub> and δ<sub>k</sub> into sum. */
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
                delta[l - 1][n] = Backprop.hiddenDelta(Backprop.slope(f.activation(), f.zRow(l - 1, n)), delta[l][n],
                        w[l]);
            }
        }
    }

    /** ∂L/∂θ<sub>i</sub> = (1/N) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂θ<sub>i</sub>, plus λ θ<sub>i</sub> for a weight. */
    private static Parameters mean(Parameters sum, int samples, Parameters theta, double l2) {
        double[] g = sum.array();
        double[] t = theta.array();
        for (int l = 1; l <= theta.layers(); l++) {
            for (int i = theta.weightOffset(l); i < theta.biasOffset(l); i++) {
                g[i] = g[i] / samples + l2 * t[i];
            }
            for (int i = theta.biasOffset(l); i < theta.biasOffset(l) + theta.size(l); i++) {
                g[i] = g[i] / samples;
            }
        }
        return sum;
    }

    /** @return a copy of δ<sub>l</sub> per sample (before the 1/N of the mean), N × size<sub>l</sub> */
    public double[][] delta(int l) {
        return ForwardPass.copy(delta[Require.between("l", l, 1, delta.length - 1)]);
    }

    /** @return a copy of ∂L/∂θ */
    public Parameters gradient() {
        return gradient.copy();
    }

    /** @return a copy of ∂L/∂w<sub>j→k</sub> of layer l as [j][k] */
    public double[][] dW(int l) {
        return gradient.weights(l);
    }

    /** @return a copy of ∂L/∂b<sub>l,k</sub> */
    public double[] db(int l) {
        return gradient.biases(l);
    }

    /** @return L (mean cross-entropy plus the L2 penalty) at the parameters of the forward pass */
    public double loss() {
        return loss;
    }
}
