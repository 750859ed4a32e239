package backprop;

/**
 * The record of one forward pass over N samples: z<sub>l</sub> (l = 1..L) and a<sub>l</sub> (l = 0..L, a<sub>0</sub>
 * = x, a<sub>L</sub> = ŷ), each as N rows. This is the readable, inspectable form for notebooks; training uses
 * flat reusable buffers instead.
 */
public final class ForwardPass {

    private final Network network;
    private final double[][][] z;
    private final double[][][] a;

    private ForwardPass(Network network, double[][][] z, double[][][] a) {
        this.network = network;
        this.z = z;
        this.a = a;
    }

    /**
     * z<sub>l,n,k</sub> = Σ<sub>j</sub> a<sub>l−1,n,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub>;
     * a<sub>l</sub> = σ(z<sub>l</sub>) for hidden layers and softmax(z<sub>L</sub>) at the output.
     */
    static ForwardPass compute(Network net, double[][] x) {
        Require.finiteMatrix("x", x, net.size(0));
        int top = net.layers();
        int samples = x.length;
        double[][][] z = new double[top + 1][][];
        double[][][] a = new double[top + 1][samples][];
        for (int n = 0; n < samples; n++) {
            a[0][n] = x[n].clone();
        }
        for (int l = 1; l <= top; l++) {
            int in = net.size(l - 1);
            int out = net.size(l);
            double[] w = net.w(l);
            double[] b = net.b(l);
            z[l] = new double[samples][out];
            for (int n = 0; n < samples; n++) {
                for (int k = 0; k < out; k++) {
                    double sum = b[k];
                    for (int j = 0; j < in; j++) {
                        sum += a[l - 1][n][j] * w[j * out + k];
                    }
                    z[l][n][k] = sum;
                }
                a[l][n] = l == top ? Softmax.softmax(z[l][n]) : activate(net.activation(), z[l][n]);
            }
        }
        return new ForwardPass(net, z, a);
    }

    private static double[] activate(Activation sigma, double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = sigma.apply(z[k]);
        }
        return a;
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

    Network network() {
        return network;
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
