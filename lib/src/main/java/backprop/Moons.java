package backprop;

import java.util.SplittableRandom;

/**
 * The two-moons data set of scikit-learn's {@code make_moons}: two interleaving half circles in the plane,
 * a standard example of classes that no straight line separates.
 *
 * <p>Of {@code nSamples} points, n<sub>out</sub> = &lfloor;nSamples / 2&rfloor; lie on the outer moon
 * (label 0) and n<sub>in</sub> = nSamples &minus; n<sub>out</sub> on the inner moon (label 1):
 * <pre>
 *   outer: (cos t,     sin t),           t = linspace(0, &pi;, n_out)
 *   inner: (1 &minus; cos t, 1 &minus; sin t &minus; 0.5),   t = linspace(0, &pi;, n_in)
 * </pre>
 * where linspace(0, &pi;, m) is t<sub>i</sub> = i &middot; (&pi; / (m &minus; 1)) with the last point set to
 * exactly &pi;, as numpy computes it (and t<sub>0</sub> = 0 when m = 1). The outer points come first, then the inner
 * ones. With {@code shuffle} the rows are then permuted, and finally independent Gaussian noise
 * N(0, noise&sup2;) is added to each coordinate.
 *
 * <p>With noise 0 and no shuffle the labels are scikit-learn's, and so is every coordinate bit for bit wherever the
 * C library under numpy rounds cos t and sin t correctly: here cos and sin are correctly rounded
 * ({@link CorrectlyRoundedTrig}), while glibc's are off by one unit in the last place on about one value in a
 * thousand, where the coordinates then differ by at most 2<sup>&minus;52</sup>. The random parts use Java's
 * {@link SplittableRandom} seeded by {@code seed}: reproducible (also across JDK 17 and 25), but not numpy's stream.
 */
public final class Moons {

    private Moons() {
    }

    /** Shuffled two moons: {@code make(nSamples, noise, true, seed)}. */
    public static Dataset make(int nSamples, double noise, long seed) {
        return make(nSamples, noise, true, seed);
    }

    /**
     * Generates the two moons.
     *
     * @param nSamples the total number of points, &ge; 1
     * @param noise    the standard deviation of the Gaussian noise on each coordinate, finite and &ge; 0
     * @param shuffle  whether to permute the points (otherwise all of class 0, then all of class 1)
     * @param seed     the seed of the permutation and of the noise
     * @return a data set of nSamples points with 2 features and 2 classes
     */
    public static Dataset make(int nSamples, double noise, boolean shuffle, long seed) {
        if (nSamples <= 0) {
            throw new IllegalArgumentException("nSamples must be >= 1, was " + nSamples);
        }
        if (!(noise >= 0.0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be >= 0 and finite, was " + noise);
        }
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[] x = new double[2 * nSamples];
        int[] labels = new int[nSamples];
        double[] cosSin = new double[2];
        for (int i = 0; i < nIn; i++) {
            CorrectlyRoundedTrig.cosSin(linspacePi(i, nIn), cosSin);
            inner(x, nOut + i, cosSin);
            if (nOut == nIn) { // even count: both moons share the angles
                outer(x, i, cosSin);
            }
        }
        for (int i = 0; nOut != nIn && i < nOut; i++) {
            CorrectlyRoundedTrig.cosSin(linspacePi(i, nOut), cosSin);
            outer(x, i, cosSin);
        }
        for (int n = nOut; n < nSamples; n++) {
            labels[n] = 1;
        }
        SplittableRandom random = new SplittableRandom(seed);
        if (shuffle) {
            shuffleRows(x, labels, random);
        }
        if (noise > 0.0) {
            for (int i = 0; i < x.length; i++) {
                x[i] += noise * random.nextGaussian();
            }
        }
        return Dataset.ofFlat(x, 2, labels, 2);
    }

    /** Angle i of numpy's linspace(0, &pi;, m): i &middot; (&pi; / (m &minus; 1)), the last one exactly &pi;. */
    private static double linspacePi(int i, int m) {
        if (m == 1) {
            return 0.0;
        }
        return i == m - 1 ? Math.PI : i * (Math.PI / (m - 1));
    }

    /** Row n of the outer moon: (cos t, sin t). */
    private static void outer(double[] x, int n, double[] cosSin) {
        x[2 * n] = cosSin[0];
        x[2 * n + 1] = cosSin[1];
    }

    /** Row n of the inner moon: (1 &minus; cos t, 1 &minus; sin t &minus; 0.5), in numpy's order of operations. */
    private static void inner(double[] x, int n, double[] cosSin) {
        x[2 * n] = 1 - cosSin[0];
        x[2 * n + 1] = 1 - cosSin[1] - 0.5;
    }

    /** Fisher–Yates permutation of the rows, keeping each label with its point. */
    private static void shuffleRows(double[] x, int[] labels, SplittableRandom random) {
        for (int i = labels.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            x[2 * i] = x[2 * k];
            x[2 * i + 1] = x[2 * k + 1];
            x[2 * k] = x0;
            x[2 * k + 1] = x1;
            int y = labels[i];
            labels[i] = labels[k];
            labels[k] = y;
        }
    }
}
