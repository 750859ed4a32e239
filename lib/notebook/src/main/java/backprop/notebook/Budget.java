package backprop.notebook;

/**
 * How many repeated runs a notebook can afford. Normally the number asked for; when the environment variable
 * {@code BACKPROP_QUICK} is {@code 1} (the continuous-integration test run), one run, so that the notebooks' checks
 * are exercised in less time. A notebook's checks must hold for any number of runs it is given.
 */
public final class Budget {

    private Budget() {
    }

    /** {@code full}, or 1 when {@code BACKPROP_QUICK=1}. */
    public static int runs(int full) {
        return runs(full, System.getenv("BACKPROP_QUICK"));
    }

    static int runs(int full, String quick) {
        if (full < 1) {
            throw new IllegalArgumentException("full must be at least 1, was " + full);
        }
        return "1".equals(quick) ? 1 : full;
    }
}
