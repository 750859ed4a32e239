package backprop.plot;

import backprop.ForwardPass;
import backprop.Gradients;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The checks of {@link NetworkDiagram}'s arguments: a pass and gradients of the network's shape, a pass computed
 * with the network's current weights, labels that match the backward pass. Every failure is an
 * {@link IllegalArgumentException} that names the parameter and the value.
 */
final class DiagramArguments {

    /**
     * Relative tolerance for recomputing a weighted sum z = Σ a w + b: any summation order rounds by at most
     * (fan-in + 1) · 2⁻⁵³ ≈ 10⁻¹⁵ of Σ |a w| + |b| for the fan-ins we draw, while the pass of another network is off
     * by far more than 10⁻⁹.
     */
    private static final double SUM_TOLERANCE = 1e-9;

    /** Absolute tolerance for δ_o = ŷ_o − y_o: one rounding of numbers in [−1, 1]. */
    private static final double OUTPUT_ERROR_TOLERANCE = 1e-12;

    private DiagramArguments() {
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null, was null");
        }
        return value;
    }

    /** Checks that every z(l) and a(l) of the pass has the network's width and returns the number of samples N. */
    static int samples(ForwardPass pass, int[] sizes) {
        int top = sizes.length - 1;
        int samples = requireColumns("pass", "a(0)", pass.a(0), -1, sizes[0]);
        for (int l = 1; l <= top; l++) {
            requireColumns("pass", "z(" + l + ")", layer("pass", sizes, pass::z, l), samples, sizes[l]);
            requireColumns("pass", "a(" + l + ")", layer("pass", sizes, pass::a, l), samples, sizes[l]);
        }
        if (!Arrays.deepEquals(pass.yHat(), pass.a(top))) {
            throw new IllegalArgumentException("pass must be a forward pass of a network of sizes "
                    + Arrays.toString(sizes) + ", was one with more layers");
        }
        return samples;
    }

    /**
     * Checks z<sub>l,k</sub> = Σ<sub>j</sub> a<sub>l−1,j</sub> w<sub>j→k</sub> + b<sub>l,k</sub> for the drawn
     * sample, to {@link #SUM_TOLERANCE} of Σ |a w| + |b|.
     */
    static void requireWeightedSums(int l, double[][] w, double[] b, double[] aBefore, double[] z) {
        for (int k = 0; k < z.length; k++) {
            double sum = b[k];
            double scale = Math.abs(b[k]);
            for (int j = 0; j < aBefore.length; j++) {
                sum += aBefore[j] * w[j][k];
                scale += Math.abs(aBefore[j] * w[j][k]);
            }
            if (!(Math.abs(z[k] - sum) <= SUM_TOLERANCE * scale)) {
                throw new IllegalArgumentException("pass must be a forward pass of network with its current weights:"
                        + " z(" + l + ") of neuron " + k + " was " + z[k] + ", but Σ a w + b = " + sum);
            }
        }
    }

    /** One label per sample, each in [0, classes). */
    static void requireLabels(int[] labels, int samples, int classes) {
        if (labels.length != samples) {
            throw new IllegalArgumentException("labels must have one label per sample of the pass (" + samples
                    + "), had " + labels.length);
        }
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("labels[" + n + "] must be in [0, " + classes + "), was "
                        + labels[n]);
            }
        }
    }

    /** δ(l) is N × sizes[l], dW(l) is sizes[l−1] × sizes[l] and db(l) has sizes[l] entries, for l = 1..L. */
    static void requireGradientShape(Gradients g, int[] sizes, int samples) {
        for (int l = 1; l < sizes.length; l++) {
            requireColumns("gradients", "delta(" + l + ")", layer("gradients", sizes, g::delta, l), samples, sizes[l]);
            requireColumns("gradients", "dW(" + l + ")", layer("gradients", sizes, g::dW, l), sizes[l - 1], sizes[l]);
            double[] db = g.db(l);
            if (db.length != sizes[l]) {
                throw new IllegalArgumentException("gradients.db(" + l + ") must have " + sizes[l] + " entries, had "
                        + db.length);
            }
        }
    }

    /** At the outputs δ<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub>: the gradients belong to this pass and label. */
    static void requireOutputError(double[] delta, double[] yHat, int label) {
        for (int o = 0; o < delta.length; o++) {
            double expected = yHat[o] - (o == label ? 1.0 : 0.0);
            if (!(Math.abs(delta[o] - expected) <= OUTPUT_ERROR_TOLERANCE)) {
                throw new IllegalArgumentException("gradients must be the backward pass of pass with labels: δ of"
                        + " output " + o + " was " + delta[o] + ", but ŷ − y = " + expected);
            }
        }
    }

    /** Reads one layer's matrix, turning "no such layer" into an error that names the parameter. */
    private static double[][] layer(String name, int[] sizes, IntFunction<double[][]> read, int l) {
        try {
            return read.apply(l);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must belong to a network of sizes " + Arrays.toString(sizes)
                    + ", was one with fewer layers (" + e.getMessage() + ")", e);
        }
    }

    /** Checks that m has {@code rows} rows (any if negative) of {@code columns} entries; returns its row count. */
    private static int requireColumns(String name, String what, double[][] m, int rows, int columns) {
        if (rows >= 0 && m.length != rows) {
            throw new IllegalArgumentException(name + "." + what + " must have " + rows + " rows, had " + m.length);
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException(name + "." + what + " must have " + columns
                        + " columns to match the network, had " + row.length);
            }
        }
        return m.length;
    }
}
