package backprop;

/**
 * numpy's legacy random generator {@code numpy.random.RandomState(seed)} for an integer seed in [0, 2<sup>32</sup>),
 * draw for draw: the Mersenne Twister MT19937 with numpy's seeding, its 53-bit doubles, its Gaussian (the polar
 * method, which keeps the second value of each pair for the next call), its bounded integers (its shuffle is {@link FisherYates} drawing {@link #nextInt(int)}).
 * scikit-learn's {@code make_moons(..., random_state=seed)} draws from exactly this generator.
 *
 * <p>The state is 624 words of 32 bits, here Java {@code int}s read as unsigned: Java's int arithmetic wraps modulo
 * 2<sup>32</sup>, as numpy's masked {@code uint32} arithmetic does. Not thread-safe.
 */
final class NumpyRandomState {

    /** Words of state (n) and the offset of the twist's middle word (m). */
    private static final int N = 624;
    private static final int M = 397;
    /** The twist matrix's last row, and the masks that join the top bit of one word to the low 31 of the next. */
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;
    /** Knuth's multiplier of MT19937's seeding. */
    private static final int SEED_MULTIPLIER = 1812433253;

    private final int[] key = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /**
     * The state of {@code RandomState(seed)}: numpy's legacy seeding of an integer seed, MT19937's
     * {@code init_genrand}: key<sub>0</sub> = seed, key<sub>i</sub> = 1812433253 &middot; (key<sub>i&minus;1</sub>
     * &oplus; (key<sub>i&minus;1</sub> &gt;&gt; 30)) + i mod 2<sup>32</sup>. (numpy uses {@code init_by_array} only
     * for a seed given as an array.)
     *
     * @param seed an integer in [0, 2<sup>32</sup> &minus; 1]
     */
    NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("seed must be in [0, 2^32 - 1] = [0, 4294967295], was " + seed);
        }
        key[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            key[i] = SEED_MULTIPLIER * (key[i - 1] ^ (key[i - 1] >>> 30)) + i;
        }
        pos = N;
    }

    /** The next 32 random bits, the tempered next word of state; read the int as unsigned. */
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

    /**
     * The next 624 words: key<sub>i</sub> &larr; key<sub>i+397</sub> &oplus; (y &gt;&gt; 1) &oplus; (y odd ? a : 0)
     * with y = top bit of key<sub>i</sub> | low 31 bits of key<sub>i+1</sub> (indices mod 624).
     */
    private void twist() {
        for (int i = 0; i < N - M; i++) {
            key[i] = twisted(key[i + M], key[i], key[i + 1]);
        }
        for (int i = N - M; i < N - 1; i++) {
            key[i] = twisted(key[i + M - N], key[i], key[i + 1]);
        }
        key[N - 1] = twisted(key[M - 1], key[N - 1], key[0]);
        pos = 0;
    }

    /** One word of the twist: far &oplus; (y &gt;&gt; 1) &oplus; (y odd ? a : 0), y = top bit of word | low 31 of next. */
    private static int twisted(int far, int word, int next) {
        int y = (word & UPPER) | (next & LOWER);
        return far ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }

    /**
     * A uniform double in [0, 1) with 53 random bits, numpy's {@code random_sample}:
     * (a &middot; 2<sup>26</sup> + b) / 2<sup>53</sup> with a the top 27 bits of one draw and b the top 26 of the next.
     */
    double nextDouble() {
        int a = nextBits() >>> 5;
        int b = nextBits() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * A standard normal value, numpy's legacy {@code standard_normal} (Marsaglia's polar method): draw
     * x<sub>1</sub>, x<sub>2</sub> = 2u &minus; 1 until 0 &lt; r&sup2; = x<sub>1</sub>&sup2; + x<sub>2</sub>&sup2; &lt; 1,
     * let f = &radic;(&minus;2 ln r&sup2; / r&sup2;), return f x<sub>2</sub> and keep f x<sub>1</sub> for the next call.
     *
     * <p>|value| &lt; 12.1, because r&sup2; &ge; 2<sup>&minus;104</sup> (the x<sub>i</sub> are multiples of
     * 2<sup>&minus;52</sup>) and |f x<sub>i</sub>| &le; &radic;(&minus;2 ln r&sup2;). The logarithm is
     * {@link StrictMath#log} (fdlibm, the same bits on every JVM); numpy's C library may round it differently in the
     * last place, which moves the value by a few units of 10<sup>&minus;16</sup> at most.
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

    /**
     * A uniform integer in [0, max], numpy's legacy {@code random_interval} for max &lt; 2<sup>32</sup>: draws masked to
     * the smallest all-ones bit mask &ge; max, rejecting values above max.
     *
     * @param max the largest value, &ge; 0 (0 draws nothing and returns 0, as numpy does)
     */
    int nextInt(int max) {
        if (max == 0) {
            return 0;
        }
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int value;
        do {
            value = nextBits() & mask;
        } while (value > max);
        return value;
    }
}
