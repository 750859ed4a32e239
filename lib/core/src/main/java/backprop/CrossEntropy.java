package backprop;

/**
 * The cross-entropy loss L = −(1/N) Σ<sub>n</sub> Σ<sub>i</sub> y<sub>n,i</sub> ln ŷ<sub>n,i</sub> and its gradient
 * with respect to the output logits, ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub> Σ<sub>o</sub> y<sub>o</sub> − y<sub>i</sub>,
 * which is ŷ<sub>i</sub> − y<sub>i</sub> for a one-hot target.
 *
 * <p>One definition, −ln ŷ<sub>label</sub>, everywhere. The library computes it from the logits,
 * {@link #fromLogits} = (m − z<sub>label</sub>) + ln Σ<sub>k</sub> e<sup>z<sub>k</sub>−m</sup>, which stays exact for
 * a confident mistake and for equal huge logits; from probabilities ({@link #loss(double[], double[])}) it is −ln ŷ
 * as given, +∞ when ŷ<sub>label</sub> has underflowed to 0 (the logits are needed to say how large it really is).
 * A loss or gradient that overflows for another reason is an IllegalArgumentException naming the cause.
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
     * @throws IllegalArgumentException if the weights y are so large that the sum overflows
     */
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

    /**
     * The mean loss over N samples with integer labels, −(1/N) Σ<sub>n</sub> ln ŷ<sub>n,label(n)</sub>.
     *
     * @param yHat   N rows of predicted probabilities, each entry in [0, 1]
     * @param labels N labels, each a column index of yHat
     * @return the mean loss, +∞ if some ŷ<sub>n,label(n)</sub> = 0
     */
    public static double loss(double[][] yHat, int[] labels) {
        if (Require.notNull("yHat", yHat).length == 0) {
            throw new IllegalArgumentException("yHat must have at least one row, was empty");
        }
        for (int n = 0; n < yHat.length; n++) {
            requireProbabilities("yHat[" + n + "]", yHat[n]);
        }
        Require.finiteMatrix("yHat", yHat, yHat[0].length);
        Require.labels("labels", labels, yHat.length, yHat[0].length);
        double sum = 0.0;
        for (int n = 0; n < yHat.length; n++) {
            sum -= Math.log(yHat[n][labels[n]]);
        }
        return sum / yHat.length;
    }

    /**
     * One sample's loss from the logits, −ln softmax(z)<sub>label</sub> = ln Σ<sub>k</sub> e<sup>z<sub>k</sub></sup>
     * − z<sub>label</sub>, computed as (m − z<sub>label</sub>) + ln Σ<sub>k</sub> e<sup>z<sub>k</sub>−m</sup> with
     * m = max z: m − z<sub>label</sub> ≥ 0 is exact for equal logits of any size and the logarithm lies in
     * [0, ln K]. The loss is finite whenever m − z<sub>label</sub> is, that is unless the logits span more than
     * {@link Double#MAX_VALUE}.
     *
     * @param z     the output logits, finite
     * @param label the true class, in [0, z.length)
     * @throws IllegalArgumentException naming the overflow if m − z<sub>label</sub> exceeds {@link Double#MAX_VALUE}
     */
    public static double fromLogits(double[] z, int label) {
        return ofLogits(Require.finiteVector("z", z), Require.index("label", label, z.length));
    }

    static double ofLogits(double[] z, int label) {
        double m = z[Softmax.argmaxOf(z)];
        double sum = 0.0;
        for (double v : z) {
            sum += Math.exp(v - m);
        }
        double loss = (m - z[label]) + Math.log(sum);
        if (!Double.isFinite(loss)) {
            throw Require.overflow("z", "span at most Double.MAX_VALUE", "the loss (max z − z[label]) + ln Σ e^(z − max z)",
                    loss);
        }
        return loss;
    }

    /**
     * The gradient of the loss with respect to the logits for a one-hot target: ∂L/∂z<sub>i</sub> = ŷ<sub>i</sub>
     * − y<sub>i</sub>.
     */
    public static double[] gradient(double[] yHat, double[] y) {
        requireTarget(requireProbabilities("yHat", yHat), y);
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
     * @param y the target weights, non-negative, same length, with a finite sum
     * @throws IllegalArgumentException if Σ y overflows
     */
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

    /** The one-hot vector of a label: y<sub>i</sub> = 1[i = label], for 1 ≤ classes and classes doubles fitting the heap. */
    public static double[] oneHot(int label, int classes) {
        Require.fits("classes", Require.atLeast("classes", classes, 1), Double.BYTES);
        double[] y = new double[classes];
        y[Require.index("label", label, classes)] = 1.0;
        return y;
    }

    static double[] requireProbabilities(String name, double[] p) {
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
