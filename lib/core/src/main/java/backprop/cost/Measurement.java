package backprop.cost;

import backprop.Activation;
import backprop.Init;
import backprop.Network;

/**
 * One row of the cost comparison: for a tanh network of the given widths and one sample, the multiplications and
 * additions that {@link PathSum} and {@link CountedBackprop} really executed for the gradient of every weight, the
 * values the backward pass kept, and how far apart the two gradients came out.
 *
 * @param sizes                   the widths n<sub>0</sub>, …, n<sub>L</sub>
 * @param weights                 the number of weights
 * @param paths                   the paths from one first-layer weight to the outputs, counted while enumerating
 * @param pathMultiplications     the path sum's multiplications, all weights
 * @param pathAdditions           the path sum's additions, all weights
 * @param backpropMultiplications the recursion's multiplications, all weights
 * @param backpropAdditions       the recursion's additions, all weights
 * @param keptValues              the a's and σ′'s the backward pass held for the sample
 * @param largestDifference       max |∂L/∂w by paths − ∂L/∂w by the recursion| over all weights
 */
public record Measurement(int[] sizes, long weights, long paths, long pathMultiplications, long pathAdditions,
        long backpropMultiplications, long backpropAdditions, long keptValues, double largestDifference) {

    /**
     * Measures a network of widths {@code sizes} with seeded Xavier weights, on the sample x<sub>i</sub> = ±0.5
     * (alternating) of class 0. The counts do not depend on the weights or the sample; the gradients do.
     */
    public static Measurement of(int[] sizes, long seed) {
        Network net = Network.create(Activation.TANH, Init.XAVIER, seed, sizes);
        double[] x = new double[sizes[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? 0.5 : -0.5;
        }
        PathSum pathSum = new PathSum(net, x, 0);
        OpCounter onePath = new OpCounter();
        pathSum.derivative(1, 0, 0, onePath);
        OpCounter byPaths = new OpCounter();
        double[][][] pathGradient = pathSum.gradient(byPaths);
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
        // a path sum of P products makes P − 1 additions
        return new Measurement(sizes.clone(), weights, onePath.additions() + 1, byPaths.multiplications(),
                byPaths.additions(), byRecursion.multiplications(), byRecursion.additions(), backprop.keptValues(),
                largest);
    }

    /** @return the path sum's multiplications + additions */
    public long pathOperations() {
        return pathMultiplications + pathAdditions;
    }

    /** @return the recursion's multiplications + additions */
    public long backpropOperations() {
        return backpropMultiplications + backpropAdditions;
    }

    /** @return the widths joined by '-', e.g. "2-3-3-2" */
    public String shape() {
        StringBuilder s = new StringBuilder();
        for (int n : sizes) {
            s.append(s.length() > 0 ? "-" : "").append(n);
        }
        return s.toString();
    }
}
