package backprop;

/**
 * The record of one backward pass: the error signals δ<sub>l</sub> = ∂L/∂z<sub>l</sub> of every layer and sample,
 * and the gradient of the loss with respect to every weight and bias. δ at the output is ŷ − y; one layer down
 * δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>. The weight gradient averages
 * a<sub>j</sub> δ<sub>k</sub> over the samples and adds λ w<sub>j→k</sub>.
 */
public final class Gradients {

    private final double[][][] delta;
    private final double[][][] dW;
    private final double[][] db;
    private final double loss;

    private Gradients(double[][][] delta, double[][][] dW, double[][] db, double loss) {
        this.delta = delta;
        this.dW = dW;
        this.db = db;
        this.loss = loss;
    }

    static Gradients compute(Network net, ForwardPass f, int[] labels, double l2) {
        Require.notNull("f", f);
        if (f.network() != net) {
            throw new IllegalArgumentException("f must be a forward pass of this network, was one of " + f.network());
        }
        int top = net.layers();
        int samples = f.size();
        Require.labels("labels", labels, samples, net.size(top));
        Require.nonNegativeFinite("l2", l2);

        double[][][] delta = new double[top + 1][][];
        double[][][] dW = new double[top + 1][][];
        double[][] db = new double[top + 1][];
        delta[top] = new double[samples][];
        double lossSum = 0.0;
        for (int n = 0; n < samples; n++) {
            delta[top][n] = CrossEntropy.gradient(f.aRow(top, n), CrossEntropy.oneHot(labels[n], net.size(top)));
            lossSum += CrossEntropy.lossFromLogits(f.zRow(top, n), labels[n]);
        }
        for (int l = top; l >= 1; l--) {
            int in = net.size(l - 1);
            int out = net.size(l);
            double[] w = net.w(l);
            dW[l] = new double[in][out];
            db[l] = new double[out];
            for (int j = 0; j < in; j++) {
                for (int k = 0; k < out; k++) {
                    double sum = 0.0;
                    for (int n = 0; n < samples; n++) {
                        sum += f.aRow(l - 1, n)[j] * delta[l][n][k];
                    }
                    dW[l][j][k] = sum / samples + l2 * w[j * out + k];
                }
            }
            for (int k = 0; k < out; k++) {
                double sum = 0.0;
                for (int n = 0; n < samples; n++) {
                    sum += delta[l][n][k];
                }
                db[l][k] = sum / samples;
            }
            if (l > 1) {
                delta[l - 1] = new double[samples][in];
                for (int n = 0; n < samples; n++) {
                    for (int j = 0; j < in; j++) {
                        double sum = 0.0;
                        for (int k = 0; k < out; k++) {
                            sum += delta[l][n][k] * w[j * out + k];
                        }
                        delta[l - 1][n][j] = net.activation().derivative(f.zRow(l - 1, n)[j]) * sum;
                    }
                }
            }
        }
        return new Gradients(delta, dW, db, lossSum / samples + net.l2Penalty(l2));
    }

    /** @return L, the index of the output layer */
    public int layers() {
        return delta.length - 1;
    }

    /** @return a copy of δ<sub>l</sub> = ∂L/∂z<sub>l</sub> per sample (before the 1/N of the mean), N × size<sub>l</sub> */
    public double[][] delta(int l) {
        requireLayer(l);
        return copy(delta[l]);
    }

    /** @return a copy of ∂L/∂w<sub>j→k</sub> of layer l as [j][k] = (1/N) Σ<sub>n</sub> a<sub>l−1,n,j</sub> δ<sub>l,n,k</sub> + λ w<sub>j→k</sub> */
    public double[][] dW(int l) {
        requireLayer(l);
        return copy(dW[l]);
    }

    /** @return a copy of ∂L/∂b<sub>l,k</sub> = (1/N) Σ<sub>n</sub> δ<sub>l,n,k</sub> */
    public double[] db(int l) {
        requireLayer(l);
        return db[l].clone();
    }

    /** @return the loss L (mean cross-entropy plus the L2 penalty) at the weights of the backward pass */
    public double loss() {
        return loss;
    }

    private void requireLayer(int l) {
        if (l < 1 || l > layers()) {
            throw new IllegalArgumentException("l must be in [1, " + layers() + "], was " + l);
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int n = 0; n < m.length; n++) {
            c[n] = m[n].clone();
        }
        return c;
    }
}
