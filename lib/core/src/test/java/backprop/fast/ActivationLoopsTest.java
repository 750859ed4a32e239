package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationLoopsTest {

    /** The loops against the readable scalar definitions: tanh differs by VectorMath's ≤ 1.3e-15 relative. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void loopsAgreeWithTheReadableActivation(Activation sigma) {
        double[] z = {-3.2, -0.4, 0.0, 0.3, 1.7, 40.0};
        double[] a = z.clone();
        BatchEngineTest.loops(sigma).apply(a, a.length);
        double[] s = {0.5, -1.0, 2.0, 3.0, -0.25, 1.0};
        double[] delta = a.clone();
        BatchEngineTest.loops(sigma).toErrorSignal(delta, s, s.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(sigma.apply(z[i]), a[i], 2e-15 * Math.abs(a[i]));
            assertEquals(sigma.derivative(z[i]) * s[i], delta[i], 1e-14);
        }
    }
}
