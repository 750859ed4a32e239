package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void decimalPointsWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("[0.500000, -0.250000]", Format.vector(new double[] {0.5, -0.25}));
            assertEquals("97.1%", Format.percent(0.97123));
            assertEquals("1.50", Format.of("%.2f", 1.5));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Format.vector(null));
        assertThrows(IllegalArgumentException.class, () -> Format.percent(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Format.of(null));
    }
}
