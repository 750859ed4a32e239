package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** forward → change the weights → backward: the gradients are those of the weights the pass was computed with. */
class StalePassTest {

    @Test
    void backwardOnAStalePassUsesThePassesOwnParameters() {
        Network net = NetworkTest.byHand();
        Network before = net.copy();
        double[][] x = {{1.0, 2.0}, {-1.0, 0.5}, {0.3, -0.2}};
        int[] labels = {1, 0, 1};
        ForwardPass f = net.forward(x);
        assertArrayEquals(net.parameters().toArray(), f.parameters().toArray(), 0.0);
        net.setWeights(1, new double[][] {{2.0, 0.1}, {-1.0, 0.3}});
        net.setBiases(2, new double[] {1.0, -1.0});

        Gradients stale = net.backward(f, labels, 0.1);
        Gradients expected = before.backward(before.forward(x), labels, 0.1);
        Gradients atNewWeights = net.backward(net.forward(x), labels, 0.1);
        assertArrayEquals(expected.gradient().toArray(), stale.gradient().toArray(), 0.0);
        assertEquals(expected.loss(), stale.loss(), 0.0);
        assertNotEquals(atNewWeights.dW(1)[0][0], stale.dW(1)[0][0]);
        assertArrayEquals(before.parameters().toArray(), f.parameters().toArray(), 0.0);
    }

    @Test
    void aPassDoesNotChangeWhenTheNetworkTrains() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 4, 2, 5, 2);
        Dataset d = Moons.make(50, 0.1, 3);
        ForwardPass f = net.forward(d);
        double[][] yHat = f.yHat();
        Trainer.builder().epochs(5).build().fit(net, d, null);
        assertFalse(Arrays.equals(net.parameters().toArray(), f.parameters().toArray()));
        assertArrayEquals(yHat[7], f.yHat()[7], 0.0);
        Gradients g = net.backward(f, d.labels(), 0.0);
        double loss = 0;
        for (int n = 0; n < d.size(); n++) {
            loss -= Math.log(yHat[n][d.label(n)]) / d.size();
        }
        assertEquals(loss, g.loss(), 1e-12);
    }
}
