package backprop.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void rowsHoldTheMeasuredCountsWhichFollowTheFormulas() {
        for (int[] sizes : new int[][] {{2, 3, 3, 2}, {2, 5, 5, 5, 2}, {3, 2, 4}}) {
            Measurement m = Measurement.of(sizes, 3);
            assertEquals(OperationCountTest.weights(sizes), m.weights());
            assertEquals(OperationCounts.allPathMultiplications(sizes), m.pathMultiplications());
            assertEquals(OperationCounts.allPathAdditions(sizes), m.pathAdditions());
            assertEquals(OperationCounts.backpropMultiplications(sizes), m.backpropMultiplications());
            assertEquals(OperationCounts.backpropAdditions(sizes), m.backpropAdditions());
            assertEquals(OperationCountTest.keptValues(sizes), m.keptValues());
            assertEquals(m.pathMultiplications() + m.pathAdditions(), m.pathOperations());
            assertEquals(m.backpropMultiplications() + m.backpropAdditions(), m.backpropOperations());
            assertTrue(m.largestDifference() < 1e-14, "gradients agree to rounding: " + m.largestDifference());
        }
        assertEquals("2-3-3-2", Measurement.of(new int[] {2, 3, 3, 2}, 1).shape());
    }
}
