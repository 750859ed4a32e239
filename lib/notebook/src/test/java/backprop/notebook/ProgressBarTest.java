package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    @Test
    void anEmptyBarBeforeTheWorkStarts() {
        assertEquals("training ▕" + "░".repeat(30) + "▏   0/200 epochs", new ProgressBar("training", 200, "epochs").render(0));
    }

    @Test
    void theFilledCellsAreTheDoneShareRoundedDown() {
        ProgressBar bar = new ProgressBar("runs", 50, "runs");
        String line = bar.render(20, 0.0712);
        assertEquals(12, count(line, '█'));   // 30 · 20/50 = 12
        assertEquals(18, count(line, '░'));
        assertTrue(line.endsWith("▏ 20/50 runs · loss 0.07120"), line);
        assertEquals(10, count(bar.render(17), '█'));  // 30 · 17/50 = 10.2, rounded down
    }

    @Test
    void aFinishedBarIsFull() {
        String line = new ProgressBar("training", 7, "epochs").render(7, 1.5e-6);
        assertEquals(30, count(line, '█'));
        assertEquals(0, count(line, '░'));
        assertTrue(line.endsWith("7/7 epochs · loss 1.500e-06"), line);
    }

    @Test
    void theLossIsPrintedWithADecimalPointWhateverTheLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertTrue(new ProgressBar("t", 1, "epochs").render(1, 0.25).endsWith("loss 0.2500"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void badInputIsRejectedByName() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressBar(null, 5, "runs"));
        assertThrows(IllegalArgumentException.class, () -> new ProgressBar(" ", 5, "runs"));
        assertThrows(IllegalArgumentException.class, () -> new ProgressBar("t", 5, ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProgressBar("t", 0, "runs"));
        assertTrue(e.getMessage().contains("total") && e.getMessage().contains("0"));
        ProgressBar bar = new ProgressBar("t", 5, "runs");
        e = assertThrows(IllegalArgumentException.class, () -> bar.render(6));
        assertTrue(e.getMessage().contains("done") && e.getMessage().contains("6"));
        assertThrows(IllegalArgumentException.class, () -> bar.render(-1));
        e = assertThrows(IllegalArgumentException.class, () -> bar.render(1, Double.NaN));
        assertTrue(e.getMessage().contains("loss"));
        assertThrows(IllegalArgumentException.class, () -> bar.render(1, Double.POSITIVE_INFINITY));
    }
}
