package backprop.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Activation;
import backprop.Dataset;
import backprop.Gradients;
import backprop.Init;
import backprop.Network;
import org.junit.jupiter.api.Test;

class OperationCountTest {

    private static final int[][] SHAPES = {
        {2, 2}, {2, 3, 2}, {2, 3, 3, 2}, {3, 5, 4, 2}, {2, 4, 4, 4, 4, 3}, {1, 2, 7, 3}, {4, 6, 6, 6, 2}
    };

    private static double[] input(int d) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = 0.4 - 0.35 * i;
        }
        return x;
    }

    /** The counts measured by the instrumented code equal the closed forms, for every shape. */
    @Test
    void measuredCountsEqualTheFormulas() {
        for (int[] sizes : SHAPES) {
            Network net = Network.create(Activation.TANH, Init.XAVIER, 5, sizes);
            double[] x = input(sizes[0]);
            OpCounter paths = new OpCounter();
            new PathSum(net, x, 0).gradient(paths);
            assertEquals(OperationCounts.allPathMultiplications(sizes), paths.multiplications());
            assertEquals(OperationCounts.allPathAdditions(sizes), paths.additions());

            OpCounter recursion = new OpCounter();
            CountedBackprop backprop = new CountedBackprop(net, x, 0);
            backprop.gradient(recursion);
            assertEquals(OperationCounts.backpropMultiplications(sizes), recursion.multiplications());
            assertEquals(OperationCounts.backpropAdditions(sizes), recursion.additions());
            assertEquals(keptValues(sizes), backprop.keptValues());

            for (int l = 1; l < sizes.length; l++) {
                OpCounter one = new OpCounter();
                new PathSum(net, x, 0).derivative(l, 0, sizes[l] - 1, one);
                assertEquals(OperationCounts.pathMultiplications(sizes, l), one.multiplications());
                assertEquals(paths(sizes, l) - 1, one.additions());
            }
        }
    }

    /** The formulas themselves, worked by hand for 2-3-3-2. */
    @Test
    void formulasByHandFor2332() {
        int[] sizes = {2, 3, 3, 2};
        assertEquals(6 * 5, OperationCounts.pathMultiplications(sizes, 1)); // 3 · 2 paths of a, σ′, w, σ′, w, δ
        assertEquals(2 * 3, OperationCounts.pathMultiplications(sizes, 2));
        assertEquals(1, OperationCounts.pathMultiplications(sizes, 3));
        // paths, all weights: 6 weights · 30 + 9 · (2 · 3) + 6 · 1 = 180 + 54 + 6
        assertEquals(240, OperationCounts.allPathMultiplications(sizes));
        assertEquals(6 * 5 + 9 * 1, OperationCounts.allPathAdditions(sizes));
        // backprop: a·δ for 21 weights; δ₂: 3 · (2 + 1); δ₁: 3 · (3 + 1)
        assertEquals(21 + 9 + 12, OperationCounts.backpropMultiplications(sizes));
        assertEquals(3 * 1 + 3 * 2, OperationCounts.backpropAdditions(sizes));
    }

    /** Notebook 03: the recursion makes 3W − 2 n₀n₁ operations for W weights; 2-3-3-2 keeps 14 numbers per sample. */
    @Test
    void recursionCostsThreeOperationsPerWeightAndKeepsTheActivations() {
        for (int[] sizes : SHAPES) {
            long work = OperationCounts.backpropMultiplications(sizes) + OperationCounts.backpropAdditions(sizes);
            assertEquals(3 * weights(sizes) - 2L * sizes[0] * sizes[1], work);
        }
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 3, 2);
        assertEquals(14, new CountedBackprop(net, input(2), 0).keptValues());
    }

    /** n₁ n₂ ··· n_L: the paths from a weight of layer l to the outputs, by multiplying the widths. */
    static long paths(int[] sizes, int l) {
        long p = 1;
        for (int m = l + 1; m < sizes.length; m++) {
            p *= sizes[m];
        }
        return p;
    }

    static long weights(int[] sizes) {
        long w = 0;
        for (int l = 1; l < sizes.length; l++) {
            w += (long) sizes[l - 1] * sizes[l];
        }
        return w;
    }

    /** The a's of layers 0..L−1 and the σ′'s of the hidden layers. */
    static long keptValues(int[] sizes) {
        long kept = sizes[0];
        for (int l = 1; l < sizes.length - 1; l++) {
            kept += 2L * sizes[l];
        }
        return kept;
    }

    /**
     * Both ways give the library's gradient for one sample. The path sum adds the same terms in another order,
     * up to 4·5·6 = 120 of them of size ≤ 1, so rounding stays below 1e-13.
     */
    @Test
    void bothEqualTheLibrarysGradient() {
        for (int[] sizes : SHAPES) {
            Network net = Network.create(Activation.TANH, Init.XAVIER, 8, sizes);
            double[] x = input(sizes[0]);
            int label = sizes[sizes.length - 1] - 1;
            Gradients g = net.gradients(new Dataset(new double[][] {x}, new int[] {label}, sizes[sizes.length - 1]), 0);
            CountedBackprop backprop = new CountedBackprop(net, x, label);
            double[][][] byRecursion = backprop.gradient(new OpCounter());
            double[][][] byPaths = new PathSum(net, x, label).gradient(new OpCounter());
            for (int l = 1; l < sizes.length; l++) {
                double[][] expected = g.dW(l);
                for (int j = 0; j < expected.length; j++) {
                    for (int k = 0; k < expected[j].length; k++) {
                        assertEquals(expected[j][k], byRecursion[l][j][k], 1e-13);
                        assertEquals(expected[j][k], byPaths[l][j][k], 1e-13);
                    }
                }
            }
        }
    }

    @Test
    void pathsGrowAsTheProductOfWidthsBackpropAsTheWeights() {
        for (int depth = 1; depth <= 5; depth++) {
            int[] sizes = new int[depth + 2];
            java.util.Arrays.fill(sizes, 4);
            assertEquals((long) Math.pow(4, depth) * (2 * depth + 1), OperationCounts.pathMultiplications(sizes, 1));
            long weights = weights(sizes);
            long work = OperationCounts.backpropMultiplications(sizes) + OperationCounts.backpropAdditions(sizes);
            assertTrue(work >= weights && work <= 3 * weights, depth + ": " + work + " vs " + weights);
        }
    }

    @Test
    void rejectsBadInput() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        PathSum paths = new PathSum(net, new double[2], 0);
        assertMessage("l must be in [1, 2], was 0", () -> paths.derivative(0, 0, 0, new OpCounter()));
        assertMessage("j must be in [0, 2), was 2", () -> paths.derivative(1, 2, 0, new OpCounter()));
        assertMessage("k must be in [0, 3), was -1", () -> paths.derivative(1, 0, -1, new OpCounter()));
        assertMessage("counter must not be null", () -> paths.derivative(1, 0, 0, null));
        assertMessage("counter must not be null", () -> new CountedBackprop(net, new double[2], 0).gradient(null));
        assertMessage("x must have 2 features, had 1", () -> new PathSum(net, new double[1], 0));
        assertMessage("label must be in [0, 2), was 5", () -> new CountedBackprop(net, new double[2], 5));
        assertMessage("net must not be null", () -> new PathSum(null, new double[2], 0));
        assertMessage("x[0][0] must be finite", () -> new PathSum(net, new double[] {Double.NaN, 0}, 0));
        assertMessage("sizes[1] must be >= 1, was 0", () -> OperationCounts.backpropAdditions(new int[] {2, 0, 2}));
        assertMessage("sizes must list at least", () -> OperationCounts.allPathAdditions(new int[] {2}));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
