package backprop.notebook;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The checks of the exercises: each compares the learner's answer with the right one and prints one line.
 *
 * <ul>
 *   <li>{@code ✔ Exercise 2: …} when the answer is right;
 *   <li>{@code ✗ Exercise 2: … (hint: …)} when it is wrong, or when the learner's code throws;
 *   <li>{@code Exercise 2: not answered yet} while the answer is still the stub ({@code null}, or a number that is
 *       NaN).
 * </ul>
 *
 * <p>Unlike {@link Check}, an answer check never throws: a wrong answer must not stop "Run All". Closeness is judged
 * as in {@link Check}: {@code |actual − expected| ≤ tolerance · max(1, |expected|)}.
 */
public final class Answer {

    private static PrintStream out = System.out;

    private Answer() {
    }

    /**
     * Checks a number.
     *
     * @param exercise the exercise's name, e.g. {@code "Exercise 1"}
     * @param actual the learner's answer; {@code null} or NaN means not answered yet
     * @param expected the right answer
     * @param tolerance the largest accepted deviation
     * @param hint what to look at when the answer is wrong
     * @return whether the answer is right
     */
    public static boolean close(String exercise, Double actual, double expected, double tolerance, String hint) {
        if (actual == null || actual.isNaN()) {
            return notAnswered(exercise);
        }
        return judge(exercise, Check.deviation(actual, expected), tolerance, hint);
    }

    /** Checks a vector element by element; see {@link #close(String, Double, double, double, String)}. */
    public static boolean close(String exercise, double[] actual, double[] expected, double tolerance, String hint) {
        if (actual == null || allNaN(actual)) {
            return notAnswered(exercise);
        }
        if (expected == null || actual.length != expected.length) {
            return wrong(exercise, expected == null ? "the check has no expected answer"
                    : "the answer has " + actual.length + " entries, not " + expected.length, hint);
        }
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Check.deviation(actual[i], expected[i]));
        }
        return judge(exercise, worst, tolerance, hint);
    }

    /** Checks a matrix element by element; see {@link #close(String, Double, double, double, String)}. */
    public static boolean close(String exercise, double[][] actual, double[][] expected, double tolerance,
                                String hint) {
        if (actual == null) {
            return notAnswered(exercise);
        }
        if (expected == null || actual.length != expected.length) {
            return wrong(exercise, expected == null ? "the check has no expected answer"
                    : "the answer has " + actual.length + " rows, not " + expected.length, hint);
        }
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null || expected[i] == null || actual[i].length != expected[i].length) {
                return wrong(exercise, "row " + i + " should have " + (expected[i] == null ? 0 : expected[i].length)
                        + " entries", hint);
            }
            for (int j = 0; j < actual[i].length; j++) {
                worst = Math.max(worst, Check.deviation(actual[i][j], expected[i][j]));
            }
        }
        return judge(exercise, worst, tolerance, hint);
    }

    /**
     * Checks any answer with a test of its own.
     *
     * @param exercise the exercise's name
     * @param answer the learner's answer; {@code null} means not answered yet
     * @param isRight whether the answer is right; an exception it throws (from the learner's code) counts as wrong
     * @param hint what to look at when the answer is wrong
     * @param <T> the answer's type
     * @return whether the answer is right
     */
    public static <T> boolean that(String exercise, T answer, Predicate<? super T> isRight, String hint) {
        if (answer == null) {
            return notAnswered(exercise);
        }
        try {
            if (isRight.test(answer)) {
                out.println("✔ " + exercise + ": right");
                return true;
            }
            return wrong(exercise, "not yet right", hint);
        } catch (RuntimeException | StackOverflowError e) {
            return wrong(exercise, "your code threw " + e, hint);
        }
    }

    /** Where the lines go (tests); {@code System.out} by default. */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    private static boolean judge(String exercise, double deviation, double tolerance, String hint) {
        if (deviation <= tolerance) {
            out.println("✔ " + exercise + ": right");
            return true;
        }
        return wrong(exercise, String.format(Locale.ROOT, "off by %.2g", deviation), hint);
    }

    private static boolean wrong(String exercise, String what, String hint) {
        out.println("✗ " + exercise + ": " + what + (hint == null || hint.isBlank() ? "" : " (hint: " + hint + ")"));
        return false;
    }

    private static boolean notAnswered(String exercise) {
        out.println(exercise + ": not answered yet");
        return false;
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return values.length > 0;
    }
}
