package backprop;

/**
 * The hot loops of training, for one chunk of at most {@link #CHUNK} samples, on flat buffers owned by one thread.
 *
 * <p>Every layer is kept unit by unit: row k of a layer holds the chunk's c values of unit k (one per sample) in its
 * own {@code double[CHUNK]}. So every inner loop runs over the samples of the chunk, over contiguous memory starting
 * at index 0, whatever the layer widths are. That is what lets C2 vectorise the sums and the activations even for a
 * 2-unit output layer (with rows at different offsets of one shared array it often does not), and the chunk's rows
 * stay in the L1/L2 cache from the forward to the backward pass.
 *
 * <p>The chunk's input is copied from a feature-major matrix {@code x} (feature j of sample n at
 * x[j · stride + n]); labels are read from {@code labels[offset ..)}.
 */
final class ChunkKernel {

    static final int CHUNK = 256;

    private final Network net;
    private final int top;
    /** act[0] = the chunk's inputs; act[l][k] = a (or z, or δ, as the passes go) of unit k of layer l. */
    private final double[][][] act;
    private final double[] rowSum = new double[CHUNK];
    private final double[] max = new double[CHUNK];
    private final double[] sum = new double[CHUNK];
    private final double[] zLabel = new double[CHUNK];
    private final double[] pair = new double[2];

    ChunkKernel(Network net) {
        this.net = net;
        this.top = net.layers();
        this.act = new double[top + 1][][];
        for (int l = 0; l <= top; l++) {
            act[l] = new double[net.size(l)][CHUNK];
        }
    }

    /**
     * Forward pass of the c samples starting at column {@code offset}: z<sub>l</sub> = W<sub>l</sub>ᵀ a<sub>l−1</sub>
     * + b<sub>l</sub>, a = σ(z) for the hidden layers, and ŷ = softmax(z<sub>L</sub>) left in {@code act[L]}.
     *
     * @return Σ<sub>n</sub> (ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> − z<sub>label</sub>), the chunk's summed
     *         loss, if {@code wantLoss}, else 0
     */
    double forward(double[] x, int stride, int offset, int[] labels, int c, boolean wantLoss) {
        for (int j = 0; j < net.size(0); j++) {
            System.arraycopy(x, j * stride + offset, act[0][j], 0, c);
        }
        for (int l = 1; l <= top; l++) {
            int in = net.size(l - 1);
            int out = net.size(l);
            double[] w = net.w(l);
            double[] b = net.b(l);
            for (int k = 0; k < out; k++) {
                double[] z = act[l][k];
                java.util.Arrays.fill(z, 0, c, b[k]);
                double[][] a = act[l - 1];
                int j = 0;
                for (; j + 3 < in; j += 4) {
                    axpy4(z, w[j * out + k], a[j], w[(j + 1) * out + k], a[j + 1], w[(j + 2) * out + k], a[j + 2],
                            w[(j + 3) * out + k], a[j + 3], c);
                }
                for (; j < in; j++) {
                    axpy(z, w[j * out + k], a[j], c);
                }
                if (l < top) {
                    net.activation().applyInPlace(z, 0, c);
                }
            }
        }
        return softmax(labels, offset, c, wantLoss);
    }

    /** Softmax per sample of {@code act[L]}, stable: the sample's largest logit is subtracted before exponentiating. */
    private double softmax(int[] labels, int offset, int c, boolean wantLoss) {
        double[][] z = act[top];
        System.arraycopy(z[0], 0, max, 0, c);
        for (int k = 1; k < z.length; k++) {
            maxInto(max, z[k], c);
        }
        if (wantLoss) {
            for (int n = 0; n < c; n++) {
                zLabel[n] = z[labels[offset + n]][n];
            }
        }
        java.util.Arrays.fill(sum, 0, c, 0.0);
        for (double[] row : z) {
            expShifted(row, max, c);
            addInto(sum, row, c);
        }
        double loss = 0.0;
        if (wantLoss) {
            for (int n = 0; n < c; n++) {
                loss += Math.log(sum[n]) + max[n] - zLabel[n];
            }
        }
        for (int n = 0; n < c; n++) {
            sum[n] = 1.0 / sum[n];
        }
        for (double[] row : z) {
            multiplyInto(row, sum, c);
        }
        return loss;
    }

