package backprop;

import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * The Fisher–Yates shuffle, the one permutation of the library: for i = n − 1 down to 1, swap items i and k for a
 * uniform k in [0, i]. The training loop, {@link Split} and {@link Spirals} draw k from a seeded {@link Random} (the
 * library's one generator type); {@link Moons} draws it from numpy's generator for scikit-learn's data.
 */
final class FisherYates {

    /** Exchanges items i and j of whatever is being shuffled. */
    @FunctionalInterface
    interface Swap {
        void swap(int i, int j);
    }

    private FisherYates() {
    }

    /** Shuffles n items: swap(i, k) with k = draw(i), uniform in [0, i], for i = n − 1 down to 1. */
    static void shuffle(int n, IntUnaryOperator draw, Swap swap) {
        for (int i = n - 1; i > 0; i--) {
            swap.swap(i, draw.applyAsInt(i));
        }
    }

    /** Shuffles n items with k = random.nextInt(i + 1). */
    static void shuffle(int n, Random random, Swap swap) {
        shuffle(n, i -> random.nextInt(i + 1), swap);
    }

    /** Shuffles the entries of {@code order} in place. */
    static void shuffle(int[] order, Random random) {
        shuffle(order.length, random, (i, j) -> {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        });
    }
}
