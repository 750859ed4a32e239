package backprop;

/**
 * The record of one forward pass over N samples: z<sub>l</sub> (l = 1..L) and a<sub>l</sub> (l = 0..L, a<sub>0</sub>
 * = x, a<sub>L</sub> = ŷ), each as N rows, computed sample by sample with {@link Backprop#preActivation},
 * {@link Backprop#activation} and {@link Softmax#softmax}.
 *
 * <p>A pass keeps a copy of the parameters it was computed with: the backward pass of {@link Gradients} uses those,
 * so changing the network's weights after {@code forward} cannot mix new weights with old activations.
 */
public final class ForwardPass {

    private final Network network;
    private final Parameters theta;
    private final double[][][] z;
    private final double[][][] a;

    private ForwardPass(Network network, Parameters theta, double[][][] z, double[][][] a) {
        this.network = network;
        this.theta = theta;
        this.z = z;
        this.a = a;
    }

    /**
     * z<sub>l,n</sub> = a<sub>l−1,n</sub> W<sub>l</sub> + b<sub>l</sub>; a<sub>l,n</sub> = σ(z<sub>l,n</sub>) for the
     * hidden layers and softmax(z<sub>L,n</sub>) at the output.
     */
    static ForwardPass compute(Network net, double[][] x) {
        Parameters theta = net.theta().copy();
        Require.finiteMatrix("x", x, theta.size(0));
        int top = theta.layers();
        int samples = x.length;
        double[][][] z = new double[top + 1][samples][];
        double[][][] a = new double[top + 1][samples][];
        for (int n = 0; n < samples; n++) {
            a[0][n] = x[n].clone();
        }
        for (int l = 1; l <= top; l++) {
            double[][] w = theta.weights(l);
            double[] b = theta.biases(l);
            for (int n = 0; n < samples; n++) {
                try {
                    z[l][n] = Backprop.preActivation(a[l - 1][n], w, b);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("x[" + n + "] overflows layer " + l
                            + " of the network (its weights are too large for this input): " + e.getMessage(), e);
                }
                a[l][n] = l == top ? Softmax.softmax(z[l][n]) : Backprop.activation(net.activation(), z[l][n]);
            }
        }
        return new ForwardPass(net, theta, z, a);
    }

    /** @return N, the number of samples */
    public int size() {
        return a[0].length;
    }

    /** @return L, the index of the output layer */
    public int layers() {
        return z.length - 1;
    }

    /** @return a copy of z<sub>l</sub>, N × size<sub>l</sub>, for l in 1..L */
    public double[][] z(int l) {
        if (l < 1 || l > layers()) {
            throw new IllegalArgumentException("l must be in [1, " + layers() + "], was " + l);
        }
        return copy(z[l]);
    }

    /** @return a copy of a<sub>l</sub>, N × size<sub>l</sub>, for l in 0..L (a<sub>0</sub> = x, a<sub>L</sub> = ŷ) */
    public double[][] a(int l) {
        if (l < 0 || l > layers()) {
            throw new IllegalArgumentException("l must be in [0, " + layers() + "], was " + l);
        }
        return copy(a[l]);
    }

    /** @return a copy of ŷ = a<sub>L</sub>, the predicted class probabilities, N × classes */
    public double[][] yHat() {
        return copy(a[layers()]);
    }

    /** @return a copy of the parameters this pass was computed with */
    public Parameters parameters() {
        return theta.copy();
    }

    /** @return true if the network's parameters have changed since this pass was computed */
    public boolean isStale() {
        return !java.util.Arrays.equals(theta.array(), network.theta().array());
    }

    Network network() {
        return network;
    }

    /** The parameters of the pass itself (not a copy). */
    Parameters theta() {
        return theta;
    }

    double[] zRow(int l, int n) {
        return z[l][n];
    }

    double[] aRow(int l, int n) {
        return a[l][n];
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int n = 0; n < m.length; n++) {
            c[n] = m[n].clone();
        }
        return c;
    }
}
