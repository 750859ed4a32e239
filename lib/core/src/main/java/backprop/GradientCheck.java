package backprop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The backpropagated g against the fourth-order difference (4 D(ε) − D(2ε)) / 3 of D(ε) = (L(θ + ε) − L(θ − ε)) / 2ε:
 * each tensor's largest |g − g<sub>num</sub>| / max(|g| + |g<sub>num</sub>|, {@value #FLOOR}). With ReLU keep |z| ≫ ε.
 */
public final class GradientCheck {

    /** The denominator floor of the relative error, for gradients that are both (nearly) zero. */
    public static final double FLOOR = 1e-6;

    private GradientCheck() {
    }

    /** @param relativeErrors "W1", "b1", "W2", … in layer order, each its tensor's largest relative error */
    public record Report(Map<String, Double> relativeErrors) {

        /** @return the largest relative error over all parameters */
        public double maxRelativeError() {
            return relativeErrors.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("Gradient check (largest relative error per tensor):");
            relativeErrors.forEach((name, e) -> s.append(String.format("%n  %-4s %.3e", name, e)));
            return s.append(String.format("%n  max  %.3e", maxRelativeError())).toString();
        }
    }

    /** The check of net (left unchanged) on the loss over d with λ ≥ 0, for ε in (0, 1] (1e-3 is good). */
    public static Report check(Network net, Dataset d, double l2, double epsilon) {
        Require.notNull("net", net).requireCompatible("d", d);
        Require.nonNegativeFinite("l2", l2);
        if (!(epsilon > 0.0 && epsilon <= 1.0)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1], was " + epsilon);
        }
        Parameters analytic = net.gradients(d, l2).gradient();
        Network probe = net.copy();
        ToDoubleFunction<Parameters> loss = theta -> probe.readableLoss(d, l2);
        Parameters near = centralDifference(probe.theta(), loss, epsilon);
        Parameters far = centralDifference(probe.theta(), loss, 2 * epsilon);
        Map<String, Double> errors = new LinkedHashMap<>();
        for (int i = 0; i < analytic.count(); i++) {
            double numeric = (4 * near.get(i) - far.get(i)) / 3;
            errors.merge(analytic.tensorOf(i), relativeError(analytic.get(i), numeric), Math::max);
        }
        return new Report(Collections.unmodifiableMap(errors));
    }

    /** D<sub>i</sub>(ε) = (L(θ + ε e<sub>i</sub>) − L(θ − ε e<sub>i</sub>)) / 2ε, θ<sub>i</sub> moved and restored. */
    public static Parameters centralDifference(Parameters theta, ToDoubleFunction<Parameters> loss, double epsilon) {
        Require.finiteVector("theta", Require.notNull("theta", theta).array());
        Require.notNull("loss", loss);
        Require.positiveFinite("epsilon", epsilon);
        double[] t = theta.array();
        Parameters d = theta.copy();
        for (int i = 0; i < t.length; i++) {
            double original = t[i];
            d.array()[i] = (lossAt(theta, loss, i, original + epsilon) - lossAt(theta, loss, i, original - epsilon))
                    / (2 * epsilon);
            t[i] = original;
        }
        return d;
    }

    private static double lossAt(Parameters theta, ToDoubleFunction<Parameters> loss, int i, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("epsilon must keep θ finite, moves θ[" + i + "] to " + value);
        }
        theta.array()[i] = value;
        double l = loss.applyAsDouble(theta);
        if (!Double.isFinite(l)) {
            throw Require.overflow("epsilon", "keep the loss finite", "the loss at θ[" + i + "] = " + value, l);
        }
        return l;
    }

    /** |g − n| / max(|g| + |n|, FLOOR). */
    static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), FLOOR);
    }
}
