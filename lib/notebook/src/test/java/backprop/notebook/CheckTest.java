package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private final PrintStream saved = System.out;

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(saved);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHoldingClaimPrintsOneLine() {
        Check.that("2 + 2 = 4", 2 + 2 == 4);
        assertEquals("✔ 2 + 2 = 4" + System.lineSeparator(), printed());
    }

    @Test
    void aFalseClaimThrowsAndPrintsNothing() {
        AssertionError e = assertThrows(AssertionError.class, () -> Check.that("2 + 2 = 5", false));
        assertEquals("✘ 2 + 2 = 5", e.getMessage());
        assertEquals("", printed());
    }

    @Test
    void closenessIsAbsoluteBelowOneAndRelativeAbove() {
        Check.close("small", 1e-14, 0.0, 1e-13);
        Check.close("large", 1e6 * (1 + 5e-14), 1e6, 1e-13);
        assertThrows(AssertionError.class, () -> Check.close("small, too far", 1e-12, 0.0, 1e-13));
        assertThrows(AssertionError.class, () -> Check.close("large, too far", 1e6 * (1 + 5e-13), 1e6, 1e-13));
        assertTrue(printed().startsWith("✔ small (deviation 1.0e-14, tolerance 1e-13)"), printed());
    }

    @Test
    void nanIsNeverClose() {
        assertThrows(AssertionError.class, () -> Check.close("NaN", Double.NaN, 0.0, 1.0));
        assertThrows(AssertionError.class,
                () -> Check.close("NaN in a vector", new double[] {0, Double.NaN}, new double[] {0, 0}, 1.0));
        assertThrows(AssertionError.class,
                () -> Check.close("NaN first", new double[] {Double.NaN, 0}, new double[] {0, 0}, 1.0));
    }

    @Test
    void vectorsAndMatricesAreComparedElementByElement() {
        Check.close("vectors", new double[] {1, 2}, new double[] {1, 2 + 1e-15}, 1e-13);
        Check.close("matrices", new double[][] {{1}, {2}}, new double[][] {{1}, {2}}, 1e-13);
        assertThrows(AssertionError.class,
                () -> Check.close("matrices apart", new double[][] {{1}, {2}}, new double[][] {{1}, {2.1}}, 1e-3));
        assertEquals(0.5, Check.maxAbsDiff(new double[][] {{1, 2}}, new double[][] {{1.5, 2}}));
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.close("x", new double[] {1}, new double[] {1, 2}, 1e-13));
        assertEquals("actual has length 1 but expected has length 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Check.close("x", 1, 1, 0));
        assertEquals("tolerance must be > 0 and finite, was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Check.that(" ", true));
        assertEquals("claim must be a sentence, was blank", e.getMessage());
    }
}
