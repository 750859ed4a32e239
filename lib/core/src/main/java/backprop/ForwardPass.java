package backprop;

/**
 * The record of one forward pass over N samples: z<sub>l</sub> (l = 1..L) and a<sub>l</sub> (l = 0..L, a<sub>0</sub>
 * = x, a<sub>L</sub> = ŷ), each as N rows, computed sample by sample with {@link Backprop#preActivation},
 * {@link Backprop#activation} and {@link Softmax#softmax} from the parameters θ and the hidden activation σ.
 *
 * <p>A pass keeps the parameters it was computed with (a copy): the backward pass of {@link Gradients} uses those,
 * so changing a network's weights after {@code forward} cannot mix new weights with old activations
 * ({@link Network#isStale(ForwardPass)} tells whether they have changed).
 */
public final class ForwardPass {

    private final Parameters theta;
    private final Activation sigma;
    private final double[][][] z;
    private final double[][][] a;

    private ForwardPass(Parameters theta, Activation sigma, double[][][] z, double[][][] a) {
        this.theta = theta;
        this.sigma = sigma;
        this.z = z;
        this.a = a;
    }

    /**
     * z<sub>l,n</sub> = a<sub>l−1,n</sub> W<sub>l</sub> + b<sub>l</sub>; a<sub>l,n</sub> = σ(z<sub>l,n</sub>) for the
     * hidden layers and softmax(z<sub>L,n</sub>) at the output. The caller has checked x (finite rows of the input
     * width) and hands over θ, which the pass keeps.
     */
    static ForwardPass of(Parameters theta, Activation sigma, double[][] x) {
        int top = theta.layers();
        double[][][] z = new double[top + 1][x.length][];
        double[][][] a = new double[top + 1][x.length][];
        for (int n = 0; n < x.length; n++) {
            a[0][n] = x[n].clone();
        }
        for (int l = 1; l <= top; l++) {
            double[][] w = theta.weights(l);
            double[] b = theta.biases(l);
            for (int n = 0; n < x.length; n++) {
                try {
                    z[l][n] = Backprop.z(a[l - 1][n], w, b);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("x[" + n + "] overflows layer " + l
                            + " of the network (its weights are too large for this input): " + e.getMessage(), e);
                }
                a[l][n] = l == top ? Softmax.of(z[l][n]) : Backprop.a(sigma, z[l][n]);
            }
        }
        return new ForwardPass(theta, sigma, z, a);
    }

    /** @return N, the number of samples */
    public int size() {
        return a[0].length;
    }

    /** @return L, the index of the output layer */
    public int layers() {
        return z.length - 1;
    }

    /** @return the activation σ of the hidden layers */
    public Activation activation() {
        return sigma;
    }

    /** @return a copy of z<sub>l</sub>, N × size<sub>l</sub>, for l in 1..L */
    public double[][] z(int l) {
        return copy(z[Require.between("l", l, 1, layers())]);
    }

    /** @return a copy of a<sub>l</sub>, N × size<sub>l</sub>, for l in 0..L (a<sub>0</sub> = x, a<sub>L</sub> = ŷ) */
    public double[][] a(int l) {
        return copy(a[Require.between("l", l, 0, layers())]);
    }

    /** @return a copy of ŷ = a<sub>L</sub>, the predicted class probabilities, N × classes */
    public double[][] yHat() {
        return copy(a[layers()]);
    }

    /** @return a copy of the parameters this pass was computed with */
    public Parameters parameters() {
        return theta.copy();
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
