package backprop.notebook;

import java.util.Locale;

/**
 * The text of a progress bar for long work in a notebook: how much of it is done and the current loss, e.g.
 * <pre>hidden sizes ▕████████████░░░░░░░░░░░░░░░░░░▏  20/50 runs · loss 0.0712</pre>
 *
 * <p>This class only renders the line; a notebook shows it once with {@code String id = display(bar.render(0),
 * "text/plain")} and replaces it in place with {@code updateDisplay(id, bar.render(done, loss), "text/plain")}
 * (JJava and IJava both have these two functions), so the saved notebook keeps only the last state.
 *
 * <p>A cell of the bar is filled when its share of the work is done: {@code filled = ⌊WIDTH · done / total⌋}.
 */
public final class ProgressBar {

    /** Cells of the bar. */
    public static final int WIDTH = 30;

    private final String label;
    private final int total;
    private final String unit;

    /**
     * @param label what is being done, e.g. "training"
     * @param total how many units the work has, at least 1
     * @param unit  the name of a unit, plural, e.g. "epochs" or "runs"
     * @throws IllegalArgumentException if a text is null or blank or total &lt; 1
     */
    public ProgressBar(String label, int total, String unit) {
        this.label = requireText("label", label);
        this.unit = requireText("unit", unit);
        if (total < 1) {
            throw new IllegalArgumentException("total must be at least 1, was " + total);
        }
        this.total = total;
    }

    /** The line before any loss is known: the bar, {@code done/total} and the unit. */
    public String render(int done) {
        requireDone(done);
        int filled = (int) ((long) WIDTH * done / total);
        String count = String.format(Locale.ROOT, "%" + String.valueOf(total).length() + "d/%d", done, total);
        return label + " ▕" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "▏ " + count + " " + unit;
    }

    /**
     * The line with the current loss, printed with four significant digits.
     *
     * @throws IllegalArgumentException if done is outside [0, total] or the loss is NaN or infinite
     */
    public String render(int done, double loss) {
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("loss must be finite, was " + loss);
        }
        return render(done) + String.format(Locale.ROOT, " · loss %.4g", loss);
    }

    private void requireDone(int done) {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be in [0, " + total + "], was " + done);
        }
    }

    private static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-blank text, was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }
}
