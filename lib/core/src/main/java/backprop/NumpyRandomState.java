package backprop;

/**
 * numpy's legacy {@code RandomState(seed)}, seed in [0, 2<sup>32</sup>), draw for draw (scikit-learn's generator):
 * MT19937, its 32-bit words held in Java ints read as unsigned. Not thread-safe.
 */
final class NumpyRandomState {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] key = new int[N];
    private int pos = N;
    private boolean hasGauss;
    private double gauss;

    /** MT19937's init_genrand: key[0] = seed, key[i] = 1812433253 (key[i−1] ⊕ (key[i−1] ≫ 30)) + i. */
    NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32 - 1] = [0, 4294967295], was " + seed);
        }
        key[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            key[i] = 1812433253 * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }
    }

    /** The next 32 random bits (the tempered next state word), as an unsigned int. */
    int nextBits() {
        if (pos == N) {
            twist();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** MT19937's next N words: key<sub>i</sub> = key<sub>i+M</sub> ⊕ twist(key<sub>i</sub>, key<sub>i+1</sub>), indices mod N. */
    private void twist() {
        for (int i = 0; i < N - M; i++) { // three loops, so that no index needs a division
            key[i] = twisted(key[i + M], key[i], key[i + 1]);
        }
        for (int i = N - M; i < N - 1; i++) {
            key[i] = twisted(key[i + M - N], key[i], key[i + 1]);
        }
        key[N - 1] = twisted(key[M - 1], key[N - 1], key[0]);
        pos = 0;
    }

    private static int twisted(int far, int word, int next) {
        int y = (word & 0x80000000) | (next & 0x7fffffff);
        return far ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    }

    /** numpy's random_sample: (a · 2<sup>26</sup> + b) / 2<sup>53</sup>, a, b the top 27, 26 bits of two draws. */
    double nextDouble() {
        int a = nextBits() >>> 5;
        int b = nextBits() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * numpy's legacy {@code standard_normal}: x₁, x₂ = 2u − 1 until 0 &lt; r² &lt; 1, f = √(−2 ln r² / r²); returns
     * f x₂, keeping f x₁ for the next call. |value| &lt; 12.1.
     */
    double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * StrictMath.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** numpy's {@code random_interval}: uniform in [0, max], draws masked to the least 2<sup>k</sup> − 1 ≥ max. */
    int nextInt(int max) {
        if (max == 0) {
            return 0;
        }
        int mask = -1 >>> Integer.numberOfLeadingZeros(max);
        int value;
        do {
            value = nextBits() & mask;
        } while (value > max);
        return value;
    }
}
