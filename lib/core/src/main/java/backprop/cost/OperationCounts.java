package backprop.cost;

import java.util.Arrays;

/**
 * The closed forms of the counts {@link PathSum} and {@link CountedBackprop} measure for widths n<sub>0</sub>, …,
 * n<sub>L</sub>; P<sub>l</sub> = n<sub>l+1</sub> ··· n<sub>L</sub> paths lead from layer l out. Overflow throws.
 */
public final class OperationCounts {

    private OperationCounts() {
    }

    /** Σ<sub>l</sub> n<sub>l−1</sub> n<sub>l</sub> P<sub>l</sub> (2(L − l) + 1): the path sum's multiplications. */
    public static long allPathMultiplications(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count = exact(sizes, (long) sizes[l - 1] * sizes[l], pathMultiplications(sizes, l), count);
        }
        return count;
    }

    /** Σ<sub>l</sub> n<sub>l−1</sub> n<sub>l</sub> (P<sub>l</sub> − 1): the path sum's additions. */
    public static long allPathAdditions(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count = exact(sizes, (long) sizes[l - 1] * sizes[l], paths(sizes, l) - 1, count);
        }
        return count;
    }

    /**
     * Σ<sub>l=1..L</sub> n<sub>l−1</sub> n<sub>l</sub> + Σ<sub>l=2..L</sub> n<sub>l−1</sub> (n<sub>l</sub> + 1):
     * a<sub>j</sub> δ<sub>k</sub> per weight, δ<sub>k</sub> w<sub>j→k</sub> above layer 1, one σ′ per hidden neuron.
     */
    public static long backpropMultiplications(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count += (long) sizes[l - 1] * sizes[l] + (l >= 2 ? (long) sizes[l - 1] * (sizes[l] + 1) : 0);
        }
        return count;
    }

    /** Σ<sub>l=2..L</sub> n<sub>l−1</sub> (n<sub>l</sub> − 1): backpropagation's additions, the sums over k. */
    public static long backpropAdditions(int[] sizes) {
        long count = 0;
        for (int l = 2; l < requireSizes(sizes).length; l++) {
            count += (long) sizes[l - 1] * (sizes[l] - 1);
        }
        return count;
    }

    /** P<sub>l</sub> (2(L − l) + 1): the path sum's multiplications for one weight of layer l. */
    static long pathMultiplications(int[] sizes, int l) {
        return exact(sizes, paths(sizes, l), 2L * (sizes.length - 1 - l) + 1, 0);
    }

    private static long paths(int[] sizes, int l) {
        long p = 1;
        for (int m = l + 1; m < sizes.length; m++) {
            p = exact(sizes, p, sizes[m], 0);
        }
        return p;
    }

    /** a · b + c, or an IllegalArgumentException naming the sizes if it exceeds {@link Long#MAX_VALUE}. */
    private static long exact(int[] sizes, long a, long b, long c) {
        try {
            return Math.addExact(Math.multiplyExact(a, b), c);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("sizes " + Arrays.toString(sizes)
                    + " must give counts below Long.MAX_VALUE = " + Long.MAX_VALUE + ", gave more", e);
        }
    }

    private static int[] requireSizes(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + Arrays.toString(sizes));
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("sizes[" + l + "] must be >= 1, was " + sizes[l]);
            }
        }
        return sizes;
    }
}
