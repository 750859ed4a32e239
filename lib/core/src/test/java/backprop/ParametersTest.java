package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void layoutIsW1B1W2B2InOrderWithEveryIndexOnce() {
        Parameters p = Parameters.zeros(3, 4, 2);
        assertEquals(3 * 4 + 4 + 4 * 2 + 2, p.count());
        int expected = 0;
        for (int l = 1; l <= 2; l++) {
            assertEquals(expected, p.weightOffset(l));
            for (int j = 0; j < p.size(l - 1); j++) {
                for (int k = 0; k < p.size(l); k++) {
                    assertEquals(expected++, p.weightIndex(l, j, k));
                    assertTrue(p.isWeight(p.weightIndex(l, j, k)));
                }
            }
            assertEquals(expected, p.biasOffset(l));
            for (int k = 0; k < p.size(l); k++) {
                assertEquals(expected, p.biasIndex(l, k));
                assertFalse(p.isWeight(expected));
                assertEquals(l, p.layerOf(expected++));
            }
        }
        assertEquals("W2", p.tensorOf(p.weightIndex(2, 3, 1)));
        assertEquals("b1", p.tensorOf(p.biasIndex(1, 0)));
    }

    @Test
    void viewsReadAndWriteTheVector() {
        Parameters p = Parameters.zeros(2, 3, 2);
        p.setWeights(1, new double[][] {{1, 2, 3}, {4, 5, 6}});
        p.setBiases(2, new double[] {-1, -2});
        assertEquals(6.0, p.get(p.weightIndex(1, 1, 2)));
        assertEquals(-2.0, p.get(p.biasIndex(2, 1)));
        assertArrayEquals(new double[] {4, 5, 6}, p.weights(1)[1]);
        Parameters copy = p.copy();
        copy.set(0, 9);
        assertEquals(1.0, p.weight(1, 0, 0), "copies are independent");
        assertEquals(0.5 * 0.1 * (1 + 4 + 9 + 16 + 25 + 36), p.l2Penalty(0.1), 1e-15);
    }

    /** 65536² and 46341² weights do not fit in an int: rejected with the sizes, not a corrupt or crashing network. */
    @Test
    void sizesThatOverflowAreRejected() {
        assertMessage(() -> Parameters.zeros(2, 65536, 65536, 2), "sizes");
        assertMessage(() -> Network.create(Activation.TANH, Init.XAVIER, 0, 2, 65536, 65536, 2), "sizes");
        assertMessage(() -> Network.create(Activation.TANH, Init.XAVIER, 0, 46341, 46341), "sizes");
        assertMessage(() -> Network.create(Activation.TANH, Init.XAVIER, 0, Integer.MAX_VALUE, 2), "sizes");
        assertMessage(() -> Parameters.zeros(2, 0, 2), "sizes[1]");
        assertMessage(() -> Parameters.zeros((int[]) null), "sizes");
    }

    @Test
    void badArgumentsNameTheParameter() {
        Parameters p = Parameters.zeros(2, 2);
        assertMessage(() -> p.set(6, 1.0), "i");
        assertMessage(() -> p.set(0, Double.NaN), "value");
        assertMessage(() -> p.weights(2), "l");
        assertMessage(() -> p.weightIndex(1, 2, 0), "j");
        assertMessage(() -> p.biasIndex(1, -1), "k");
        assertMessage(() -> p.copyFrom(Parameters.zeros(2, 3)), "other");
        assertMessage(() -> p.l2Penalty(-1), "l2");
    }
}
