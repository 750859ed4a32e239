package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedTest {

    @Test
    void meanAndStandardErrorOfTheDifferences() {
        // differences 1, 2, 3, 6: mean 3, sample variance (4 + 1 + 0 + 9) / 3 = 14/3, SE = √(14/3) / 2
        Paired p = Paired.difference(new double[] {11, 12, 13, 16}, new double[] {10, 10, 10, 10});
        assertEquals(3, p.mean(), 1e-15);
        assertEquals(Math.sqrt(14.0 / 3) / 2, p.standardError(), 1e-15);
        assertEquals(4, p.positive());
        assertEquals(3.182, p.criticalT());
        // 3 < t · SE = 3.182 · 1.080 = 3.44: four seeds, all positive, yet not resolved at the 5 % level
        assertFalse(p.isPositive());
        assertTrue(p.isUnresolved());
    }

    @Test
    void pairingSeesWhatTheSpreadsHide() {
        // a and b vary a lot from seed to seed, but a is above b by 0.1 ± 0.01 in every seed
        double[] b = {0.5, 0.9, 0.2, 0.7, 0.4};
        double[] a = {0.61, 0.99, 0.31, 0.79, 0.50};
        Paired p = Paired.difference(a, b);
        assertEquals(0.1, p.mean(), 1e-12);
        assertTrue(p.isPositive());
        assertFalse(p.isUnresolved());
        assertEquals(5, p.positive());
        assertEquals(0, Paired.difference(b, a).positive());
        assertFalse(Paired.difference(b, a).isPositive() || Paired.difference(b, a).isUnresolved());
    }

    @Test
    void differencesOfEitherSignAreUnresolved() {
        Paired p = Paired.difference(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3});
        assertEquals(0, p.mean(), 0);
        assertTrue(p.isUnresolved());
        assertEquals(2, p.positive());
        // differences −1, 1, −1, 1: sd = √(4/3), SE = √(4/3) / 2 = 0.577
        assertEquals("Δ = 0.00 ± 0.58 (mean ± SE over 4 seeds), > 0 in 2 of 4", p.toString());
        assertEquals("Δ = +0.0 ± 0.6 points (mean ± SE over 4 seeds), > 0 in 2 of 4",
                Paired.difference(new double[] {0.01, 0.02, 0.03, 0.04}, new double[] {0.02, 0.01, 0.04, 0.03}).inPoints());
    }

    @Test
    void theCriticalValueFollowsTheSeeds() {
        double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(2.262, Paired.difference(ten, new double[10]).criticalT());
        assertEquals(2.042, Paired.difference(new double[50], new double[50]).criticalT());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Paired.difference(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Paired.difference(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> Paired.difference(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }
}
