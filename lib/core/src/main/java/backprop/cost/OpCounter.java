package backprop.cost;

/**
 * Arithmetic that counts itself: the instrumented code does every multiplication and addition of a gradient through
 * {@link #times} and {@link #plus}, so the counts are what the code really executed.
 */
public final class OpCounter {

    private long multiplications;
    private long additions;

    /** @return u · v, counted as one multiplication */
    public double times(double u, double v) {
        multiplications++;
        return u * v;
    }

    /** @return u + v, counted as one addition */
    public double plus(double u, double v) {
        additions++;
        return u + v;
    }

    /** @return the multiplications done so far */
    public long multiplications() {
        return multiplications;
    }

    /** @return the additions done so far */
    public long additions() {
        return additions;
    }

    @Override
    public String toString() {
        return multiplications + " multiplications, " + additions + " additions";
    }
}
