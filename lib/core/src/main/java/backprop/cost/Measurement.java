package backprop.cost;

import backprop.Activation;
import backprop.Init;
import backprop.Network;
import java.util.Arrays;

/**
 * One row of the cost comparison on a tanh network and one sample: the operations of {@link PathSum} and
 * {@link CountedBackprop}, the values backprop kept, and the largest |∂L/∂w by paths − by the recursion|.
 */
public record Measurement(int[] sizes, long weights, long pathMultiplications, long pathAdditions,
        long backpropMultiplications, long backpropAdditions, long keptValues, double largestDifference) {

    /** Measures seeded Xavier weights on x<sub>i</sub> = ±0.5 (alternating), class 0; the counts depend on neither. */
    public static Measurement of(int[] sizes, long seed) {
        Network net = Network.create(Activation.TANH, Init.XAVIER, seed, sizes);
        double[] x = new double[sizes[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? 0.5 : -0.5;
        }
        OpCounter byPaths = new OpCounter();
        double[][][] pathGradient = new PathSum(net, x, 0).gradient(byPaths);
        CountedBackprop backprop = new CountedBackprop(net, x, 0);
        OpCounter byRecursion = new OpCounter();
        double[][][] recursionGradient = backprop.gradient(byRecursion);
        double largest = 0;
        long weights = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l - 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    largest = Math.max(largest, Math.abs(pathGradient[l][j][k] - recursionGradient[l][j][k]));
                    weights++;
                }
            }
        }
        return new Measurement(sizes.clone(), weights, byPaths.multiplications(), byPaths.additions(),
                byRecursion.multiplications(), byRecursion.additions(), backprop.keptValues(), largest);
    }

    public long pathOperations() {
        return pathMultiplications + pathAdditions;
    }

    public long backpropOperations() {
        return backpropMultiplications + backpropAdditions;
    }

    /** @return the widths joined by '-', e.g. "2-3-3-2" */
    public String shape() {
        return String.join("-", Arrays.stream(sizes).mapToObj(String::valueOf).toList());
    }
}