    /** @return how many of the c samples have argmax ŷ equal to their label (after {@link #forward}) */
    int correct(int[] labels, int offset, int c) {
        double[][] p = act[top];
        int correct = 0;
        for (int n = 0; n < c; n++) {
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k][n] > p[best][n]) {
                    best = k;
                }
            }
            correct += best == labels[offset + n] ? 1 : 0;
        }
        return correct;
    }

    /**
     * Backward pass of the samples of the last {@link #forward}: δ<sub>L</sub> = ŷ − y, then per layer the sums
     * Σ<sub>n</sub> a<sub>l−1,n,j</sub> δ<sub>l,n,k</sub> into {@code grad[layerOffset[l] + j·out + k]} and
     * Σ<sub>n</sub> δ<sub>l,n,k</sub> into the bias slots after them, and δ<sub>l−1,j</sub> = σ′ · Σ<sub>k</sub>
     * δ<sub>l,k</sub> w<sub>j→k</sub> written over a<sub>l−1</sub> (σ′ is taken from a before it is overwritten).
     * The sums are added to {@code grad}, without the 1/N and the L2 term.
     */
    void backward(int[] labels, int offset, int c, double[] grad, int[] layerOffset) {
        double[][] deltaTop = act[top];
        for (int n = 0; n < c; n++) {
            deltaTop[labels[offset + n]][n] -= 1.0;
        }
        for (int l = top; l >= 1; l--) {
            int in = net.size(l - 1);
            int out = net.size(l);
            double[][] delta = act[l];
            double[][] below = act[l - 1];
            int g0 = layerOffset[l];
            int j = 0;
            for (; j + 1 < in; j += 2) {
                for (int k = 0; k < out; k++) {
                    dot2(below[j], below[j + 1], delta[k], c, pair);
                    grad[g0 + j * out + k] += pair[0];
                    grad[g0 + (j + 1) * out + k] += pair[1];
                }
            }
            for (; j < in; j++) {
                for (int k = 0; k < out; k++) {
                    grad[g0 + j * out + k] += dot(below[j], delta[k], c);
                }
            }
            for (int k = 0; k < out; k++) {
                grad[g0 + in * out + k] += sum(delta[k], c);
            }
            if (l > 1) {
                double[] w = net.w(l);
                for (int i = 0; i < in; i++) {
                    java.util.Arrays.fill(rowSum, 0, c, 0.0);
                    for (int k = 0; k < out; k++) {
                        axpy(rowSum, w[i * out + k], delta[k], c);
                    }
                    net.activation().toErrorSignal(below[i], 0, rowSum, c);
                }
            }
        }
    }

    /*
     * Row kernels: each loop runs over n = 0..len-1 of arrays that all start at index 0, the shape C2 vectorises.
     */

    /** y[n] += a · x[n]. */
    private static void axpy(double[] y, double a, double[] x, int len) {
        for (int n = 0; n < len; n++) {
            y[n] += a * x[n];
        }
    }

    /** y[n] += a·x[n] + b·u[n] + c·v[n] + d·t[n]: four updates of y for one load and store of it. */
    private static void axpy4(double[] y, double a, double[] x, double b, double[] u, double c, double[] v, double d,
            double[] t, int len) {
        for (int n = 0; n < len; n++) {
            y[n] += ((a * x[n] + b * u[n]) + c * v[n]) + d * t[n];
        }
    }

    /** max[n] = max(max[n], z[n]). */
    private static void maxInto(double[] max, double[] z, int len) {
        for (int n = 0; n < len; n++) {
            max[n] = Math.max(max[n], z[n]);
        }
    }

    /** z[n] = e<sup>z[n] − max[n]</sup>. */
    private static void expShifted(double[] z, double[] max, int len) {
        for (int n = 0; n < len; n++) {
            z[n] = VectorMath.expNonPositive(z[n] - max[n]);
        }
    }

    /** sum[n] += z[n]. */
    private static void addInto(double[] sum, double[] z, int len) {
        for (int n = 0; n < len; n++) {
            sum[n] += z[n];
        }
    }

    /** z[n] *= f[n]. */
    private static void multiplyInto(double[] z, double[] f, int len) {
        for (int n = 0; n < len; n++) {
            z[n] *= f[n];
        }
    }

    /** Σ<sub>n&lt;len</sub> u[n] with four independent partial sums (a fixed summation order). */
    private static double sum(double[] u, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 += u[n];
            s1 += u[n + 1];
            s2 += u[n + 2];
            s3 += u[n + 3];
        }
        for (; n < len; n++) {
            s0 += u[n];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The two dot products Σ u[n]·v[n] and Σ w[n]·v[n] in one pass (v is loaded once), each with the same four
     * partial sums as {@link #dot}, into out[0] and out[1].
     */
    private static void dot2(double[] u, double[] w, double[] v, int len, double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double t0 = 0.0;
        double t1 = 0.0;
        double t2 = 0.0;
        double t3 = 0.0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 += u[n] * v[n];
            s1 += u[n + 1] * v[n + 1];
            s2 += u[n + 2] * v[n + 2];
            s3 += u[n + 3] * v[n + 3];
            t0 += w[n] * v[n];
            t1 += w[n + 1] * v[n + 1];
            t2 += w[n + 2] * v[n + 2];
            t3 += w[n + 3] * v[n + 3];
        }
        for (; n < len; n++) {
            s0 += u[n] * v[n];
            t0 += w[n] * v[n];
        }
        out[0] = (s0 + s1) + (s2 + s3);
        out[1] = (t0 + t1) + (t2 + t3);
    }

    /** Σ<sub>n&lt;len</sub> u[n] · v[n] with four independent partial sums (a fixed summation order). */
    private static double dot(double[] u, double[] v, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 += u[n] * v[n];
            s1 += u[n + 1] * v[n + 1];
            s2 += u[n + 2] * v[n + 2];
            s3 += u[n + 3] * v[n + 3];
        }
        for (; n < len; n++) {
            s0 += u[n] * v[n];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
