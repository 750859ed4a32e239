package backprop.cost;

import backprop.CrossEntropy;
import backprop.ForwardPass;
import backprop.Network;
import java.util.Arrays;

/** What both ways to the gradient start from, uncounted: a<sub>0..L−1</sub>, hidden σ′(z) and δ<sub>L</sub> = ŷ − y. */
final class Sample {

    final int[] sizes;
    final double[][][] w;
    final double[][] a;
    final double[][] slope;
    final double[] outputDelta;

    Sample(Network net, double[] x, int label) {
        sizes = notNull("net", net).sizes();
        int top = net.layers();
        if (x == null || x.length != sizes[0]) {
            throw new IllegalArgumentException("x must have " + sizes[0] + " features, had "
                    + (x == null ? "null" : String.valueOf(x.length)));
        }
        ForwardPass f = net.forward(new double[][] {x}); // checks that x is finite; outputDelta checks the label
        w = new double[top + 1][][];
        a = new double[top][];
        slope = new double[top][];
        for (int l = 0; l < top; l++) {
            a[l] = f.a(l)[0];
            w[l + 1] = net.weights(l + 1);
            slope[l] = l == 0 ? null : Arrays.stream(f.z(l)[0]).map(net.activation()::derivative).toArray();
        }
        outputDelta = CrossEntropy.gradient(f.yHat()[0], CrossEntropy.oneHot(label, sizes[top]));
    }

    int top() {
        return sizes.length - 1;
    }

    void requireWeight(int l, int j, int k) {
        if (l < 1 || l > top()) {
            throw new IllegalArgumentException("l must be in [1, " + top() + "], was " + l);
        }
        if (j < 0 || j >= sizes[l - 1]) {
            throw new IllegalArgumentException("j must be in [0, " + sizes[l - 1] + "), was " + j);
        }
        if (k < 0 || k >= sizes[l]) {
            throw new IllegalArgumentException("k must be in [0, " + sizes[l] + "), was " + k);
        }
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return value;
    }
}
