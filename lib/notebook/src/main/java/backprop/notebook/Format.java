package backprop.notebook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers as the notebooks print them: a decimal point whatever the machine's locale. */
public final class Format {

    private Format() {}

    /** A vector with six decimals, e.g. {@code [0.500000, -0.250000]}. */
    public static String vector(double[] v) {
        if (v == null) {
            throw new IllegalArgumentException("v must not be null");
        }
        return Arrays.stream(v).mapToObj(x -> of("%.6f", x)).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 0.9712 → "97.1%"}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("fraction must be finite, was " + fraction);
        }
        double percent = 100 * fraction;   // overflows beyond ±1.8e306: then shift the decimal point instead
        return of("%.1f%%", Double.isFinite(percent) ? percent : BigDecimal.valueOf(fraction).movePointRight(2));
    }

    /** {@code String.format} in the root locale; a format that does not fit its arguments is refused. */
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
