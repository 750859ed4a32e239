package backprop.fast;

import java.util.Arrays;

/**
 * The forward and backward passes for one chunk of at most {@link #CHUNK} samples, owned by one thread. Row k of a
 * layer holds unit k's values for the chunk's samples in its own {@code double[CHUNK]}, so every inner loop
 * ({@link RowKernels}) runs over contiguous samples from index 0, which C2 vectorises. The caller checks the labels.
 */
final class ChunkKernel {

    static final int CHUNK = 256;

    private final int[] sizes;
    private final int[] offset;
    private final ActivationLoops sigma;
    private final double[] theta;
    private final int top;
    /** act[0] = the chunk's inputs; act[l][k] = a (or z, or δ, as the passes go) of unit k of layer l. */
    private final double[][][] act;
    private final double[] rowSum = new double[CHUNK];
    private final double[] max = new double[CHUNK];
    private final double[] sum = new double[CHUNK];
    private final double[] zLabel = new double[CHUNK];
    private final double[] block = new double[32];

    ChunkKernel(int[] sizes, int[] offset, double[] theta, ActivationLoops sigma) {
        this.sizes = sizes;
        this.offset = offset;
        this.theta = theta;
        this.sigma = sigma;
        this.top = sizes.length - 1;
        this.act = new double[top + 1][][];
        for (int l = 0; l <= top; l++) {
            act[l] = new double[sizes[l]][CHUNK];
        }
    }

    /** Loads samples offset..offset+c−1 of a feature-major x: x[j · stride + n]. */
    void loadFeatureMajor(double[] x, int stride, int offset, int c) {
        for (int j = 0; j < sizes[0]; j++) {
            System.arraycopy(x, j * stride + offset, act[0][j], 0, c);
        }
    }

    /** Loads samples offset..offset+c−1 of a sample-major x: x[n · d + j]. */
    void loadSampleMajor(double[] x, int offset, int c) {
        int d = sizes[0];
        for (int j = 0; j < d; j++) {
            double[] row = act[0][j];
            for (int n = 0, i = offset * d + j; n < c; n++, i += d) {
                row[n] = x[i];
            }
        }
    }

    /** z<sub>l</sub> = W<sub>l</sub>ᵀ a<sub>l−1</sub> + b<sub>l</sub>, a = σ(z) in hidden layers; act[L] = logits. */
    void forward(int c) {
        double[] t = theta;
        for (int l = 1; l <= top; l++) {
            int in = sizes[l - 1];
            int out = sizes[l];
            int w0 = offset[l];
            int b0 = w0 + in * out;
            for (int k = 0; k < out; k++) {
                double[] z = act[l][k];
                double[][] a = act[l - 1];
                int j = in >= 4 ? 4 : in >= 2 ? 2 : 1;
                affine(z, t[b0 + k], t, w0 + k, out, a, j, c);
                for (; j + 3 < in; j += 4) {
                    int wj = w0 + j * out + k;
                    RowKernels.axpy4(z, t[wj], a[j], t[wj + out], a[j + 1], t[wj + 2 * out], a[j + 2],
                            t[wj + 3 * out], a[j + 3], c);
                }
                for (; j < in; j++) {
                    RowKernels.axpy(z, t[w0 + j * out + k], a[j], c);
                }
                if (l < top) {
                    sigma.apply(z, c);
                }
            }
        }
    }

    /** classes[offset + n] = {@link #best}(n). */
    void argmax(int[] classes, int offset, int c) {
        for (int n = 0; n < c; n++) {
            classes[offset + n] = best(n, offset);
        }
    }

    /** @return how many of the c samples have {@link #best} equal to their label */
    int correct(int[] labels, int offset, int c) {
        int correct = 0;
        for (int n = 0; n < c; n++) {
            correct += best(n, offset) == labels[offset + n] ? 1 : 0;
        }
        return correct;
    }

