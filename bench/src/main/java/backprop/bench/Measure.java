package backprop.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * The timing rule of the side-by-side run, the same in Java and in Python ({@code bench/python/timing.py}):
 * run one epoch untimed, find a batch of e epochs that takes about {@code seconds}, run batches for
 * {@code warmupSeconds} unmeasured and size e again from the last of them (the first estimate was made while the
 * code was still being compiled), then time {@code repeats} batches and report the median of e / t in epochs per
 * second.
 * The clock is wall time, or the CPU time of the calling thread for the load-independent one-thread check.
 */
final class Measure {

    private Measure() {
    }

    /**
     * @param train         runs the given number of epochs
     * @param seconds       the target duration of one timed batch
     * @param warmupSeconds how long to run untimed first (JIT compilation, caches)
     * @param repeats       the number of timed batches, odd so the median is one of them
     * @return the median epochs per second
     */
    static double epochsPerSecond(IntConsumer train, double seconds, double warmupSeconds, int repeats) {
        return epochsPerSecond(train, seconds, warmupSeconds, repeats, System::nanoTime);
    }

    /** As {@link #epochsPerSecond(IntConsumer, double, double, int)} with t read from {@code nanoClock}. */
    static double epochsPerSecond(IntConsumer train, double seconds, double warmupSeconds, int repeats,
            LongSupplier nanoClock) {
        if (!(seconds > 0) || !(warmupSeconds >= 0) || repeats < 1) {
            throw new IllegalArgumentException("seconds, warmupSeconds, repeats must be > 0, >= 0, >= 1, were "
                    + seconds + ", " + warmupSeconds + ", " + repeats);
        }
        train.accept(1);
        int epochs = 1;
        double t = time(train, epochs, nanoClock);
        while (t < seconds / 4 && epochs < (1 << 28)) {
            epochs *= 2;
            t = time(train, epochs, nanoClock);
        }
        epochs = (int) Math.max(1, Math.round(epochs * seconds / t));
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            t = time(train, epochs, nanoClock);
        }
        epochs = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(epochs * seconds / t)));
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            rates[r] = epochs / time(train, epochs, nanoClock);
        }
        Arrays.sort(rates);
        return rates[repeats / 2];
    }

    private static double time(IntConsumer train, int epochs, LongSupplier nanoClock) {
        long start = nanoClock.getAsLong();
        train.accept(epochs);
        return (nanoClock.getAsLong() - start) / 1e9;
    }
}
