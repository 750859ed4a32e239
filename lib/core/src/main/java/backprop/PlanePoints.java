package backprop;

import java.util.function.DoubleSupplier;

/**
 * The labelled points in the plane that a data-set generator ({@link Moons}, {@link Spirals}) builds before wrapping
 * them into a {@link Dataset}: a flat array x with row n at (x[2n], x[2n + 1]) and an array with the label of each row.
 * The two steps the generators share, in their order, act on these arrays in place.
 */
final class PlanePoints {

    /** At most this many points: 2 coordinates each in one Java array of at most 2<sup>31</sup> &minus; 9 doubles. */
    static final int MAX_SAMPLES = Require.MAX_ARRAY / 2;

    /** Bytes per point: two double coordinates and an int label. */
    private static final int BYTES_PER_SAMPLE = 2 * Double.BYTES + Integer.BYTES;

    private PlanePoints() {
    }

    /**
     * Rejects, before allocating, a number of points that no Java array, or not the heap's free space, can hold: an
     * IllegalArgumentException naming the size instead of a NegativeArraySizeException or an OutOfMemoryError.
     */
    static void requireFits(String name, long samples) {
        if (samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_SAMPLES
                    + " (two coordinates per point in one Java array), was " + samples);
        }
        Require.fits(name, samples, BYTES_PER_SAMPLE);
    }

    /** The heap half of {@link #requireFits(String, long)} with the free bytes given. */
    static void requireFits(String name, long samples, long freeBytes) {
        Require.fitsHeap(name, samples, BYTES_PER_SAMPLE, freeBytes);
    }

    /** Exchanges rows i and j: both coordinates and the label, so that each label stays with its point. */
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

    /**
     * Moves every coordinate, row by row, by noise &middot; g for the next standard normal g of {@code gaussian};
     * draws nothing for noise 0 (noise &middot; g = &plusmn;0 would change no coordinate).
     */
    static void addNoise(double[] x, double noise, DoubleSupplier gaussian) {
        if (noise > 0.0) {
            for (int k = 0; k < x.length; k++) {
                x[k] += noise * gaussian.getAsDouble();
            }
        }
    }
}
