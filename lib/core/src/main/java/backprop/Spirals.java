package backprop;

import java.util.Random;

/**
 * K interleaved spirals in the plane, one class per arm: a data set with three or more classes that no straight line
 * (and no softmax regression) separates.
 *
 * <p>Of {@code nSamples} points, class c gets n<sub>c</sub> = &lfloor;nSamples / K&rfloor; points, plus one for the
 * first nSamples mod K classes. Point i = 0..n<sub>c</sub>−1 of class c lies at
 * <pre>
 *   t = (i + 1) / n_c,   r = t,   θ = 2π (c / K + TURNS · t),   x = (r cos θ, r sin θ)
 * </pre>
 * so each arm starts near the centre, winds once around it ({@link #TURNS} = 1) and ends on the unit circle, the K
 * arms turned by 2π/K against each other. The classes come in order, 0 first; with {@code shuffle} the rows are then
 * permuted, and finally independent Gaussian noise N(0, noise²) is added to each coordinate, all from a
 * {@link Random} seeded by {@code seed}.
 */
public final class Spirals {

    /** How many times each arm winds around the centre. */
    public static final double TURNS = 1.0;

    private Spirals() {
    }

    /** Shuffled spirals: {@code make(nSamples, classes, noise, true, seed)}. */
    public static Dataset make(int nSamples, int classes, double noise, long seed) {
        return make(nSamples, classes, noise, true, seed);
    }

    /**
     * Generates the spirals.
     *
     * @param nSamples the total number of points, &ge; classes, fitting the heap
     * @param classes  the number of arms K, &ge; 2
     * @param noise    the standard deviation of the Gaussian noise on each coordinate, finite and &ge; 0
     * @param shuffle  whether to permute the points (otherwise all of class 0, then class 1, &hellip;)
     * @param seed     the seed of the permutation and of the noise
     * @return a data set of nSamples points with 2 features and {@code classes} classes
     */
    public static Dataset make(int nSamples, int classes, double noise, boolean shuffle, long seed) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, was " + classes);
        }
        if (nSamples < classes) {
            throw new IllegalArgumentException("nSamples must be >= classes (" + classes + "), was " + nSamples);
        }
        if (!(noise >= 0.0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be >= 0 and finite, was " + noise);
        }
        PlanePoints.requireFits("nSamples", nSamples);
        double[] x = new double[2 * nSamples];
        int[] labels = new int[nSamples];
        int n = 0;
        for (int c = 0; c < classes; c++) {
            int count = nSamples / classes + (c < nSamples % classes ? 1 : 0);
            for (int i = 0; i < count; i++, n++) {
                double t = (i + 1.0) / count;
                double theta = 2 * Math.PI * ((double) c / classes + TURNS * t);
                x[2 * n] = t * Math.cos(theta);
                x[2 * n + 1] = t * Math.sin(theta);
                labels[n] = c;
            }
        }
        Random random = new Random(seed);
        if (shuffle) {
            FisherYates.shuffle(nSamples, random, (i, j) -> PlanePoints.swapRows(x, labels, i, j));
        }
        PlanePoints.addNoise(x, noise, random::nextGaussian);
        return Dataset.ofFlat(x, 2, labels, classes);
    }
}
