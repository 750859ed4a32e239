package backprop;

import backprop.fast.BatchEngine;
import java.util.Arrays;

/**
 * All parameters θ in one vector: for l = 1..L, W<sub>l</sub> row-major (w<sub>j→k</sub> at weightOffset(l) + j ·
 * sizes[l] + k), then b<sub>l</sub> (at biasOffset(l) + k). Gradients come in the same shape.
 */
public final class Parameters {

    private final int[] sizes;
    private final int[] offset;
    private final double[] theta;

    private Parameters(int[] sizes, int[] offset, double[] theta) {
        this.sizes = sizes;
        this.offset = offset;
        this.theta = theta;
    }

    /** All-zero parameters for [inputs, hidden..., classes]: at least two sizes ≥ 1, the count fitting the heap. */
    static Parameters zeros(int... sizes) {
        int[] offset = BatchEngine.offsets(sizes);
        int count = offset[sizes.length];
        Require.fits("sizes " + Arrays.toString(sizes) + " (the parameter count)", count, Double.BYTES);
        return new Parameters(sizes.clone(), offset, new double[count]);
    }

    public Parameters copy() {
        return new Parameters(sizes, offset, theta.clone());
    }

    /** @return a copy of [inputs, hidden..., classes] */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return L, the number of weight layers */
    public int layers() {
        return sizes.length - 1;
    }

    /** @return the number of parameters, the length of θ */
    public int count() {
        return theta.length;
    }

    /** @return θ<sub>i</sub> */
    public double get(int i) {
        return theta[Require.index("i", i, theta.length)];
    }

    /** @return a copy of W<sub>l</sub> as [j][k] = w<sub>j→k</sub> */
    public double[][] weights(int l) {
        Require.between("l", l, 1, layers());
        double[][] w = new double[sizes[l - 1]][];
        for (int j = 0; j < w.length; j++) {
            w[j] = Arrays.copyOfRange(theta, offset[l] + j * sizes[l], offset[l] + (j + 1) * sizes[l]);
        }
        return w;
    }

    /** @return a copy of b<sub>l</sub> */
    public double[] biases(int l) {
        Require.between("l", l, 1, layers());
        return Arrays.copyOfRange(theta, biasOffset(l), biasOffset(l) + sizes[l]);
    }

    /** @return w<sub>j→k</sub> of layer l */
    public double weight(int l, int j, int k) {
        Require.between("l", l, 1, layers());
        return theta[offset[l] + Require.index("j", j, sizes[l - 1]) * sizes[l] + Require.index("k", k, sizes[l])];
    }

    public double[] toArray() {
        return theta.clone();
    }

    /** The vector θ itself, for the training kernel and the update loop: writes change the parameters. */
    public double[] array() {
        return theta;
    }

    /** The width of layer l (0 = inputs). */
    int size(int l) {
        return sizes[l];
    }

    /** W<sub>l</sub> fills [weightOffset(l), biasOffset(l)). */
    int weightOffset(int l) {
        return offset[l];
    }

    /** b<sub>l</sub> fills [biasOffset(l), biasOffset(l) + sizes[l]). */
    int biasOffset(int l) {
        return offset[l] + sizes[l - 1] * sizes[l];
    }

    void setWeights(int l, double[][] weights) {
        Require.between("l", l, 1, layers());
        if (Require.finiteMatrix("weights", weights, sizes[l]).length != sizes[l - 1]) {
            throw new IllegalArgumentException("weights must have " + sizes[l - 1] + " rows, had " + weights.length);
        }
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(weights[j], 0, theta, offset[l] + j * sizes[l], sizes[l]);
        }
    }

    void setBiases(int l, double[] biases) {
        Require.between("l", l, 1, layers());
        if (Require.finiteVector("biases", biases).length != sizes[l]) {
            throw new IllegalArgumentException("biases must have " + sizes[l] + " entries, had " + biases.length);
        }
        System.arraycopy(biases, 0, theta, biasOffset(l), sizes[l]);
    }

    /** The L2 penalty (λ/2) Σ w² over the weights (not the biases), exactly 0 for λ = 0; the caller checks λ ≥ 0. */
    double l2Penalty(double l2) {
        double sq = 0.0;
        for (int l = 1; l < sizes.length && l2 != 0.0; l++) {
            for (int i = offset[l]; i < biasOffset(l); i++) {
                sq += theta[i] * theta[i];
            }
        }
        double penalty = l2 == 0.0 ? 0.0 : 0.5 * l2 * sq;
        if (!Double.isFinite(penalty)) {
            throw new IllegalArgumentException("l2 must be 0 when Σ w² overflows (the weights are too big), was " + l2);
        }
        return penalty;
    }

    /** "W1", "b1", "W2", …: the name of the tensor holding θ<sub>i</sub>. */
    String tensorOf(int i) {
        int l = layers();
        while (offset[l] > i) {
            l--;
        }
        return (i < biasOffset(l) ? "W" : "b") + l;
    }

    Parameters requireSameShape(String name, Parameters other) {
        if (!Arrays.equals(sizes, Require.notNull(name, other).sizes)) {
            throw new IllegalArgumentException(name + " must have the sizes " + Arrays.toString(sizes) + ", had "
                    + Arrays.toString(other.sizes));
        }
        return other;
    }
}
