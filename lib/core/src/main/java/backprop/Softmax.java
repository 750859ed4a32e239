package backprop;

/** The output activation ŷ<sub>o</sub> = e<sup>z<sub>o</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup>. */
public final class Softmax {

    private Softmax() {
    }

    /** ŷ<sub>o</sub> = e<sup>z<sub>o</sub>−m</sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub>−m</sup>, m = max z. */
    public static double[] softmax(double[] z) {
        return of(Require.finiteVector("z", z));
    }

    static double[] of(double[] z) {
        double m = z[argmax(z)];
        double[] yHat = new double[z.length];
        double sum = 0.0;
        for (int k = 0; k < z.length; k++) {
            yHat[k] = Math.exp(z[k] - m);
            sum += yHat[k];
        }
        for (int k = 0; k < z.length; k++) {
            yHat[k] /= sum;
        }
        return yHat;
    }

    /** J[o][i] = ∂ŷ<sub>o</sub>/∂z<sub>i</sub> = ŷ<sub>o</sub>(1[i = o] − ŷ<sub>i</sub>), for finite z. */
    public static double[][] jacobian(double[] z) {
        Require.fits("z.length² (the Jacobian's entries)", (long) Require.finiteVector("z", z).length * z.length, 8);
        double[] yHat = of(z);
        double[][] j = new double[z.length][z.length];
        for (int o = 0; o < z.length; o++) {
            for (int i = 0; i < z.length; i++) {
                j[o][i] = yHat[o] * ((i == o ? 1.0 : 0.0) - yHat[i]);
            }
        }
        return j;
    }

    /** argmax<sub>o</sub> v<sub>o</sub>, the first on a tie: the predicted class of logits or probabilities. */
    static int argmax(double[] v) {
        int best = 0;
        for (int o = 1; o < v.length; o++) {
            if (v[o] > v[best]) {
                best = o;
            }
        }
        return best;
    }
}
