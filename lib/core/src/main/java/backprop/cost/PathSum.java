package backprop.cost;

import backprop.Network;
import java.util.Arrays;

/**
 * ∂L/∂w<sub>j→k</sub> for one sample the long way: the chain rule summed over every path from the weight of layer l
 * through one neuron k<sub>m</sub> of each later layer m to the outputs,
 * <pre>
 *   ∂L/∂w_{j→k} = Σ_paths a_{l−1,j} · σ′(z_{l,k}) w_{k→k_{l+1}} · σ′(z_{l+1,k_{l+1}}) w_{k_{l+1}→k_{l+2}} ··· δ_{L,k_L}
 * </pre>
 * with δ<sub>L</sub> = ŷ − y, each product afresh by an {@link OpCounter}; over {@link #MAX_MULTIPLICATIONS} refused.
 */
public final class PathSum {

    /** The most multiplications one call may do (about a second's work), counted by {@link OperationCounts}. */
    public static final long MAX_MULTIPLICATIONS = 100_000_000L;

    private final Sample sample;

    /** For one sample x (finite, as many features as net has inputs) of class label. */
    public PathSum(Network net, double[] x, int label) {
        this.sample = new Sample(net, x, label);
    }

    /** @return ∂L/∂w<sub>j→k</sub> of layer l (1..L), the sum over every path of the product of its factors */
    public double derivative(int l, int j, int k, OpCounter counter) {
        sample.requireWeight(l, j, k);
        Sample.notNull("counter", counter);
        requireAffordable(OperationCounts.pathMultiplications(sample.sizes, l));
        int top = sample.top();
        int[] node = new int[top + 1]; // node[m] = k_m, the path's neuron in layer m; node[l] = k is fixed
        node[l] = k;
        double sum = 0;
        boolean first = true;
        do {
            double product = sample.a[l - 1][j];
            for (int m = l; m < top; m++) {
                product = counter.times(product, sample.slope[m][node[m]]);
                product = counter.times(product, sample.w[m + 1][node[m]][node[m + 1]]);
            }
            product = counter.times(product, sample.outputDelta[node[top]]);
            sum = first ? product : counter.plus(sum, product);
            first = false;
        } while (nextPath(node, l));
        return sum;
    }

    /** ∂L/∂w of every weight, [l][j][k] for l = 1..L (entry 0 is null), each by {@link #derivative}. */
    double[][][] gradient(OpCounter counter) {
        requireAffordable(OperationCounts.allPathMultiplications(sample.sizes));
        int[] sizes = sample.sizes;
        double[][][] dW = new double[sizes.length][][];
        for (int l = 1; l < sizes.length; l++) {
            dW[l] = new double[sizes[l - 1]][sizes[l]];
            for (int j = 0; j < sizes[l - 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    dW[l][j][k] = derivative(l, j, k, counter);
                }
            }
        }
        return dW;
    }

    private void requireAffordable(long multiplications) {
        if (multiplications > MAX_MULTIPLICATIONS) {
            throw new IllegalArgumentException("the network's sizes " + Arrays.toString(sample.sizes)
                    + " must need at most " + MAX_MULTIPLICATIONS + " multiplications for the path sum, need "
                    + multiplications);
        }
    }

    /** Advances node[l+1..L] like an odometer, the last layer fastest; false after the last path. */
    private boolean nextPath(int[] node, int l) {
        for (int m = node.length - 1; m > l; m--) {
            if (++node[m] < sample.sizes[m]) {
                return true;
            }
            node[m] = 0;
        }
        return false;
    }
}
