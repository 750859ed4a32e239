package backprop;

import java.util.Random;
import java.util.function.IntUnaryOperator;

/** The Fisher–Yates shuffle: for i = n − 1 down to 1, swap items i and k = draw(i), uniform in [0, i]. */
final class FisherYates {

    interface Swap {
        void swap(int i, int j);
    }

    private FisherYates() {
    }

    static void shuffle(int n, IntUnaryOperator draw, Swap swap) {
        for (int i = n - 1; i > 0; i--) {
            swap.swap(i, draw.applyAsInt(i));
        }
    }

    /** Shuffles {@code order} in place with k = random.nextInt(i + 1). */
    static void shuffle(int[] order, Random random) {
        shuffle(order.length, i -> random.nextInt(i + 1), (i, j) -> {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        });
    }
}
