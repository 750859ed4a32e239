package backprop;

import java.util.Random;

/** Seeded random data sets for the tests. */
public final class TestData {

    private TestData() {
    }

    /** n samples of Gaussian features (σ = 2) with uniformly random labels. */
    public static Dataset random(int n, int inputs, int classes, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][inputs];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < inputs; j++) {
                x[s][j] = 2 * r.nextGaussian();
            }
            y[s] = r.nextInt(classes);
        }
        return new Dataset(x, y, classes);
    }

    /** The features of d feature-major: feature j of sample n at [j · N + n], as the fast kernel reads them. */
    public static double[] featureMajor(Dataset d) {
        double[] x = new double[d.size() * d.inputs()];
        for (int n = 0; n < d.size(); n++) {
            for (int j = 0; j < d.inputs(); j++) {
                x[j * d.size() + n] = d.x(n, j);
            }
        }
        return x;
    }

    /** The features of d sample-major: feature j of sample n at [n · inputs + j], as a data set holds them. */
    public static double[] sampleMajor(Dataset d) {
        return d.features().clone();
    }
}
