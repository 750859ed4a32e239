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
        for (int i = 0; i < p.count(); i++) {
            p.array()[i] = i;
        }
        int expected = 0;
        for (int l = 1; l <= 2; l++) {
            assertEquals(expected, p.weightOffset(l));
            for (int j = 0; j < p.size(l - 1); j++) {
                for (int k = 0; k < p.size(l); k++) {
                    assertEquals("W" + l, p.tensorOf(expected));
                    assertEquals(expected++, p.weight(l, j, k));
                }
            }
            assertEquals(expected, p.biasOffset(l));
            for (int k = 0; k < p.size(l); k++) {
                assertEquals("b" + l, p.tensorOf(expected));
                assertEquals(expected++, p.biases(l)[k]);
            }
        }
    }

    @Test
    void viewsReadAndWriteTheVector() {
        Parameters p = Parameters.zeros(2, 3, 2);
        p.setWeights(1, new double[][] {{1, 2, 3}, {4, 5, 6}});
        p.setBiases(2, new double[] {-1, -2});
        assertEquals(6.0, p.weight(1, 1, 2));
        assertEquals(-2.0, p.biases(2)[1]);
        assertArrayEquals(new double[] {4, 5, 6}, p.weights(1)[1]);
        Parameters copy = p.copy();
        copy.array()[0] = 9;
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
        assertMessage(() -> p.get(6), "i");
        assertMessage(() -> p.weights(2), "l");
        assertMessage(() -> p.weight(1, 2, 0), "j");
        assertMessage(() -> p.weight(1, 0, -1), "k");
    }
}