    /** argmax<sub>k</sub> z<sub>k</sub> of sample n (the first of equal logits); a logit not finite throws. */
    private int best(int n, int offset) {
        double[][] z = act[top];
        int best = 0;
        for (int k = 0; k < z.length; k++) {
            double v = z[k][n];
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException("features must give finite logits, had sample " + (offset + n)
                        + " with z_" + k + " = " + v + ": the weights are too large for its input");
            }
            best = v > z[best][n] ? k : best;
        }
        return best;
    }

    /** Σ<sub>n</sub> (m − z<sub>label</sub>) + ln Σ<sub>k</sub> e<sup>z<sub>k</sub> − m</sup>; overwrites z. */
    double loss(int[] labels, int offset, int c) {
        double[][] z = act[top];
        for (int n = 0; n < c; n++) {
            zLabel[n] = z[labels[offset + n]][n];
        }
        expTerms(c);
        double loss = 0.0;
        for (int n = 0; n < c; n++) {
            loss += (max[n] - zLabel[n]) + Math.log(sum[n]);  // (m − z_label) first: exact for equal huge logits
        }
        return loss;
    }

    /** δ<sub>L</sub> = ŷ − y over act[L], from the logits (stable softmax). */
    void outputDelta(int[] labels, int offset, int c) {
        double[][] z = act[top];
        expTerms(c);
        for (int n = 0; n < c; n++) {
            sum[n] = 1.0 / sum[n];
        }
        for (double[] row : z) {
            RowKernels.multiplyInto(row, sum, c);
        }
        for (int n = 0; n < c; n++) {
            z[labels[offset + n]][n] -= 1.0;
        }
    }

    /** z<sub>k</sub> ← e<sup>z<sub>k</sub> − max</sup> per sample; the max in {@code max}, the sum in {@code sum}. */
    private void expTerms(int c) {
        double[][] z = act[top];
        System.arraycopy(z[0], 0, max, 0, c);
        for (int k = 1; k < z.length; k++) {
            RowKernels.maxInto(max, z[k], c);
        }
        Arrays.fill(sum, 0, c, 0.0);
        for (double[] row : z) {
            VectorMath.expShifted(row, max, c);
            RowKernels.addInto(sum, row, c);
        }
    }

    /**
     * grad += Σ<sub>n</sub> a<sub>j</sub> δ<sub>k</sub> at w<sub>j→k</sub> and Σ<sub>n</sub> δ<sub>k</sub> at
     * b<sub>k</sub>, layer by layer down, δ<sub>j</sub> = σ′ · Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub> over a.
     */
    void backward(int c, double[] grad) {
        double[] t = theta;
        for (int l = top; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[][] delta = act[l];
            double[][] below = act[l - 1];
            int g0 = offset[l];
            int b0 = g0 + in * out;
            if (out >= in) {
                addProducts(delta, 1, below, out, c, grad, g0);
            } else {
                addProducts(below, out, delta, 1, c, grad, g0);
            }
            addSums(delta, c, grad, b0);
            if (l > 1) {
                for (int i = 0; i < in; i++) {
                    int k = Math.min(out, 2);
                    int wi = g0 + i * out;
                    affine(rowSum, 0.0, t, wi, 1, delta, k, c);
                    for (; k < out; k++) {
                        RowKernels.axpy(rowSum, t[wi + k], delta[k], c);
                    }
                    sigma.toErrorSignal(below[i], rowSum, c);
                }
            }
        }
    }

    /** grad[b0 + k] += Σ<sub>n&lt;c</sub> δ[k][n], four rows at a time (the last row repeated in a short block). */
    private void addSums(double[][] delta, int c, double[] grad, int b0) {
        int last = delta.length - 1;
        for (int k = 0; k < delta.length; k += 4) {
            RowKernels.sum4(delta[k], delta[Math.min(k + 1, last)], delta[Math.min(k + 2, last)],
                    delta[Math.min(k + 3, last)], c, block);
            for (int r = 0; r < 4 && k + r < delta.length; r++) {
                grad[b0 + k + r] += block[r];
            }
        }
    }

    /** y[n] = bias + Σ<sub>j&lt;terms</sub> w[w0 + j·step] a[j][n] (terms 1, 2, 4), bit for bit y = bias, then axpy. */
    private static void affine(double[] y, double bias, double[] w, int w0, int step, double[][] a, int terms, int c) {
        if (terms == 4) {
            RowKernels.affine4(y, bias, w[w0], a[0], w[w0 + step], a[1], w[w0 + 2 * step], a[2], w[w0 + 3 * step],
                    a[3], c);
        } else if (terms == 2) {
            RowKernels.affine2(y, bias, w[w0], a[0], w[w0 + step], a[1], c);
        } else {
            RowKernels.affine1(y, bias, w[w0], a[0], c);
        }
    }

    /**
     * grad[g0 + i·aStride + m·bStride] += Σ<sub>n&lt;c</sub> a[i][n] b[m][n]: one layer's gradient sums, a the longer
     * side, in blocks of four rows of a by two of b (a short block repeats its last row and drops those sums).
     */
    private void addProducts(double[][] a, int aStride, double[][] b, int bStride, int c, double[] grad, int g0) {
        int lastA = a.length - 1;
        for (int m = 0; m < b.length; m += 2) {
            boolean pair = m + 1 < b.length;
            double[] w = b[pair ? m + 1 : m];
            for (int i = 0; i < a.length; i += 4) {
                RowKernels.dot4x2(a[i], a[Math.min(i + 1, lastA)], a[Math.min(i + 2, lastA)],
                        a[Math.min(i + 3, lastA)], b[m], w, c, block);
                for (int r = 0; r < 4 && i + r < a.length; r++) {
                    grad[g0 + (i + r) * aStride + m * bStride] += block[r];
                    if (pair) {
                        grad[g0 + (i + r) * aStride + (m + 1) * bStride] += block[4 + r];
                    }
                }
            }
        }
    }
}
