package backprop;

/**
 * The two-moons data set of scikit-learn's {@code make_moons}, point for point: two interleaving half circles in the
 * plane, a standard example of classes that no straight line separates.
 *
 * <p>n<sub>out</sub> points lie on the outer moon (label 0), n<sub>in</sub> on the inner moon (label 1); from a
 * total {@code nSamples}, n<sub>out</sub> = &lfloor;nSamples / 2&rfloor; and n<sub>in</sub> = nSamples &minus;
 * n<sub>out</sub>:
 * <pre>
 *   outer: (cos t,     sin t),                t = linspace(0, &pi;, n_out)
 *   inner: (1 &minus; cos t, 1 &minus; sin t &minus; 0.5),   t = linspace(0, &pi;, n_in)
 * </pre>
 * where linspace(0, &pi;, m) is t<sub>i</sub> = i &middot; (&pi; / (m &minus; 1)) with the last point exactly &pi;
 * (and t<sub>0</sub> = 0 when m = 1), as numpy computes it. The outer points come first. Then, drawing from numpy's
 * {@code RandomState(seed)} (the package's {@code NumpyRandomState}) in scikit-learn's order:
 * <ol>
 *   <li>with {@code shuffle}, the rows (point and label together) are permuted by numpy's shuffle;</li>
 *   <li>every coordinate, row by row, moves by noise &middot; g for the next standard normal g
 *       (numpy's {@code normal(scale=noise, size=(n, 2))}).</li>
 * </ol>
 *
 * <p><b>Same data as scikit-learn.</b> For every seed in [0, 2<sup>32</sup>) the labels are those of
 * {@code make_moons(n_samples, shuffle=shuffle, noise=noise, random_state=seed)} and the coordinates agree to within
 * 10<sup>&minus;12</sup> (measured: a few 10<sup>&minus;16</sup>, times the noise for its share). They can differ at
 * all only through cos, sin and log, which here are {@link StrictMath}'s (fdlibm: the same bits on every JVM) and in
 * numpy the C library's; both are within one unit in the last place. The classic
 * {@code np.random.seed(0); make_moons(200, noise=0.20)} is {@code make(200, 0.2, true, 0)}: the global
 * {@code RandomState} seeded with 0 is {@code RandomState(0)}.
 */
public final class Moons {

    /**
     * The largest noise: |g| &lt; 12.1 for numpy's normal values ({@link NumpyRandomState#nextGaussian()}), so
     * |noise &middot; g| &lt; 0.76 &middot; {@link Double#MAX_VALUE} and every coordinate stays finite.
     */
    static final double MAX_NOISE = Double.MAX_VALUE / 16;

    private Moons() {
    }

    /** Shuffled two moons: {@code make(nSamples, noise, true, seed)}. */
    public static Dataset make(int nSamples, double noise, long seed) {
        return make(nSamples, noise, true, seed);
    }

    /**
     * scikit-learn's {@code make_moons(nSamples, shuffle=shuffle, noise=noise, random_state=seed)}.
     *
     * @param nSamples the total number of points, &ge; 1: &lfloor;nSamples / 2&rfloor; on the outer moon, the rest
     *                 on the inner one
     * @param noise    the standard deviation of the Gaussian noise on each coordinate, in [0, {@link #MAX_NOISE}]
     * @param shuffle  whether to permute the points (otherwise all of class 0, then all of class 1)
     * @param seed     numpy's seed, an integer in [0, 2<sup>32</sup> &minus; 1]
     * @return a data set of nSamples points with 2 features and 2 classes
     * @throws IllegalArgumentException naming the parameter, for a size below 1 or too large for an array or the
     *                                  heap, a noise out of range or NaN, a seed out of range
     */
    public static Dataset make(int nSamples, double noise, boolean shuffle, long seed) {
        if (nSamples < 1) {
            throw new IllegalArgumentException("nSamples must be >= 1, was " + nSamples);
        }
        PlanePoints.requireFits("nSamples", nSamples);
        return generate(nSamples / 2, nSamples - nSamples / 2, noise, shuffle, seed);
    }

    /**
     * scikit-learn's {@code make_moons((nOuter, nInner), shuffle=shuffle, noise=noise, random_state=seed)}: chosen
     * numbers of points on each moon.
     *
     * @param nOuter the number of points on the outer moon (label 0), &ge; 0
     * @param nInner the number of points on the inner moon (label 1), &ge; 0, with nOuter + nInner &ge; 1
     * @param noise  the standard deviation of the Gaussian noise on each coordinate, in [0, {@link #MAX_NOISE}]
     * @param shuffle whether to permute the points (otherwise all of class 0, then all of class 1)
     * @param seed   numpy's seed, an integer in [0, 2<sup>32</sup> &minus; 1]
     * @return a data set of nOuter + nInner points with 2 features and 2 classes
     * @throws IllegalArgumentException naming the parameter, as {@link #make(int, double, boolean, long)}
     */
    public static Dataset make(int nOuter, int nInner, double noise, boolean shuffle, long seed) {
        if (nOuter < 0) {
            throw new IllegalArgumentException("nOuter must be >= 0, was " + nOuter);
        }
        if (nInner < 0) {
            throw new IllegalArgumentException("nInner must be >= 0, was " + nInner);
        }
        long total = (long) nOuter + nInner;
        if (total < 1) {
            throw new IllegalArgumentException("nOuter + nInner must be >= 1, was 0");
        }
        PlanePoints.requireFits("nOuter + nInner", total);
        return generate(nOuter, nInner, noise, shuffle, seed);
    }

    private static Dataset generate(int nOuter, int nInner, double noise, boolean shuffle, long seed) {
        if (!(noise >= 0.0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be >= 0 and finite, was " + noise);
        }
        if (noise > MAX_NOISE) {
            throw new IllegalArgumentException("noise must be at most " + MAX_NOISE
                    + " (Double.MAX_VALUE / 16, so that every coordinate stays finite), was " + noise);
        }
        NumpyRandomState random = new NumpyRandomState(seed);
        int n = nOuter + nInner;
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < nOuter; i++) {
            double t = linspacePi(i, nOuter);
            x[2 * i] = StrictMath.cos(t);
            x[2 * i + 1] = StrictMath.sin(t);
        }
        for (int i = 0; i < nInner; i++) {
            double t = linspacePi(i, nInner);
            boolean sameAngles = nInner == nOuter; // then cos t and sin t are the outer moon's row i
            double cos = sameAngles ? x[2 * i] : StrictMath.cos(t);
            double sin = sameAngles ? x[2 * i + 1] : StrictMath.sin(t);
            int row = nOuter + i;
            x[2 * row] = 1 - cos;
            x[2 * row + 1] = 1 - sin - 0.5;
            labels[row] = 1;
        }
        if (shuffle) {
            FisherYates.shuffle(n, random::nextInt, (i, j) -> PlanePoints.swapRows(x, labels, i, j));
        }
        // numpy also adds noise·g = ±0 for noise 0; that changes no coordinate, so drawing nothing gives the same data
        PlanePoints.addNoise(x, noise, random::nextGaussian);
        return Dataset.ofFlat(x, 2, labels, 2);
    }

    /** Angle i of numpy's linspace(0, &pi;, m): i &middot; (&pi; / (m &minus; 1)), the last one exactly &pi;. */
    private static double linspacePi(int i, int m) {
        if (m == 1) {
            return 0.0;
        }
        return i == m - 1 ? Math.PI : i * (Math.PI / (m - 1));
    }
}
