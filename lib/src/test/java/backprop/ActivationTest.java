package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

    @Test
    /** Bounds from 4 million random arguments against StrictMath: 5.6e-16 absolute, 1.3e-15 relative. */
    void vectorisableTanhMatchesMathTanhToAFewUlp() {
        for (double z = -30; z <= 30; z += 0.00137) {
            double exact = StrictMath.tanh(z);
            assertEquals(exact, Activation.TANH.apply(z), Math.min(8e-16, 2e-15 * Math.abs(exact)), "z=" + z);
        }
        for (double z = 1e-300; z < 1; z *= 7.3) {
            assertEquals(StrictMath.tanh(z), Activation.TANH.apply(z), 2e-15 * z, "small z=" + z);
        }
        assertEquals(-1.0, Activation.TANH.apply(-20.0));
        assertEquals(1.0, Activation.TANH.apply(1e4));
        assertEquals(-1.0, Activation.TANH.apply(-1e4));
        assertEquals(1.0, Activation.TANH.apply(Double.POSITIVE_INFINITY));
    }

    @Test
    /** Absolute error bound (the result is 1 + E, so it is accurate relative to 1): 3.9e-16 measured. */
    void vectorisableExpMatchesMathExpForNonPositiveArguments() {
        for (double x = -36; x <= 0; x += 0.00071) {
            double exact = StrictMath.exp(x);
            assertEquals(exact, VectorMath.expNonPositive(x), 6e-16, "x=" + x);
        }
        assertEquals(1.0, VectorMath.expNonPositive(0.0));
        assertEquals(0.0, VectorMath.expNonPositive(-1e4), 5e-18, "below e^-40 the result is 0 up to 4e-18");
    }

    @Test
    void sigmoidAndReluValues() {
        assertEquals(0.5, Activation.SIGMOID.apply(0.0));
        assertEquals(1.0 / (1.0 + Math.exp(-2.0)), Activation.SIGMOID.apply(2.0), 1e-16);
        assertEquals(0.0, Activation.SIGMOID.apply(-1e4));
        assertEquals(1.0, Activation.SIGMOID.apply(1e4));
        assertEquals(0.0, Activation.RELU.apply(-3.0));
        assertEquals(2.5, Activation.RELU.apply(2.5));
        assertEquals(0.0, Activation.RELU.derivative(0.0), "the kink gets slope 0");
        assertEquals(1.0, Activation.RELU.derivative(1e-9));
        assertEquals(0.0, Activation.RELU.derivative(-1e-9));
    }

    /** σ′ agrees with a central difference (error O(h²) ≈ 1e-10 for h = 1e-5, plus rounding 1e-16/h). */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativeMatchesCentralDifference(Activation sigma) {
        double h = 1e-5;
        for (double z = -4.03; z <= 4; z += 0.1) {
            double numeric = (sigma.apply(z + h) - sigma.apply(z - h)) / (2 * h);
            assertEquals(numeric, sigma.derivative(z), 1e-9, sigma + " at z=" + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void bulkKernelsAgreeWithScalarForms(Activation sigma) {
        double[] z = {-3.2, -0.4, 0.0, 0.3, 1.7, 40.0};
        double[] a = z.clone();
        sigma.applyInPlace(a, 0, a.length);
        double[] s = {0.5, -1.0, 2.0, 3.0, -0.25, 1.0};
        double[] delta = a.clone();
        sigma.toErrorSignal(delta, 0, s, s.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(sigma.apply(z[i]), a[i], 0.0);
            assertEquals(sigma.derivative(z[i]) * s[i], delta[i], 1e-15);
        }
    }

    @Test
    void rejectsNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.TANH.apply(Double.NaN));
        assertTrue(e.getMessage().contains("z") && e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.RELU.derivative(Double.NaN));
    }
}
