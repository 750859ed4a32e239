package backprop.notebook;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The exercises' checks: each judges the learner's answer and prints one line, {@code ✔ Exercise 2: right},
 * {@code ✗ Exercise 2: … (hint: …)} (also when the learner's code throws) or {@code Exercise 2: not answered yet}
 * (the stub: null, or NaN). Unlike {@link Check}, whose closeness it uses, it never throws: "Run All" goes on.
 */
public final class Answer {

    private Answer() {}

    /** Judges a number; see the class comment. Returns whether it is right. */
    public static boolean close(String exercise, Double actual, double expected, double tolerance, String hint) {
        return close(exercise, actual == null ? null : new double[] {actual}, new double[] {expected}, tolerance, hint);
    }

    /** Judges a vector entry by entry; an all-NaN vector is not answered yet. */
    public static boolean close(String exercise, double[] actual, double[] expected, double tolerance, String hint) {
        if (actual == null || actual.length > 0 && Arrays.stream(actual).allMatch(Double::isNaN)) {
            return notAnswered(exercise);
        }
        return close(exercise, new double[][] {actual}, new double[][] {expected}, tolerance, hint);
    }

    /** Judges a matrix entry by entry. */
    public static boolean close(String exercise, double[][] actual, double[][] expected, double tolerance,
                                String hint) {
        if (actual == null) {
            return notAnswered(exercise);
        }
        if (expected == null || actual.length != expected.length) {
            return wrong(exercise, expected == null ? "the check has no expected answer"
                    : "the answer has " + actual.length + " rows, not " + expected.length, hint);
        }
        for (int i = 0; i < actual.length; i++) {
            if (expected[i] == null || actual[i] == null || actual[i].length != expected[i].length) {
                return wrong(exercise, expected[i] == null ? "the check has no expected answer"
                        : "the answer has " + (actual[i] == null ? 0 : actual[i].length) + " entries"
                        + (actual.length == 1 ? "" : " in row " + i) + ", not " + expected[i].length, hint);
            }
        }
        double worst = Check.worst(actual.length,
                i -> Check.worst(actual[i].length, j -> Check.deviation(actual[i][j], expected[i][j])));
        return worst <= tolerance ? right(exercise) : wrong(exercise, Format.of("off by %.2g", worst), hint);
    }

    /** Judges any answer by a test of its own; an exception the test throws (the learner's code) counts as wrong. */
    public static <T> boolean that(String exercise, T answer, Predicate<? super T> isRight, String hint) {
        if (answer == null) {
            return notAnswered(exercise);
        }
        try {
            return isRight.test(answer) ? right(exercise) : wrong(exercise, "not yet right", hint);
        } catch (RuntimeException | StackOverflowError e) {
            return wrong(exercise, "your code threw " + e, hint);
        }
    }

    private static boolean right(String exercise) {
        System.out.println("✔ " + exercise + ": right");
        return true;
    }

    private static boolean wrong(String exercise, String what, String hint) {
        String because = hint == null || hint.isBlank() ? "" : " (hint: " + hint + ")";
        System.out.println("✗ " + exercise + ": " + what + because);
        return false;
    }

    private static boolean notAnswered(String exercise) {
        System.out.println(exercise + ": not answered yet");
        return false;
    }
}
