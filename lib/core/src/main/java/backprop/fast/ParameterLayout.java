package backprop.fast;

import java.util.Arrays;

/**
 * Where each weight and bias sits in the flat vector θ the kernel reads: for l = 1..L, W<sub>l</sub> row-major
 * (w<sub>j→k</sub> at weightOffset(l) + j · sizes[l] + k), then b<sub>l</sub> (b<sub>l,k</sub> at biasOffset(l) +
 * k); the layout of {@code backprop.Parameters}, tested to be the same.
 */
final class ParameterLayout {

    private final int[] sizes;
    private final int[] offset;
    private final int count;

    /** @throws IllegalArgumentException unless sizes has ≥ 2 entries, each ≥ 1, and fewer than 2³¹ − 8 parameters */
    ParameterLayout(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        this.offset = new int[sizes.length];
        long total = 0;
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("sizes[" + l + "] must be >= 1, was " + sizes[l]);
            }
            if (l > 0) {
                offset[l] = (int) total;
                total += (long) sizes[l - 1] * sizes[l] + sizes[l];
                if (total > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("sizes must give at most " + (Integer.MAX_VALUE - 8)
                            + " parameters, was " + Arrays.toString(sizes));
                }
            }
        }
        this.count = (int) total;
    }

    /** @return [inputs, hidden..., classes] (the layout's own array: not to be changed) */
    int[] sizes() {
        return sizes;
    }

    int weightOffset(int l) {
        return offset[l];
    }

    int biasOffset(int l) {
        return offset[l] + sizes[l - 1] * sizes[l];
    }

    /** @return the number of parameters, the length of θ */
    int count() {
        return count;
    }
}
