package backprop;

/**
 * scikit-learn's {@code make_moons}: ⌊n/2⌋ points at (cos t, sin t), the rest at (1 − cos t, 1 − sin t − 0.5), t =
 * linspace(0, π, m), shuffled and noised by numpy's {@code RandomState(seed)}: the same labels, coordinates ±1e-12.
 */
public final class Moons {

    private Moons() {
    }

    /** {@code make_moons(nSamples, noise=noise, random_state=seed)}, noise in [0, MAX_VALUE / 16], seed &lt; 2³². */
    public static Dataset make(int nSamples, double noise, long seed) {
        return make(nSamples, noise, true, seed);
    }

    /** {@link #make(int, double, long)}, the rows shuffled only if {@code shuffle}. */
    static Dataset make(int nSamples, double noise, boolean shuffle, long seed) {
        PlanePoints.requireFits("nSamples", Require.atLeast("nSamples", nSamples, 1));
        PlanePoints.requireNoise(noise);
        NumpyRandomState random = new NumpyRandomState(seed);
        int nOuter = nSamples / 2;
        int nInner = nSamples - nOuter;
        double[] x = new double[2 * nSamples];
        int[] labels = new int[nSamples];
        for (int i = 0; i < nOuter; i++) {
            double t = linspacePi(i, nOuter);
            x[2 * i] = StrictMath.cos(t);
            x[2 * i + 1] = StrictMath.sin(t);
        }
        for (int i = 0; i < nInner; i++) {
            double t = linspacePi(i, nInner);
            boolean sameAngles = nInner == nOuter; // then cos t and sin t are the outer moon's row i
            int row = nOuter + i;
            x[2 * row] = 1 - (sameAngles ? x[2 * i] : StrictMath.cos(t));
            x[2 * row + 1] = 1 - (sameAngles ? x[2 * i + 1] : StrictMath.sin(t)) - 0.5;
            labels[row] = 1;
        }
        if (shuffle) {
            FisherYates.shuffle(nSamples, random::nextInt, (i, j) -> PlanePoints.swapRows(x, labels, i, j));
        }
        PlanePoints.addNoise(x, noise, random::nextGaussian);
        return new Dataset(x, 2, labels, 2);
    }

    /** numpy's linspace(0, π, m)<sub>i</sub> = i · (π / (m − 1)), the last exactly π (0 for m = 1). */
    private static double linspacePi(int i, int m) {
        return m == 1 ? 0.0 : i == m - 1 ? Math.PI : i * (Math.PI / (m - 1));
    }
}
