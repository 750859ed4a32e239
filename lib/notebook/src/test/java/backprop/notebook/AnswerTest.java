package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnswerTest {

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
        return printed.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void theStubIsNotAnsweredYet() {
        assertFalse(Answer.close("Exercise 1", (Double) null, 1.0, 1e-9, "h"));
        assertFalse(Answer.close("Exercise 1", Double.NaN, 1.0, 1e-9, "h"));
        assertFalse(Answer.close("Exercise 1", (double[]) null, new double[] {1}, 1e-9, "h"));
        assertFalse(Answer.close("Exercise 1", new double[] {Double.NaN, Double.NaN}, new double[] {1, 2}, 1e-9, "h"));
        assertFalse(Answer.close("Exercise 1", (double[][]) null, new double[][] {{1}}, 1e-9, "h"));
        assertFalse(Answer.that("Exercise 1", null, x -> true, "h"));
        assertEquals(6, printed().lines().filter(l -> l.equals("Exercise 1: not answered yet")).count());
    }

    @Test
    void aRightAnswerIsTicked() {
        assertTrue(Answer.close("Exercise 2", 0.1 + 0.2, 0.3, 1e-12, "h"));
        assertTrue(Answer.close("Exercise 2", new double[] {1, 2}, new double[] {1, 2 + 1e-15}, 1e-12, "h"));
        assertTrue(Answer.close("Exercise 2", new double[][] {{3}}, new double[][] {{3}}, 1e-12, "h"));
        assertTrue(Answer.that("Exercise 2", "abc", s -> s.length() == 3, "h"));
        assertTrue(printed().lines().allMatch(l -> l.equals("✔ Exercise 2: right")));
    }

    @Test
    void aWrongAnswerIsCrossedWithTheHint() {
        assertFalse(Answer.close("Exercise 3", 0.5, 0.3, 1e-12, "look at the sign"));
        assertEquals("✗ Exercise 3: off by 0.20 (hint: look at the sign)", printed());
    }

    @Test
    void wrongShapesAndInfinitiesAreWrongNotErrors() {
        assertFalse(Answer.close("E", new double[] {1}, new double[] {1, 2}, 1e-9, ""));
        assertFalse(Answer.close("E", new double[][] {{1, 2}}, new double[][] {{1}}, 1e-9, ""));
        assertFalse(Answer.close("E", new double[] {Double.POSITIVE_INFINITY, 1}, new double[] {1, 1}, 1e-9, ""));
        assertFalse(Answer.close("E", new double[] {Double.NaN, 1}, new double[] {1, 1}, 1e-9, ""));
        assertTrue(printed().lines().allMatch(l -> l.startsWith("✗ E: ")));
    }

    @Test
    void theLearnersExceptionIsReportedNotThrown() {
        assertFalse(Answer.that("Exercise 4", new int[0], a -> a[1] == 0, "index from 0"));
        assertTrue(printed().startsWith("✗ Exercise 4: your code threw java.lang.ArrayIndexOutOfBoundsException"));
    }
}
