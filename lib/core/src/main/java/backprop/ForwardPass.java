package backprop;

import java.util.Arrays;

/** One forward pass over N samples: every z<sub>l</sub> and a<sub>l</sub>, and the θ it was computed with. */
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

    /** z<sub>l</sub> = a<sub>l−1</sub> W<sub>l</sub> + b<sub>l</sub>, a = σ(z), ŷ = softmax(z); x checked. */
    static ForwardPass of(Parameters theta, Activation sigma, double[][] x) {
        int top = theta.layers();
        double[][][] z = new double[top + 1][x.length][];
        double[][][] a = new double[top + 1][][];
        a[0] = copy(x);
        for (int l = 1; l <= top; l++) {
            a[l] = new double[x.length][];
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

    Activation activation() {
        return sigma;
    }

    /** @return a copy of z<sub>l</sub>, N × size<sub>l</sub>, l in 1..L */
    public double[][] z(int l) {
        return copy(z[Require.between("l", l, 1, z.length - 1)]);
    }

    /** @return a copy of a<sub>l</sub>, N × size<sub>l</sub>, l in 0..L */
    public double[][] a(int l) {
        return copy(a[Require.between("l", l, 0, z.length - 1)]);
    }

    /** @return a copy of ŷ = a<sub>L</sub>, N × classes */
    public double[][] yHat() {
        return copy(a[z.length - 1]);
    }

    /** @return a copy of the parameters this pass was computed with */
    public Parameters parameters() {
        return theta.copy();
    }

    Parameters theta() {
        return theta;
    }

    double[] zRow(int l, int n) {
        return z[l][n];
    }

    double[] aRow(int l, int n) {
        return a[l][n];
    }

    static double[][] copy(double[][] m) {
        return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }
}
