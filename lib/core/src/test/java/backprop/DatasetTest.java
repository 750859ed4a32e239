package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** Ten samples in 2-D whose first feature is the sample index, so each row can be traced. */
    private static Dataset indexed(int n) {
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i, -0.5 * i};
            y[i] = i % 3;
        }
        return new Dataset(x, y, 3);
    }

    @Test
    void keepsShapeAndValues() {
        Dataset d = new Dataset(new double[][] {{1, 2, 3}, {4, 5, 6}}, new int[] {1, 0}, 2);
        assertEquals(2, d.size());
        assertEquals(3, d.inputs());
        assertEquals(2, d.classes());
        assertEquals(6.0, d.x(1, 2));
        assertEquals(2.0, d.x(0, 1));
        assertEquals(1, d.label(0));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.features());
        assertArrayEquals(new int[] {1, 0}, d.labelArray());
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, d.x());
    }

    @Test
    void copiesInputAndOutput() {
        double[][] x = {{1, 2}, {3, 4}};
        int[] y = {0, 1};
        Dataset d = new Dataset(x, y, 2);
        x[0][0] = 99;
        y[0] = 1;
        assertEquals(1.0, d.x(0, 0));
        assertEquals(0, d.label(0));
        d.x()[1][1] = 99;
        d.labels()[1] = 0;
        assertEquals(4.0, d.x(1, 1));
        assertEquals(1, d.label(1));
        assertNotSame(d.labelArray(), d.labels());
        assertSame(d.features(), d.features());
    }

    @Test
    void rejectsBadInput() {
        assertMessage("x", () -> new Dataset(new double[0][], new int[0], 2));
        assertMessage("x", () -> new Dataset(null, new int[0], 2));
        assertMessage("x[0]", () -> new Dataset(new double[][] {{}}, new int[] {0}, 2));
        assertMessage("x[1] must have 2 entries, had 1",
                () -> new Dataset(new double[][] {{1, 2}, {3}}, new int[] {0, 1}, 2));
        assertMessage("x[1][0] must be finite, was NaN",
                () -> new Dataset(new double[][] {{1, 2}, {Double.NaN, 0}}, new int[] {0, 1}, 2));
        assertMessage("x[0][1] must be finite, was Infinity",
                () -> new Dataset(new double[][] {{1, Double.POSITIVE_INFINITY}}, new int[] {0}, 2));
        assertMessage("x[0][0] must be finite, was -Infinity",
                () -> new Dataset(new double[][] {{Double.NEGATIVE_INFINITY}}, new int[] {0}, 2));
        assertMessage("labels[1] must be in [0, 2), was 2",
                () -> new Dataset(new double[][] {{1}, {2}}, new int[] {0, 2}, 2));
        assertMessage("labels[0] must be in [0, 2), was -1",
                () -> new Dataset(new double[][] {{1}}, new int[] {-1}, 2));
        assertMessage("labels must have one label per sample (2), had 1",
                () -> new Dataset(new double[][] {{1}, {2}}, new int[] {0}, 2));
        assertMessage("classes must be >= 1, was 0",
                () -> new Dataset(new double[][] {{1}}, new int[] {0}, 0));
        Dataset d = indexed(4);
        assertMessage("n must be in [0, 4), was 4", () -> d.x(4, 0));
        assertMessage("j must be in [0, 2), was -1", () -> d.x(0, -1));
        assertMessage("n must be in [0, 4), was -1", () -> d.label(-1));
    }

    @Test
    void flatArraysAreWrappedWithoutCopying() {
        double[] flat = {1, 2, 3, 4, 5, 6};
        int[] y = {0, 1, 1};
        Dataset d = new Dataset(flat, 2, y, 2);
        assertSame(flat, d.features());
        assertSame(y, d.labelArray());
        assertEquals(3, d.size());
        assertEquals(6.0, d.x(2, 1));
    }

    @Test
    void splitPartitionsTheSamples() {
        Dataset d = indexed(10);
        Split s = Split.of(d, 0.3, 7);
        assertEquals(3, s.test().size());
        assertEquals(7, s.train().size());
        assertEquals(3, s.train().classes());
        List<Integer> seen = new ArrayList<>();
        for (Dataset part : List.of(s.train(), s.test())) {
            for (int n = 0; n < part.size(); n++) {
                int index = (int) part.x(n, 0);
                assertEquals(-0.5 * index, part.x(n, 1), "row kept together");
                assertEquals(index % 3, part.label(n), "label follows its row");
                seen.add(index);
            }
        }
        Set<Integer> unique = new HashSet<>(seen);
        assertEquals(10, seen.size());
        assertEquals(10, unique.size(), "every sample lands on exactly one side");
    }

    @Test
    void splitIsReproducibleAndSeedDependent() {
        Dataset d = indexed(50);
        Split a = Split.of(d, 0.2, 42);
        Split b = Split.of(d, 0.2, 42);
        Split c = Split.of(d, 0.2, 43);
        assertArrayEquals(a.test().features(), b.test().features());
        assertArrayEquals(a.train().labelArray(), b.train().labelArray());
        // Two different seeds give the same 10-of-50 test set with probability 1 / C(50,10) ~ 1e-10.
        assertFalse(Arrays.equals(a.test().features(), c.test().features()));
    }

    @Test
    void splitRejectsBadFractions() {
        Dataset d = indexed(10);
        for (double f : new double[] {0.0, 1.0, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Split.of(d, f, 1));
            assertTrue(e.getMessage().contains("testFraction"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(f)), e.getMessage());
        }
        assertMessage("leaves an empty side", () -> Split.of(d, 0.01, 1));
        assertMessage("leaves an empty side", () -> Split.of(d, 0.99, 1));
        assertMessage("leaves an empty side", () -> Split.of(indexed(1), 0.5, 1));
    }

    @Test
    void splitRecordRejectsNull() {
        Dataset d = indexed(2);
        assertMessage("train must not be null", () -> new Split(null, d));
        assertMessage("test must not be null", () -> new Split(d, null));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
