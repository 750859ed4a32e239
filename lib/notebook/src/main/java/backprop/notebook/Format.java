package backprop.notebook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.StringJoiner;

/** Numbers as the notebooks print them: a decimal point whatever the machine's locale. */
public final class Format {

    private Format() {
    }

    /** A vector with six decimals, e.g. {@code [0.500000, -0.250000]}. */
    public static String vector(double[] v) {
        if (v == null) {
            throw new IllegalArgumentException("v must not be null");
        }
        StringJoiner s = new StringJoiner(", ", "[", "]");
        for (double x : v) {
            s.add(String.format(Locale.ROOT, "%.6f", x));
        }
        return s.toString();
    }

    /** An accuracy (a fraction in [0, 1]) as a percentage with one decimal, e.g. {@code 0.9712 → "97.1%"}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("fraction must be finite, was " + fraction);
        }
        double percent = 100 * fraction;   // beyond ±1.8e306 the product overflows: shift the decimal point instead
        return String.format(Locale.ROOT, "%.1f%%", Double.isFinite(percent) ? percent
                : BigDecimal.valueOf(fraction).movePointRight(2));
    }

    /**
     * {@code String.format} in the root locale: {@code Format.of("%.3f", x)}.
     *
     * @throws IllegalArgumentException naming the format if it is null or malformed or does not fit the arguments
     */
    public static String of(String format, Object... args) {
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
        try {
            return String.format(Locale.ROOT, format, args);
        } catch (IllegalFormatException e) {
            throw new IllegalArgumentException("format \"" + format + "\" must fit its arguments "
                    + Arrays.deepToString(args) + ": " + e, e);
        }
    }
}
