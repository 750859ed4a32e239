package backprop;

import java.util.Arrays;

/**
 * All the parameters θ of a network in one vector, with a view per layer: the weights W<sub>l</sub> as
 * [j][k] = w<sub>j→k</sub> (j over layer l−1, k over layer l) and the biases b<sub>l</sub>. Gradients ∂L/∂θ come
 * in the same shape, so the update θ ← θ − η ∂L/∂θ is one loop over the vector.
 *
 * <p>The layout is written here once: for l = 1..L, W<sub>l</sub> row-major (w<sub>j→k</sub> at
 * {@code weightOffset(l) + j · sizes[l] + k}) followed by b<sub>l</sub> (b<sub>l,k</sub> at
 * {@code biasOffset(l) + k}).
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

    /**
     * All-zero parameters for the layer sizes [inputs, hidden..., classes].
     *
     * @param sizes at least two entries, each ≥ 1, with at most {@link Integer#MAX_VALUE} − 8 parameters in all that
     *              fit the heap
     */
    public static Parameters zeros(int... sizes) {
        Require.notNull("sizes", sizes);
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + Arrays.toString(sizes));
        }
        for (int l = 0; l < sizes.length; l++) {
            Require.atLeast("sizes[" + l + "]", sizes[l], 1);
        }
        int[] offset = new int[sizes.length];
        long count = 0;
        for (int l = 1; l < sizes.length; l++) {
            offset[l] = (int) Math.min(count, Integer.MAX_VALUE);
            count += (long) sizes[l - 1] * sizes[l] + sizes[l];
        }
        Require.fits("sizes " + Arrays.toString(sizes) + " (the parameter count)", count, Double.BYTES);
        return new Parameters(sizes.clone(), offset, new double[(int) count]);
    }

    /** @return an independent copy */
    public Parameters copy() {
        return new Parameters(sizes, offset, theta.clone());
    }

    /** @return a copy of [inputs, hidden..., classes] */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return the width of layer l (0 = inputs) */
    public int size(int l) {
        return sizes[Require.between("l", l, 0, layers())];
    }

    /** @return L, the number of weight layers */
    public int layers() {
        return sizes.length - 1;
    }

    /** @return the number of parameters, the length of θ */
    public int count() {
        return theta.length;
    }

    /** @return the index of w<sub>j→k</sub> of layer l in θ */
    public int weightIndex(int l, int j, int k) {
        requireLayer(l);
        Require.index("j", j, sizes[l - 1]);
        Require.index("k", k, sizes[l]);
        return offset[l] + j * sizes[l] + k;
    }

    /** @return the index of b<sub>l,k</sub> in θ */
    public int biasIndex(int l, int k) {
        requireLayer(l);
        Require.index("k", k, sizes[l]);
        return biasOffset(l) + k;
    }

    /** @return the index of w<sub>0→0</sub> of layer l: W<sub>l</sub> fills [weightOffset(l), biasOffset(l)) */
    public int weightOffset(int l) {
        requireLayer(l);
        return offset[l];
    }

    /** @return the index of b<sub>l,0</sub>: b<sub>l</sub> fills [biasOffset(l), biasOffset(l) + sizes[l]) */
    public int biasOffset(int l) {
        requireLayer(l);
        return offset[l] + sizes[l - 1] * sizes[l];
    }

    /** @return true if θ<sub>i</sub> is a weight (the L2 penalty applies), false if it is a bias */
    public boolean isWeight(int i) {
        Require.index("i", i, theta.length);
        int l = layerOf(i);
        return i < biasOffset(l);
    }

    /** @return the layer l whose W<sub>l</sub> or b<sub>l</sub> holds θ<sub>i</sub> */
    public int layerOf(int i) {
        Require.index("i", i, theta.length);
        int l = layers();
        while (offset[l] > i) {
            l--;
        }
        return l;
    }

    /** @return θ<sub>i</sub> */
    public double get(int i) {
        Require.index("i", i, theta.length);
        return theta[i];
    }

    /** Sets θ<sub>i</sub> to a finite value. */
    public void set(int i, double value) {
        Require.index("i", i, theta.length);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        theta[i] = value;
    }

    /** @return a copy of W<sub>l</sub> as [j][k] = w<sub>j→k</sub> */
    public double[][] weights(int l) {
        requireLayer(l);
        int out = sizes[l];
        double[][] m = new double[sizes[l - 1]][];
        for (int j = 0; j < m.length; j++) {
            m[j] = Arrays.copyOfRange(theta, offset[l] + j * out, offset[l] + (j + 1) * out);
        }
        return m;
    }

    /** @return a copy of b<sub>l</sub> */
    public double[] biases(int l) {
        return Arrays.copyOfRange(theta, biasOffset(l), biasOffset(l) + sizes[l]);
    }

    /** @return w<sub>j→k</sub> of layer l */
    public double weight(int l, int j, int k) {
        return theta[weightIndex(l, j, k)];
    }

    /** Sets W<sub>l</sub> from [j][k] = w<sub>j→k</sub>: sizes[l−1] rows of sizes[l] finite values. */
    public void setWeights(int l, double[][] weights) {
        requireLayer(l);
        Require.finiteMatrix("weights", weights, sizes[l - 1], sizes[l]);
        for (int j = 0; j < weights.length; j++) {
            System.arraycopy(weights[j], 0, theta, offset[l] + j * sizes[l], sizes[l]);
        }
    }

    /** Sets b<sub>l</sub>: sizes[l] finite values. */
    public void setBiases(int l, double[] biases) {
        requireLayer(l);
        if (Require.finiteVector("biases", biases).length != sizes[l]) {
            throw new IllegalArgumentException("biases must have " + sizes[l] + " entries, had " + biases.length);
        }
        System.arraycopy(biases, 0, theta, biasOffset(l), sizes[l]);
    }

    /** @return a copy of the whole vector θ in the layout above */
    public double[] toArray() {
        return theta.clone();
    }

    /**
     * The vector θ itself, for the training kernel and the update loop: writes change the parameters. Notebooks
     * should use the views above.
     */
    public double[] array() {
        return theta;
    }

    /** Overwrites θ with the values of {@code other}, which must have the same sizes. */
    public void copyFrom(Parameters other) {
        requireSameShape("other", other);
        System.arraycopy(other.theta, 0, theta, 0, theta.length);
    }

    /** Σ w² over the weights (not the biases); +∞ if it overflows. */
    private double sumOfSquaredWeights() {
        double sq = 0.0;
        for (int l = 1; l < sizes.length; l++) {
            for (int i = offset[l]; i < biasOffset(l); i++) {
                sq += theta[i] * theta[i];
            }
        }
        return sq;
    }

    /**
     * The L2 penalty (λ/2) Σ w² over the weights (not the biases): exactly 0 for λ = 0.
     *
     * @param l2 λ ≥ 0
     * @throws IllegalArgumentException if the penalty overflows (the weights are too large for this λ)
     */
    public double l2Penalty(double l2) {
        double penalty = Require.nonNegativeFinite("l2", l2) == 0.0 ? 0.0 : 0.5 * l2 * sumOfSquaredWeights();
        if (!Double.isFinite(penalty)) {
            throw new IllegalArgumentException("l2 must be 0 when Σ w² overflows (the weights are too large), was " + l2);
        }
        return penalty;
    }

    /** @return the name of the tensor that holds θ<sub>i</sub>: "W1", "b1", "W2", … */
    public String tensorOf(int i) {
        int l = layerOf(i);
        return (isWeight(i) ? "W" : "b") + l;
    }

    /** Checks that {@code other} has the same layer sizes, naming it {@code name}. */
    void requireSameShape(String name, Parameters other) {
        Require.notNull(name, other);
        if (!Arrays.equals(sizes, other.sizes)) {
            throw new IllegalArgumentException(name + " must have the sizes " + Arrays.toString(sizes) + ", had "
                    + Arrays.toString(other.sizes));
        }
    }

    @Override
    public String toString() {
        return "Parameters" + Arrays.toString(sizes) + ", " + theta.length + " values";
    }

    private void requireLayer(int l) {
        Require.between("l", l, 1, layers());
    }
}
