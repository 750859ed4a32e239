package backprop;

import static backprop.DatasetTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Draw for draw against numpy's own RandomState, from the values make_moons_fixture.py wrote. */
class NumpyRandomStateTest {

    private static final String FIXTURE = "/moons/random_state.csv";
    private static final long[] SEEDS = {0L, 1L, 5489L, 4294967295L};

    /** The fixture's line {@code kind,seed,values...} as strings. */
    private static String[] values(String kind, long seed) throws IOException {
        try (InputStream in = NumpyRandomStateTest.class.getResourceAsStream(FIXTURE)) {
            assertNotNull(in, FIXTURE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                if (f[0].equals(kind) && f[1].equals(Long.toString(seed))) {
                    return Arrays.copyOfRange(f, 2, f.length);
                }
            }
        }
        throw new AssertionError("no line " + kind + "," + seed + " in " + FIXTURE);
    }

    private static int[] key(NumpyRandomState random) throws ReflectiveOperationException {
        Field key = NumpyRandomState.class.getDeclaredField("key");
        key.setAccessible(true);
        return (int[]) key.get(random);
    }

    @Test
    void seedsTheStateAsNumpy() throws Exception {
        for (long seed : SEEDS) {
            int[] key = key(new NumpyRandomState(seed));
            int[] at = {0, 1, 2, 623};
            String[] expected = values("key", seed);
            for (int k = 0; k < at.length; k++) {
                assertEquals(Long.parseLong(expected[k]), Integer.toUnsignedLong(key[at[k]]),
                        "seed " + seed + ", word " + at[k]);
            }
        }
    }

    /** Outputs 1-5 and 998-1000: the second covers the twist of the state after the first 624. */
    @Test
    void drawsNumpysThirtyTwoBitWords() throws IOException {
        for (long seed : SEEDS) {
            NumpyRandomState random = new NumpyRandomState(seed);
            List<Long> drawn = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                long bits = Integer.toUnsignedLong(random.nextBits());
                if (i <= 5 || i >= 998) {
                    drawn.add(bits);
                }
            }
            assertEquals(Arrays.stream(values("raw", seed)).map(Long::parseLong).toList(), drawn, "seed " + seed);
        }
    }

    /** Reference value of MT19937 itself: the first output of its default seed 5489 (Matsumoto and Nishimura). */
    @Test
    void firstOutputOfTheReferenceSeed() {
        assertEquals(3499211612L, Integer.toUnsignedLong(new NumpyRandomState(5489).nextBits()));
    }

    /** random_sample is pure integer arithmetic and one exact division by 2^53: the same bits. */
    @Test
    void drawsNumpysDoublesBitForBit() throws IOException {
        for (long seed : SEEDS) {
            NumpyRandomState random = new NumpyRandomState(seed);
            for (String v : values("double", seed)) {
                assertEquals(Double.parseDouble(v), random.nextDouble(), 0.0, "seed " + seed);
            }
        }
    }

    /**
     * Five values: two pairs of the polar method and the first of a third, so the kept second value is used. Only the
     * logarithm may round differently from numpy's C library (by one unit in its last place), which changes
     * f = &radic;(&minus;2 ln r&sup2; / r&sup2;) by about half a unit; 4 ulp of the value is ample.
     */
    @Test
    void drawsNumpysGaussians() throws IOException {
        for (long seed : SEEDS) {
            NumpyRandomState random = new NumpyRandomState(seed);
            for (String v : values("gauss", seed)) {
                double expected = Double.parseDouble(v);
                assertEquals(expected, random.nextGaussian(), 4 * Math.ulp(expected), "seed " + seed);
            }
        }
    }

    @Test
    void shufflesAsNumpy() throws IOException {
        for (long seed : SEEDS) {
            int[] order = IntStream.range(0, 20).toArray();
            NumpyRandomState random = new NumpyRandomState(seed);
            FisherYates.shuffle(order.length, random::nextInt, (i, j) -> {
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            });
            assertArrayEquals(Arrays.stream(values("shuffle", seed)).mapToInt(Integer::parseInt).toArray(), order,
                    "seed " + seed);
        }
    }

    @Test
    void boundedIntegersStayInRangeAndZeroDrawsNothing() {
        NumpyRandomState random = new NumpyRandomState(3);
        NumpyRandomState twin = new NumpyRandomState(3);
        assertEquals(0, random.nextInt(0));
        assertEquals(twin.nextBits(), random.nextBits(), "nextInt(0) consumed no draw");
        int[] counts = new int[7];
        for (int i = 0; i < 60_000; i++) {
            counts[random.nextInt(5)]++; // [0, 5], both ends included
        }
        assertEquals(0, counts[6]);
        for (int v = 0; v <= 5; v++) {
            // 10,000 expected per value, binomial standard deviation sqrt(60000 * 1/6 * 5/6) = 91; allow 5 of them.
            assertTrue(Math.abs(counts[v] - 10_000) < 5 * 91, "count of " + v + ": " + counts[v]);
        }
        assertTrue(random.nextInt(Integer.MAX_VALUE) >= 0);
    }

    @Test
    void rejectsSeedsOutsideThirtyTwoBits() {
        assertMessage("seed must be in [0, 2^32 - 1] = [0, 4294967295], was -1", () -> new NumpyRandomState(-1));
        assertMessage("seed must be in [0, 2^32 - 1] = [0, 4294967295], was 4294967296",
                () -> new NumpyRandomState(1L << 32));
    }
}
