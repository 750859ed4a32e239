package backprop.cost;

import backprop.Network;

/** ∂L/∂w<sub>j→k</sub> = a<sub>j</sub> δ<sub>k</sub> for one sample by backpropagation (each δ once), counted. */
public final class CountedBackprop {

    private final Sample sample;

    /** For one sample x (finite, as many features as net has inputs) of class label. */
    public CountedBackprop(Network net, double[] x, int label) {
        this.sample = new Sample(net, x, label);
    }

    /** @return ∂L/∂w of every weight, [l][j][k] for l = 1..L (entry 0 is null) */
    public double[][][] gradient(OpCounter counter) {
        Sample.notNull("counter", counter);
        int top = sample.top();
        double[][][] dW = new double[top + 1][][];
        double[] delta = sample.outputDelta.clone();
        for (int l = top; l >= 1; l--) {
            dW[l] = weightGradient(sample.a[l - 1], delta, counter);
            if (l > 1) {
                delta = deltaBelow(sample.slope[l - 1], sample.w[l], delta, counter);
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

    /** @return the numbers the backward pass keeps from the forward pass: a of layers 0..L−1, σ′ of hidden ones */
    public long keptValues() {
        long count = 0;
        for (int l = 0; l < sample.top(); l++) {
            count += sample.a[l].length + (sample.slope[l] == null ? 0 : sample.slope[l].length);
        }
        return count;
    }
}
