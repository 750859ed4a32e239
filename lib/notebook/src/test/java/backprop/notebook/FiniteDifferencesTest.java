package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Activation;
import backprop.Dataset;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {

    @Test
    void agreesWithBackpropagation() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 4, 2);
        Dataset d = Moons.make(20, 0.2, 1);
        double[] numeric = FiniteDifferences.gradient(net, d, 1e-3, 1e-5);
        // central differences with ε = 1e-5: truncation ~ε² · L''' and rounding ~1e-16/ε, both ≤ 1e-10 here
        assertArrayEquals(net.gradients(d, 1e-3).gradient().toArray(), numeric, 1e-8);
    }

    @Test
    void leavesTheNetworkUnchanged() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
        double[][] before = net.weights(1);
        FiniteDifferences.gradient(net, Moons.make(10, 0.2, 1), 0, 1e-5);
        assertArrayEquals(before, net.weights(1));
    }

    @Test
    void badInputIsRejectedByName() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
        Dataset d = Moons.make(10, 0.2, 1);
        assertThrows(IllegalArgumentException.class, () -> FiniteDifferences.gradient(null, d, 0, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> FiniteDifferences.gradient(net, null, 0, 1e-5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FiniteDifferences.gradient(net, d, 0, 0));
        assertEquals("epsilon must be in [1.0E-12, 1], was 0.0", e.getMessage());
    }
}
