package backprop;

/**
 * The output activation ŷ<sub>o</sub> = e<sup>z<sub>o</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup>,
 * which turns the output logits z into a probability distribution over the classes.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Computes the softmax stably: with m = max<sub>k</sub> z<sub>k</sub>,
     * ŷ<sub>o</sub> = e<sup>z<sub>o</sub>−m</sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub>−m</sup>, which is the same
     * quotient (the factor e<sup>−m</sup> cancels) but never overflows: every exponent is ≤ 0 and the largest is 0.
     *
     * @param z the logits, non-empty and finite
     * @return ŷ, positive or zero entries summing to 1
     */
    public static double[] softmax(double[] z) {
        return of(Require.finiteVector("z", z));
    }

    static double[] of(double[] z) {
        double m = z[argmaxOf(z)];
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

    /**
     * The Jacobian of the softmax, J[o][i] = ∂ŷ<sub>o</sub>/∂z<sub>i</sub> = ŷ<sub>o</sub>(1[i = o] − ŷ<sub>i</sub>):
     * ŷ<sub>o</sub>(1 − ŷ<sub>o</sub>) on the diagonal and −ŷ<sub>o</sub>ŷ<sub>i</sub> off it.
     *
     * @param z the logits, non-empty and finite, few enough that the z.length² entries fit the heap
     */
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

    /**
     * The predicted class argmax<sub>o</sub> ŷ<sub>o</sub> = argmax<sub>o</sub> z<sub>o</sub> (softmax keeps the
     * order), the first one on a tie.
     *
     * @param v logits or probabilities, non-empty and finite
     */
    public static int argmax(double[] v) {
        return argmaxOf(Require.finiteVector("v", v));
    }

    static int argmaxOf(double[] v) {
        int best = 0;
        for (int o = 1; o < v.length; o++) {
            if (v[o] > v[best]) {
                best = o;
            }
        }
        return best;
    }
}
