package backprop.fast;

import backprop.Activation;
import backprop.Parameters;

/**
 * The forward and backward passes of training, for one chunk of at most {@link #CHUNK} samples, on flat buffers
 * owned by one thread; the loops over the chunk's samples are in {@link RowKernels}.
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

    private final int[] sizes;
    private final Activation sigma;
    private final Parameters theta;
    private final int top;
    /** act[0] = the chunk's inputs; act[l][k] = a (or z, or δ, as the passes go) of unit k of layer l. */
    private final double[][][] act;
    private final double[] rowSum = new double[CHUNK];
    private final double[] max = new double[CHUNK];
    private final double[] sum = new double[CHUNK];
    private final double[] zLabel = new double[CHUNK];
    private final double[] block = new double[32];

    ChunkKernel(Parameters theta, Activation sigma) {
        this.theta = theta;
        this.sizes = theta.sizes();
        this.sigma = sigma;
        this.top = theta.layers();
        this.act = new double[top + 1][][];
        for (int l = 0; l <= top; l++) {
            act[l] = new double[sizes[l]][CHUNK];
        }
    }

    /** The chunk's input: samples offset..offset+c−1 of a feature-major x (feature j of sample n at x[j · stride + n]). */
    void loadFeatureMajor(double[] x, int stride, int offset, int c) {
        for (int j = 0; j < sizes[0]; j++) {
            System.arraycopy(x, j * stride + offset, act[0][j], 0, c);
        }
    }

    /** The chunk's input: samples offset..offset+c−1 of a sample-major x (feature j of sample n at x[n · d + j]). */
    void loadSampleMajor(double[] x, int offset, int c) {
        int d = sizes[0];
        for (int j = 0; j < d; j++) {
            double[] row = act[0][j];
            for (int n = 0, i = offset * d + j; n < c; n++, i += d) {
                row[n] = x[i];
            }
        }
    }

    /**
     * Forward pass of the c samples last loaded: z<sub>l</sub> = W<sub>l</sub>ᵀ a<sub>l−1</sub> + b<sub>l</sub>,
     * a = σ(z) for the hidden layers, and in {@code act[L]} ŷ = softmax(z<sub>L</sub>) if {@code wantProbabilities},
     * else the logits z<sub>L</sub> (and the softmax is skipped altogether if the loss is not wanted either).
     *
     * @param offset the first sample's index, for its label
     * @return Σ<sub>n</sub> (ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> − z<sub>label</sub>), the chunk's summed
     *         loss, if {@code wantLoss}, else 0
     */
    double forward(int[] labels, int offset, int c, boolean wantLoss, boolean wantProbabilities) {
        double[] t = theta.array();
        for (int l = 1; l <= top; l++) {
            int in = sizes[l - 1];
            int out = sizes[l];
            int w0 = theta.weightOffset(l);
            int b0 = theta.biasOffset(l);
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
                    ActivationLoops.apply(sigma, z, c);
                }
            }
        }
        return wantLoss || wantProbabilities ? softmax(labels, offset, c, wantLoss, wantProbabilities) : 0.0;
    }

    /** Softmax per sample of {@code act[L]}, stable: the sample's largest logit is subtracted before exponentiating. */
    private double softmax(int[] labels, int offset, int c, boolean wantLoss, boolean wantProbabilities) {
        double[][] z = act[top];
        System.arraycopy(z[0], 0, max, 0, c);
        for (int k = 1; k < z.length; k++) {
            RowKernels.maxInto(max, z[k], c);
        }
        if (wantLoss) {
            for (int n = 0; n < c; n++) {
                zLabel[n] = z[labels[offset + n]][n];
            }
        }
        java.util.Arrays.fill(sum, 0, c, 0.0);
        for (double[] row : z) {
            RowKernels.expShifted(row, max, c);
            RowKernels.addInto(sum, row, c);
        }
        double loss = 0.0;
        if (wantLoss) {
            for (int n = 0; n < c; n++) {
                loss += Math.log(sum[n]) + max[n] - zLabel[n];
            }
        }
        if (!wantProbabilities) {
            return loss;
        }
        for (int n = 0; n < c; n++) {
            sum[n] = 1.0 / sum[n];
        }
        for (double[] row : z) {
            RowKernels.multiplyInto(row, sum, c);
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

    /** Writes the argmax over {@code act[L]} (ŷ or z, the same order) of each of the c samples to classes[offset ..). */
    void argmax(int[] classes, int offset, int c) {
        double[][] p = act[top];
        for (int n = 0; n < c; n++) {
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k][n] > p[best][n]) {
                    best = k;
                }
            }
            classes[offset + n] = best;
        }
    }

    /**
     * Backward pass of the samples of the last {@link #forward}: δ<sub>L</sub> = ŷ − y, then per layer the sums
     * Σ<sub>n</sub> a<sub>l−1,n,j</sub> δ<sub>l,n,k</sub> into the slot of w<sub>j→k</sub> of {@code grad} (laid out
     * like {@link Parameters}) and Σ<sub>n</sub> δ<sub>l,n,k</sub> into the slot of b<sub>l,k</sub>, and δ<sub>l−1,j</sub> = σ′ · Σ<sub>k</sub>
     * δ<sub>l,k</sub> w<sub>j→k</sub> written over a<sub>l−1</sub> (σ′ is taken from a before it is overwritten).
     * The sums are added to {@code grad}, without the 1/N and the L2 term.
     */
    void backward(int[] labels, int offset, int c, double[] grad) {
        double[] t = theta.array();
        double[][] deltaTop = act[top];
        for (int n = 0; n < c; n++) {
            deltaTop[labels[offset + n]][n] -= 1.0;
        }
        for (int l = top; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            double[][] delta = act[l];
            double[][] below = act[l - 1];
            int g0 = theta.weightOffset(l);
            int b0 = theta.biasOffset(l);
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
                    ActivationLoops.toErrorSignal(sigma, below[i], rowSum, c);
                }
            }
        }
    }

    /**
     * grad[b0 + k] += Σ<sub>n&lt;c</sub> δ[k][n] for every row k of δ (the bias sums), four rows at a time (the last
     * row fills a block of fewer again, as in {@link #addProducts}).
     */
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

    /**
     * y[n] = bias + Σ<sub>j&lt;terms</sub> w[w0 + j·step] · a[j][n] for terms = 1, 2 or 4, in the order the
     * accumulating kernels would add them to y = bias (so the result does not depend on which one starts the sum):
     * one pass over y instead of a fill and one or more updates.
     */
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
     * grad[g0 + i·aStride + m·bStride] += Σ<sub>n&lt;c</sub> a[i][n] b[m][n] for every row i of a and m of b: the
     * gradient sums of one layer, with a the longer of its two sides (a<sub>l−1</sub> or δ<sub>l</sub>). Rows are
     * taken four of a by two of b at a time, so each loaded value serves several products and eight independent
     * sums run side by side (each in four lanes, see {@link RowKernels}); where fewer rows are left, the last one
     * fills the block again and its repeated sums are dropped.
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
