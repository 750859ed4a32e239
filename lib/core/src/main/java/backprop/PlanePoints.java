package backprop;

import java.util.function.DoubleSupplier;

/** The steps {@link Moons} and {@link Spirals} share on their points: row n at (x[2n], x[2n + 1]), label labels[n]. */
final class PlanePoints {

    /** Two coordinates per point in one Java array. */
    static final int MAX_SAMPLES = Require.MAX_ARRAY / 2;

    /** The largest noise: a standard normal g has |g| &lt; 12.1, so |noise · g| &lt; 0.76 · MAX_VALUE stays finite. */
    static final double MAX_NOISE = Double.MAX_VALUE / 16;

    /** Bytes per point: two double coordinates and an int label. */
    static final int BYTES_PER_SAMPLE = 2 * Double.BYTES + Integer.BYTES;

    private PlanePoints() {
    }

    /** Refuses, before allocating, more points than an array or the heap's free space holds. */
    static void requireFits(String name, long samples) {
        if (samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_SAMPLES
                    + " (two coordinates per point in one Java array), was " + samples);
        }
        Require.fits(name, samples, BYTES_PER_SAMPLE);
    }

    /** The standard deviation of the noise, in [0, {@link #MAX_NOISE}]. */
    static void requireNoise(double noise) {
        if (!(noise >= 0.0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be >= 0 and finite, was " + noise);
        }
        if (noise > MAX_NOISE) {
            throw new IllegalArgumentException("noise must be at most " + MAX_NOISE
                    + " (Double.MAX_VALUE / 16, so that every coordinate stays finite), was " + noise);
        }
    }

    /** Exchanges rows i and j, both coordinates and the label. */
    static void swapRows(double[] x, int[] labels, int i, int j) {
        double x0 = x[2 * i];
        double x1 = x[2 * i + 1];
        x[2 * i] = x[2 * j];
        x[2 * i + 1] = x[2 * j + 1];
        x[2 * j] = x0;
        x[2 * j + 1] = x1;
        int y = labels[i];
        labels[i] = labels[j];
        labels[j] = y;
    }

    /** x<sub>k</sub> += noise · g<sub>k</sub> for the next standard normals g; draws nothing for noise 0. */
    static void addNoise(double[] x, double noise, DoubleSupplier gaussian) {
        if (noise > 0.0) {
            for (int k = 0; k < x.length; k++) {
                x[k] += noise * gaussian.getAsDouble();
            }
        }
    }
}
