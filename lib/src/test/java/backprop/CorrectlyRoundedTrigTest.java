package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorrectlyRoundedTrigTest {

    @Test
    void fastPathAgreesWithTheDoubleDoubleSeries() {
        SplittableRandom random = new SplittableRandom(11);
        double[] fast = new double[2];
        double[] slow = new double[2];
        for (int i = 0; i < 200_000; i++) {
            double t = random.nextDouble() * Math.PI;
            CorrectlyRoundedTrig.cosSin(t, fast);
            CorrectlyRoundedTrig.cosSin(t, slow, false);
            assertEquals(slow[0], fast[0], 0.0, "cos " + t);
            assertEquals(slow[1], fast[1], 0.0, "sin " + t);
        }
    }

    @Test
    void staysWithinOneUlpOfMathAndAgreesWithItMostly() {
        SplittableRandom random = new SplittableRandom(12);
        double[] cs = new double[2];
        int same = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double t = random.nextDouble() * Math.PI;
            CorrectlyRoundedTrig.cosSin(t, cs);
            // Math.cos and Math.sin are within 1 ulp of the truth, the correctly rounded value within 1/2.
            assertTrue(Math.abs(cs[0] - Math.cos(t)) <= Math.ulp(cs[0]), "cos " + t);
            assertTrue(Math.abs(cs[1] - Math.sin(t)) <= Math.ulp(cs[1]), "sin " + t);
            same += cs[0] == Math.cos(t) && cs[1] == Math.sin(t) ? 1 : 0;
        }
        assertTrue(same > 0.99 * n, "Math agrees on " + same + " of " + n);
    }

    @Test
    void exactAtTheEndsAndQuadrants() {
        double[] cs = new double[2];
        CorrectlyRoundedTrig.cosSin(0.0, cs);
        assertEquals(1.0, cs[0], 0.0);
        assertEquals(0.0, cs[1], 0.0);
        CorrectlyRoundedTrig.cosSin(Math.PI, cs);
        assertEquals(-1.0, cs[0], 0.0);
        // sin of the double nearest π is π − Math.PI = 1.2246467991473532e-16 (correctly rounded)
        assertEquals(1.2246467991473532e-16, cs[1], 0.0);
        CorrectlyRoundedTrig.cosSin(Math.PI / 2, cs);
        assertEquals(6.123233995736766e-17, cs[0], 0.0);
        assertEquals(1.0, cs[1], 0.0);
    }
}
