package backprop;

/**
 * The cross-entropy loss L = −(1/N) Σ<sub>n</sub> Σ<sub>i</sub> y<sub>n,i</sub> ln ŷ<sub>n,i</sub> and its gradient
 * with respect to the output logits, ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub> Σ<sub>o</sub> y<sub>o</sub> − y<sub>i</sub>,
 * which is ŷ<sub>i</sub> − y<sub>i</sub> for a one-hot target.
 *
 * <p>One definition, −ln ŷ<sub>label</sub>, everywhere. The library computes it from the logits,
 * {@link #fromLogits} = ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> − z<sub>label</sub>, which stays exact for a
 * confident mistake; from probabilities ({@link #loss(double[], double[])}) it is −ln ŷ as given, +∞ when
 * ŷ<sub>label</sub> has underflowed to 0 (the logits are needed to say how large it really is).
 */
public final class CrossEntropy {

    private CrossEntropy() {
    }

    /**
     * The loss of one sample, −Σ<sub>i</sub> y<sub>i</sub> ln ŷ<sub>i</sub> (terms with y<sub>i</sub> = 0 are 0).
     *
     * @param yHat the predicted probabilities, each in [0, 1]
     * @param y    the target distribution (one-hot or any non-negative weights), same length
     * @return the loss, +∞ if some ŷ<sub>i</sub> = 0 has y<sub>i</sub> &gt; 0
     */
    public static double loss(double[] yHat, double[] y) {
        requireProbabilities("yHat", yHat);
        requireTarget(yHat, y);
        double loss = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0.0) {
                loss -= y[i] * Math.log(yHat[i]);
            }
        }
        return loss;
    }

    /**
     * The mean loss over N samples with integer labels, −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub>.
     *
     * @param yHat   N rows of predicted probabilities, each entry in [0, 1]
     * @param labels N labels, each a column index of yHat
     */
    public static double loss(double[][] yHat, int[] labels) {
        Require.notNull("yHat", yHat);
        if (yHat.length == 0) {
            throw new IllegalArgumentException("yHat must have at least one row, was empty");
        }
        Require.notNull("yHat[0]", yHat[0]);
        Require.finiteMatrix("yHat", yHat, yHat[0].length);
        for (int n = 0; n < yHat.length; n++) {
            requireProbabilities("yHat[" + n + "]", yHat[n]);
        }
        Require.labels("labels", labels, yHat.length, yHat[0].length);
        double sum = 0.0;
        for (int n = 0; n < yHat.length; n++) {
            sum -= Math.log(yHat[n][labels[n]]);
        }
        return sum / yHat.length;
    }

    /**
     * One sample's loss from the logits, −ln softmax(z)<sub>label</sub> = ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup>
     * − z<sub>label</sub>, computed as m + ln Σ<sub>k</sub> e<sup>z<sub>k</sub>−m</sup> − z<sub>label</sub> with
     * m = max z: finite for any finite logits.
     *
     * @param z     the output logits, finite
     * @param label the true class, in [0, z.length)
     */
    public static double fromLogits(double[] z, int label) {
        Require.finiteVector("z", z);
        if (label < 0 || label >= z.length) {
            throw new IllegalArgumentException("label must be in [0, " + z.length + "), was " + label);
        }
        return Softmax.logSumExp(z) - z[label];
    }

    /**
     * The gradient of the loss with respect to the logits for a one-hot target: ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub>
     * − y<sub>i</sub>.
     */
    public static double[] gradient(double[] yHat, double[] y) {
        requireProbabilities("yHat", yHat);
        requireTarget(yHat, y);
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = yHat[i] - y[i];
        }
        return g;
    }

    /**
     * The gradient for any target y, before using Σ<sub>o</sub> y<sub>o</sub> = 1: ∂L/∂z<sub>i</sub> =
     * ŷ<sub>i</sub> Σ<sub>o</sub> y<sub>o</sub> − y<sub>i</sub> with ŷ = softmax(z).
     *
     * @param z the output logits
     * @param y the target weights, non-negative, same length
     */
    public static double[] gradientGeneral(double[] z, double[] y) {
        double[] yHat = Softmax.softmax(z);
        requireTarget(z, y);
        double total = 0.0;
        for (double v : y) {
            total += v;
        }
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            g[i] = yHat[i] * total - y[i];
        }
        return g;
    }

    /** The one-hot vector of a label: y<sub>i</sub> = 1[i = label]. */
    public static double[] oneHot(int label, int classes) {
        Require.atLeast("classes", classes, 1);
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("label must be in [0, " + classes + "), was " + label);
        }
        double[] y = new double[classes];
        y[label] = 1.0;
        return y;
    }

    private static void requireProbabilities(String name, double[] p) {
        Require.finiteVector(name, p);
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0.0 || p[i] > 1.0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a probability in [0, 1], was " + p[i]);
            }
        }
    }

    /** y: finite, non-negative weights, as many as the prediction. */
    private static void requireTarget(double[] first, double[] y) {
        Require.finiteVector("y", y);
        if (y.length != first.length) {
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
