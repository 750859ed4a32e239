package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LossCurvesTest {

    @Test
    void epochZeroIsLeftOutAndBothAxesAreLogarithmic() {
        Map<String, double[]> losses = new LinkedHashMap<>();
        losses.put("mine", new double[] {0.69, 0.5, 0.123456789});
        FigureText text = new FigureText(LossCurves.logLog("t", losses));
        assertEquals(1, text.traces.size());
        assertArrayEquals(new double[] {1, 2}, text.numbers(0, "x"));
        assertArrayEquals(new double[] {0.5, 0.1235}, text.numbers(0, "y"));
        assertEquals(2, text.js.split("type: 'log'", -1).length - 1);
    }

    @Test
    void rejectsCurvesThatCannotBeDrawn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LossCurves.logLog("t", Map.of("a", new double[] {1, 0})));
        assertTrue(e.getMessage().contains("epoch 1"));
        assertThrows(IllegalArgumentException.class, () -> LossCurves.logLog("t", Map.of("a", new double[] {1})));
        assertThrows(IllegalArgumentException.class, () -> LossCurves.logLog("t", Map.of()));
    }
}
