package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void meanAndSampleSdOfAKnownSet() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};   // mean 5, Σ(v−m)² = 32, sample variance 32/7
        assertEquals(5.0, Spread.mean(v), 1e-15);
        assertEquals(Math.sqrt(32.0 / 7.0), Spread.sd(v), 1e-15);
    }

    @Test
    void equalRunsHaveNoSpread() {
        assertEquals(0.0, Spread.sd(new double[] {0.3, 0.3, 0.3}), 0.0);
    }

    @Test
    void countGreaterComparesPairedRuns() {
        assertEquals(2, Spread.countGreater(new double[] {1, 5, 3}, new double[] {0, 6, 2}));
        assertEquals(0, Spread.countGreater(new double[] {1, 1}, new double[] {1, 1}));
    }

    @Test
    void badInputIsRejectedByName() {
        assertThrows(IllegalArgumentException.class, () -> Spread.mean((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> Spread.sd(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Spread.mean(new double[] {1, Double.NaN}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Spread.countGreater(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertEquals("a has 2 runs but b has 3", e.getMessage());
    }

    @Test
    void medianAndDifferences() {
        assertEquals(2, Spread.median(new double[] {3, 1, 2}), 0);
        assertEquals(2.5, Spread.median(new double[] {4, 1, 3, 2}), 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, -1}, Spread.differences(new double[] {2, 1}, new double[] {1, 2}), 0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Spread.differences(new double[] {1, 2}, new double[] {1, 2, 3}));
    }
}
