package backprop.cost;

import backprop.Network;

/**
 * ∂L/∂w<sub>j→k</sub> for one sample the long way: the chain rule as a sum over every path from the weight to the
 * outputs. A weight w<sub>j→k</sub> of layer l reaches the loss through z<sub>l,k</sub> and then along every choice of
 * one neuron k<sub>m</sub> in each later layer m = l+1..L; each path contributes the product of its local
 * derivatives,
 * <pre>
 *   ∂L/∂w_{j→k} = Σ_paths a_{l−1,j} · σ′(z_{l,k}) w_{k→k_{l+1}} · σ′(z_{l+1,k_{l+1}}) w_{k_{l+1}→k_{l+2}} ··· δ_{L,k_L}
 * </pre>
 * with δ<sub>L</sub> = ŷ − y. There are n<sub>l+1</sub> · n<sub>l+2</sub> ··· n<sub>L</sub> paths, and each path's
 * 2(L − l) + 2 factors are multiplied afresh, so nothing computed for one path is reused for another.
 * Every multiplication and addition goes through an {@link OpCounter}. The count grows like the product of the widths,
 * so a sum of more than {@link #MAX_MULTIPLICATIONS} multiplications is refused before it starts.
 */
public final class PathSum {

    /** The most multiplications one call may do (about a second's work), counted by {@link OperationCounts}. */
    public static final long MAX_MULTIPLICATIONS = 100_000_000L;

    private final Sample sample;

    /**
     * @param net   the network
     * @param x     one sample, as many finite features as the network has inputs
     * @param label its class
     */
    public PathSum(Network net, double[] x, int label) {
        this.sample = new Sample(net, x, label);
    }

    /**
     * @return ∂L/∂w<sub>j→k</sub> of layer l (1..L) as the sum over every path of the product of its factors
     */
    public double derivative(int l, int j, int k, OpCounter counter) {
        sample.requireWeight(l, j, k);
        Sample.requireCounter(counter);
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

    /** @return ∂L/∂w of every weight, [l][j][k] for l = 1..L (entry 0 is null), each by {@link #derivative} */
    public double[][][] gradient(OpCounter counter) {
        Sample.requireCounter(counter);
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
            throw new IllegalArgumentException("the network's sizes " + java.util.Arrays.toString(sample.sizes)
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
