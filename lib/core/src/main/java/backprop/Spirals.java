package backprop;

import java.util.Random;

/**
 * K spirals, one class per arm: point i of the n<sub>c</sub> of class c at t (cos θ, sin θ), t = (i + 1)/n<sub>c</sub>,
 * θ = 2π (c/K + t); shuffled, plus N(0, noise²), by a seeded {@link Random}.
 */
public final class Spirals {

    private Spirals() {
    }

    /** N ≥ K points on K ≥ 2 arms, with noise in [0, MAX_VALUE / 16]. */
    public static Dataset make(int nSamples, int classes, double noise, long seed) {
        return make(nSamples, classes, noise, true, seed);
    }

    /** {@link #make(int, int, double, long)}, the rows shuffled only if {@code shuffle}. */
    static Dataset make(int nSamples, int classes, double noise, boolean shuffle, long seed) {
        Require.atLeast("classes", classes, 2);
        if (nSamples < classes) {
            throw new IllegalArgumentException("nSamples must be >= classes (" + classes + "), was " + nSamples);
        }
        PlanePoints.requireNoise(noise);
        PlanePoints.requireFits("nSamples", nSamples);
        double[] x = new double[2 * nSamples];
        int[] labels = new int[nSamples];
        int n = 0;
        for (int c = 0; c < classes; c++) {
            int count = nSamples / classes + (c < nSamples % classes ? 1 : 0);
            for (int i = 0; i < count; i++, n++) {
                double t = (i + 1.0) / count;
                double theta = 2 * Math.PI * ((double) c / classes + t);
                x[2 * n] = t * Math.cos(theta);
                x[2 * n + 1] = t * Math.sin(theta);
                labels[n] = c;
            }
        }
        Random random = new Random(seed);
        if (shuffle) {
            FisherYates.shuffle(nSamples, i -> random.nextInt(i + 1), (i, j) -> PlanePoints.swapRows(x, labels, i, j));
        }
        PlanePoints.addNoise(x, noise, random::nextGaussian);
        return new Dataset(x, 2, labels, classes);
    }
}
