package backprop;

/** The cross-entropy loss and its gradient with respect to the logits; an overflow throws, naming the cause. */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /** ℓ = −Σ<sub>i</sub> y<sub>i</sub> ln ŷ<sub>i</sub> over y<sub>i</sub> &gt; 0 (y ≥ 0); +∞ if such a ŷ<sub>i</sub> is 0. */
    public static double loss(double[] yHat, double[] y) {
        requireTarget(requireProbabilities("yHat", yHat), y);
        double loss = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0.0) {
                if (yHat[i] == 0.0) {
                    return Double.POSITIVE_INFINITY;
                }
                loss -= y[i] * Math.log(yHat[i]);
            }
        }
        if (!Double.isFinite(loss)) {
            throw Require.overflow("y", "be small enough for a finite loss", "−Σ y_i ln ŷ_i", loss);
        }
        return loss;
    }

    /** −ln softmax(z)<sub>label</sub> = (m − z<sub>label</sub>) + ln Σ e<sup>z<sub>k</sub>−m</sup>, m = max z. */
    static double ofLogits(double[] z, int label) {
        double m = z[Softmax.argmax(z)];
        double sum = 0.0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        double loss = (m - z[label]) + Math.log(sum);
        if (!Double.isFinite(loss)) {
            throw Require.overflow("z", "span at most Double.MAX_VALUE", "(max z − z[label]) + ln Σ e^(z − max z)",
                    loss);
        }
        return loss;
    }

    /** ∂ℓ/∂z<sub>i</sub> = ŷ<sub>i</sub> − y<sub>i</sub> for a one-hot y. */
    public static double[] gradient(double[] yHat, double[] y) {
        requireTarget(requireProbabilities("yHat", yHat), y);
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = yHat[i] - y[i];
        }
        return g;
    }

    /** ∂ℓ/∂z<sub>i</sub> = ŷ<sub>i</sub> Σ<sub>o</sub> y<sub>o</sub> − y<sub>i</sub>, ŷ = softmax(z), any y ≥ 0. */
    public static double[] gradientGeneral(double[] z, double[] y) {
        double[] yHat = Softmax.softmax(z);
        requireTarget(z, y);
        double total = 0.0;
        for (double v : y) {
            total += v;
        }
        if (!Double.isFinite(total)) {
            throw Require.overflow("y", "have a finite sum", "Σ_o y_o", total);
        }
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = yHat[i] * total - y[i];
        }
        return g;
    }

    /** y<sub>i</sub> = 1[i = label], for 1 ≤ classes fitting the heap. */
    public static double[] oneHot(int label, int classes) {
        Require.fits("classes", Require.atLeast("classes", classes, 1), Double.BYTES);
        double[] y = new double[classes];
        y[Require.index("label", label, classes)] = 1.0;
        return y;
    }

    private static double[] requireProbabilities(String name, double[] p) {
        Require.finiteVector(name, p);
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0.0 || p[i] > 1.0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a probability in [0, 1], was " + p[i]);
            }
        }
        return p;
    }

    /** y: finite, non-negative weights, as many as the prediction. */
    private static void requireTarget(double[] first, double[] y) {
        if (Require.finiteVector("y", y).length != first.length) {
            throw new IllegalArgumentException("y must have " + first.length + " entries like the prediction, had "
                    + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0.0) {
                throw new IllegalArgumentException("y[" + i + "] must be a non-negative target weight, was " + y[i]);
            }
        }
    }
}
