package backprop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Checks the backpropagated gradient against central finite differences. For every weight and bias θ the
 * two-point quotient D(ε) = (L(θ + ε) − L(θ − ε)) / 2ε is off by ε²L‴/6 + O(ε⁴); the check uses the central
 * difference of fourth order, (4·D(ε) − D(2ε)) / 3, which cancels the ε² term. {@link #centralDifference} is the
 * library's one finite-difference gradient, D(ε) of any loss of θ. With ε = 10<sup>−3</sup> its error is about 10<sup>−12</sup> (ε⁴ truncation plus rounding of order
 * 10<sup>−16</sup>·L/ε), which the plain quotient cannot reach at any ε.
 *
 * <p>The relative error of one parameter is |g − g<sub>num</sub>| / max(|g| + |g<sub>num</sub>|, {@value #FLOOR}):
 * the floor keeps gradients that are both (nearly) zero — a dead ReLU unit, say — from dividing rounding noise by
 * zero. Each tensor (W1, b1, W2, …) reports its largest relative error.
 *
 * <p>With ReLU, a finite difference is only meaningful if no pre-activation z crosses the kink at 0 between θ − ε
 * and θ + ε; keep the data and weights such that every |z| is well above ε, or expect large errors there.
 */
public final class GradientCheck {

    /** The denominator floor of the relative error. */
    public static final double FLOOR = 1e-6;

    private GradientCheck() {
    }

    /** The largest relative error of each parameter tensor. */
    public static final class Report {
        private final Map<String, Double> errors;

        private Report(Map<String, Double> errors) {
            this.errors = Collections.unmodifiableMap(errors);
        }

        /** @return the largest relative error over all parameters */
        public double maxRelativeError() {
            double max = 0.0;
            for (double e : errors.values()) {
                max = Math.max(max, e);
            }
            return max;
        }

        /** @return "W1", "b1", "W2", … in layer order, each mapped to its tensor's largest relative error */
        public Map<String, Double> relativeErrors() {
            return errors;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("Gradient check (largest relative error per tensor):");
            errors.forEach((name, e) -> s.append(String.format("%n  %-4s %.3e", name, e)));
            return s.append(String.format("%n  max  %.3e", maxRelativeError())).toString();
        }
    }

    /**
     * @param net     the network (left unchanged)
     * @param d       the data the loss is taken over
     * @param l2      the L2 strength λ ≥ 0 included in the loss
     * @param epsilon the step ε of the central difference, in (0, 1]; 1e-3 is a good choice
     */
    public static Report check(Network net, Dataset d, double l2, double epsilon) {
        Require.notNull("net", net);
        net.requireCompatible("d", d);
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
        return new Report(errors);
    }

    /**
     * The two-point central difference D<sub>i</sub>(ε) = (L(θ + ε e<sub>i</sub>) − L(θ − ε e<sub>i</sub>)) / 2ε for
     * every parameter θ<sub>i</sub>, two evaluations of the loss each, in the order of θ (W<sub>1</sub>,
     * b<sub>1</sub>, W<sub>2</sub>, …). The loss is evaluated at {@code theta} itself, with θ<sub>i</sub> moved in
     * place and restored afterwards.
     *
     * @param theta   the point θ, finite; left unchanged
     * @param loss    L, evaluated at the moved θ
     * @param epsilon the step ε &gt; 0, small enough that every θ<sub>i</sub> ± ε is finite
     * @return D(ε) in the shape of θ
     * @throws IllegalArgumentException if the loss is not finite at a moved θ
     */
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
