package backprop;

/**
 * The cross-entropy loss L = −(1/N) Σ<sub>n</sub> Σ<sub>i</sub> y<sub>n,i</sub> ln ŷ<sub>n,i</sub> and its gradient
 * with respect to the output logits, ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub> Σ<sub>o</sub> y<sub>o</sub> − y<sub>i</sub>,
 * which is ŷ<sub>i</sub> − y<sub>i</sub> for a one-hot target.
 */
public final class CrossEntropy {

    /**
     * The smallest probability the loss takes the logarithm of. A softmax can underflow to exactly 0 (for logits
     * far apart); ln(0) would be −∞, so ŷ is clamped to this value, which caps one sample's loss at about 744.4.
     */
    static final double MIN_PROBABILITY = Double.MIN_VALUE;

    private CrossEntropy() {
    }

    /**
     * The loss of one sample, −Σ<sub>i</sub> y<sub>i</sub> ln ŷ<sub>i</sub> (terms with y<sub>i</sub> = 0 are 0).
     *
     * @param yHat the predicted probabilities, finite, in [0, 1]
     * @param y    the target distribution (one-hot or any non-negative weights), same length
     */
    public static double loss(double[] yHat, double[] y) {
        requireProbabilities("yHat", yHat);
        requireSameLength(yHat, y);
        double loss = 0.0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0.0) {
                loss -= y[i] * Math.log(Math.max(yHat[i], MIN_PROBABILITY));
            }
        }
        return loss;
    }

    /**
     * The mean loss over N samples with integer labels, −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub>.
     *
     * @param yHat   N rows of predicted probabilities
     * @param labels N labels, each a column index of yHat
     */
    public static double loss(double[][] yHat, int[] labels) {
        Require.notNull("yHat", yHat);
        if (yHat.length == 0) {
            throw new IllegalArgumentException("yHat must have at least one row, was empty");
        }
        Require.notNull("yHat[0]", yHat[0]);
        Require.finiteMatrix("yHat", yHat, yHat[0].length);
        Require.labels("labels", labels, yHat.length, yHat[0].length);
        double sum = 0.0;
        for (int n = 0; n < yHat.length; n++) {
            sum -= Math.log(Math.max(yHat[n][labels[n]], MIN_PROBABILITY));
        }
        return sum / yHat.length;
    }

    /**
     * The gradient of the loss with respect to the logits for a one-hot target: ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub>
     * − y<sub>i</sub>.
     */
    public static double[] gradient(double[] yHat, double[] y) {
        requireProbabilities("yHat", yHat);
        requireSameLength(yHat, y);
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
     * @param y the target weights, same length
     */
    public static double[] gradientGeneral(double[] z, double[] y) {
        double[] yHat = Softmax.softmax(z);
        requireSameLength(z, y);
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

    /** One sample's loss straight from the logits, ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> − z<sub>label</sub>. */
    static double lossFromLogits(double[] z, int label) {
        return Softmax.logSumExp(z) - z[label];
    }

    private static void requireProbabilities(String name, double[] p) {
        Require.finiteVector(name, p);
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0.0 || p[i] > 1.0) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a probability in [0, 1], was " + p[i]);
            }
        }
    }

    private static void requireSameLength(double[] first, double[] y) {
        Require.finiteVector("y", y);
        if (y.length != first.length) {
            throw new IllegalArgumentException("y must have " + first.length + " entries like the prediction, had "
                    + y.length);
        }
    }
}
