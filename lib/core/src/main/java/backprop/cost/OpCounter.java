package backprop.cost;

/** Arithmetic that counts itself: the instrumented code multiplies and adds only through it. */
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

    public long multiplications() {
        return multiplications;
    }

    public long additions() {
        return additions;
    }
}
