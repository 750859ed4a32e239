package backprop.cost;

/**
 * The closed forms of the counts that {@link PathSum} and {@link CountedBackprop} measure, for a network of layer
 * widths n<sub>0</sub>, n<sub>1</sub>, …, n<sub>L</sub> (inputs first, classes last), one sample. Counts are exact
 * longs; a count beyond {@link Long#MAX_VALUE} is an IllegalArgumentException naming the sizes, never a wrapped
 * number.
 */
public final class OperationCounts {

    private OperationCounts() {
    }

    /** P<sub>l</sub> = n<sub>l+1</sub> · n<sub>l+2</sub> ··· n<sub>L</sub>: the paths from a weight of layer l to the outputs. */
    public static long paths(int[] sizes, int l) {
        requireLayer(sizes, l);
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
            throw new IllegalArgumentException("sizes " + java.util.Arrays.toString(sizes)
                    + " must give counts below Long.MAX_VALUE = " + Long.MAX_VALUE + ", gave more", e);
        }
    }

    /** P<sub>l</sub> (2(L − l) + 1): the multiplications of the path sum for one weight of layer l. */
    public static long pathMultiplications(int[] sizes, int l) {
        return exact(sizes, paths(sizes, l), 2L * (sizes.length - 1 - l) + 1, 0);
    }

    /** P<sub>l</sub> − 1: the additions of the path sum for one weight of layer l. */
    public static long pathAdditions(int[] sizes, int l) {
        return paths(sizes, l) - 1;
    }

    /** Σ<sub>l</sub> n<sub>l−1</sub> n<sub>l</sub> P<sub>l</sub> (2(L − l) + 1): the multiplications of the path sum over all weights. */
    public static long allPathMultiplications(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count = exact(sizes, (long) sizes[l - 1] * sizes[l], pathMultiplications(sizes, l), count);
        }
        return count;
    }

    /** Σ<sub>l</sub> n<sub>l−1</sub> n<sub>l</sub> (P<sub>l</sub> − 1): the additions of the path sum over all weights. */
    public static long allPathAdditions(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count = exact(sizes, (long) sizes[l - 1] * sizes[l], pathAdditions(sizes, l), count);
        }
        return count;
    }

    /**
     * Σ<sub>l=1..L</sub> n<sub>l−1</sub> n<sub>l</sub> + Σ<sub>l=2..L</sub> n<sub>l−1</sub> (n<sub>l</sub> + 1):
     * backpropagation's multiplications, a<sub>j</sub> δ<sub>k</sub> for every weight plus δ<sub>k</sub>
     * w<sub>j→k</sub> for every weight above the first layer and one σ′ per hidden neuron.
     */
    public static long backpropMultiplications(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count += (long) sizes[l - 1] * sizes[l];
            if (l >= 2) {
                count += (long) sizes[l - 1] * (sizes[l] + 1);
            }
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

    /** Σ<sub>l=1..L</sub> n<sub>l−1</sub> n<sub>l</sub>: the number of weights. */
    public static long weights(int[] sizes) {
        long count = 0;
        for (int l = 1; l < requireSizes(sizes).length; l++) {
            count += (long) sizes[l - 1] * sizes[l];
        }
        return count;
    }

    /** Σ<sub>l=0..L−1</sub> n<sub>l</sub> + Σ<sub>l=1..L−1</sub> n<sub>l</sub>: the a's and σ′'s the backward pass keeps per sample. */
    public static long keptValues(int[] sizes) {
        long count = 0;
        for (int l = 0; l < requireSizes(sizes).length - 1; l++) {
            count += l == 0 ? sizes[l] : 2L * sizes[l];
        }
        return count;
    }

    private static int[] requireSizes(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + (sizes == null ? "null" : java.util.Arrays.toString(sizes)));
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("sizes[" + l + "] must be >= 1, was " + sizes[l]);
            }
        }
        return sizes;
    }

    private static void requireLayer(int[] sizes, int l) {
        if (l < 1 || l >= requireSizes(sizes).length) {
            throw new IllegalArgumentException("l must be in [1, " + (sizes.length - 1) + "], was " + l);
        }
    }
}
