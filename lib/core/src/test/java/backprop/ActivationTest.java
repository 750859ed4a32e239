package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

    @Test
    void readableTanhIsMathTanhItself() {
        for (double z = -30; z <= 30; z += 0.00137) {
            assertEquals(Math.tanh(z), Activation.TANH.apply(z), 0.0, "z=" + z);
        }
        assertEquals(1.0, Activation.TANH.apply(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activation.TANH.apply(Double.NEGATIVE_INFINITY));
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

    @Test
    void rejectsNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.TANH.apply(Double.NaN));
        assertTrue(e.getMessage().contains("z") && e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.RELU.derivative(Double.NaN));
    }
}
