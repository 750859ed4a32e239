package backprop.cost;

import backprop.Network;

/**
 * ∂L/∂w for one sample by backpropagation, written plainly and counting its arithmetic: from δ<sub>L</sub> = ŷ − y,
 * each layer l = L..1 gives ∂L/∂w<sub>j→k</sub> = a<sub>l−1,j</sub> δ<sub>l,k</sub> and, below the top hidden
 * layer, the error signals one layer down, δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub>
 * w<sub>j→k</sub>. Each δ is computed once and reused by every weight and every δ below it.
 */
public final class CountedBackprop {

    private final Sample sample;
    private double[][] delta;

    /**
     * @param net   the network
     * @param x     one sample, as many finite features as the network has inputs
     * @param label its class
     */
    public CountedBackprop(Network net, double[] x, int label) {
        this.sample = new Sample(net, x, label);
    }

    /** @return ∂L/∂w of every weight, [l][j][k] for l = 1..L (entry 0 is null); keeps the δ's for {@link #delta} */
    public double[][][] gradient(OpCounter counter) {
        Sample.requireCounter(counter);
        int[] sizes = sample.sizes;
        int top = sample.top();
        double[][][] dW = new double[top + 1][][];
        delta = new double[top + 1][];
        delta[top] = sample.outputDelta.clone();
        for (int l = top; l >= 1; l--) {
            dW[l] = weightGradient(sample.a[l - 1], delta[l], counter);
            if (l > 1) {
                delta[l - 1] = deltaBelow(sample.slope[l - 1], sample.w[l], delta[l], counter);
            }
        }
        return dW;
    }

    /** ∂L/∂w<sub>j→k</sub> = a<sub>j</sub> δ<sub>k</sub>. */
    private static double[][] weightGradient(double[] a, double[] delta, OpCounter counter) {
        double[][] dW = new double[a.length][delta.length];
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < delta.length; k++) {
                dW[j][k] = counter.times(a[j], delta[k]);
            }
        }
        return dW;
    }

    /** δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>. */
    private static double[] deltaBelow(double[] slope, double[][] w, double[] delta, OpCounter counter) {
        double[] below = new double[slope.length];
        for (int j = 0; j < slope.length; j++) {
            double sum = counter.times(delta[0], w[j][0]);
            for (int k = 1; k < delta.length; k++) {
                sum = counter.plus(sum, counter.times(delta[k], w[j][k]));
            }
            below[j] = counter.times(slope[j], sum);
        }
        return below;
    }

    /** @return δ<sub>l</sub> of the last {@link #gradient} call, for l = 1..L */
    public double[] delta(int l) {
        if (delta == null) {
            throw new IllegalStateException("call gradient(counter) first");
        }
        if (l < 1 || l > sample.top()) {
            throw new IllegalArgumentException("l must be in [1, " + sample.top() + "], was " + l);
        }
        return delta[l].clone();
    }

    /**
     * @return how many numbers the backward pass keeps from the forward pass for this one sample: the activations
     *         a<sub>l</sub> of layers 0..L−1 (for a<sub>j</sub> δ<sub>k</sub>) and the slopes σ′(z<sub>l</sub>) of the
     *         hidden layers (for the recursion), counted from the arrays it holds
     */
    public long keptValues() {
        long count = 0;
        for (int l = 0; l < sample.top(); l++) {
            count += sample.a[l].length;
            count += sample.slope[l] == null ? 0 : sample.slope[l].length;
        }
        return count;
    }
}
