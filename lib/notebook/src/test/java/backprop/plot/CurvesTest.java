package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurvesTest {

    @Test
    void oneLinePerSeriesInOrder() {
        double[] x = {-2, 0, 2};
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("ŷ_0", new double[] {0.9, 0.5, 0.1});
        series.put("ŷ_1", new double[] {0.1, 0.5, 0.9});
        FigureText text = new FigureText(Curves.lines("Softmax of (z, 0)", "z", "ŷ", x, series));
        assertEquals(2, text.traces.size());
        assertEquals("ŷ_0", text.field(0, "name"));
        assertEquals("ŷ_1", text.field(1, "name"));
        assertEquals("lines", text.field(0, "mode"));
        assertArrayEquals(x, text.numbers(1, "x"));
        assertArrayEquals(new double[] {0.1, 0.5, 0.9}, text.numbers(1, "y"));
        assertTrue(text.js.contains("title: 'Softmax of (z, 0)'"));
        assertTrue(text.js.contains("title: 'z'") && text.js.contains("title: 'ŷ'"));
    }

    @Test
    void rejectsMismatchedOrMissingData() {
        Map<String, double[]> bad = Map.of("cost", new double[] {1, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[] {1, 2, 3}, bad));
        assertEquals("series \"cost\" must have 3 values like x, had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[0], bad));
        assertEquals("x must contain at least one value, was empty", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Curves.lines("t", "x", "y", new double[] {1}, Map.of()));
        assertEquals("series must contain at least one curve, was empty", e.getMessage());
    }
}
