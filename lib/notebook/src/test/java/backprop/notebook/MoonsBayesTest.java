package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Dataset;
import backprop.Moons;
import org.junit.jupiter.api.Test;

class MoonsBayesTest {

    @Test
    void densitiesIntegrateToOneAndTheAccuracyIsNearNinetySevenPercent() {
        double[] r = new MoonsBayes(0.2, 201).integrals(0.02);
        // the grid spacing is a tenth of s, and the midpoint rule on a smooth Gaussian is far more accurate than 1e-4
        assertEquals(1.0, r[0], 1e-4);
        assertEquals(1.0, r[1], 1e-4);
        assertTrue(r[2] > 0.969 && r[2] < 0.973, "A* = " + r[2]);
    }

    @Test
    void theTQuadratureHasConverged() {
        double a101 = new MoonsBayes(0.2, 101).integrals(0.04)[2];
        double a201 = new MoonsBayes(0.2, 201).integrals(0.04)[2];
        assertEquals(a201, a101, 1e-4);
    }

    @Test
    void theRuleScoresItsAccuracyOnASample() {
        MoonsBayes bayes = new MoonsBayes(0.2, 201);
        Dataset d = Moons.make(4000, 0.2, 3);
        int right = 0;
        for (int n = 0; n < d.size(); n++) {
            if (bayes.predict(d.x(n, 0), d.x(n, 1)) == d.label(n)) {
                right++;
            }
        }
        double accuracy = right / 4000.0;
        // one standard error of an accuracy of 0.971 on 4000 points is 0.0027; four of them
        assertEquals(0.971, accuracy, 0.011);
    }

    @Test
    void moreNoiseLowersTheCeiling() {
        assertTrue(new MoonsBayes(0.3, 101).integrals(0.05)[2] < new MoonsBayes(0.2, 101).integrals(0.05)[2] - 0.02);
    }

    @Test
    void badInputIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MoonsBayes(0, 10));
        assertTrue(e.getMessage().startsWith("noise"));
        e = assertThrows(IllegalArgumentException.class, () -> new MoonsBayes(0.2, 1));
        assertTrue(e.getMessage().startsWith("nodes"));
        e = assertThrows(IllegalArgumentException.class, () -> new MoonsBayes(0.2, 5).predict(0, Double.NaN));
        assertTrue(e.getMessage().startsWith("x1 and x2"));
        e = assertThrows(IllegalArgumentException.class, () -> new MoonsBayes(0.2, 5).integrals(Double.NaN));
        assertTrue(e.getMessage().startsWith("spacing"));
    }
}
