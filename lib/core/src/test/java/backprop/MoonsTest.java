package backprop;

import static backprop.DatasetTest.assertMessage;
import static backprop.GeneratorAssertions.assertNoiseHasStandardDeviation;
import static backprop.GeneratorAssertions.assertSeedDecidesTheData;
import static backprop.GeneratorAssertions.assertShuffleOnlyPermutes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoonsTest {

    private static final String FIXTURE = "/moons/make_moons.csv";

    /**
     * One make_moons call of the fixture. form: "int" (n_samples = nOuter + nInner), "tuple" ((nOuter, nInner), a form
     * this library does not offer) or "global" (np.random.seed(seed) and random_state=None).
     */
    private record Case(String name, String form, int nOuter, int nInner, double noise, boolean shuffle, long seed,
                        double[] x, int[] labels) {

        Dataset ours() {
            return Moons.make(nOuter + nInner, noise, shuffle, seed);
        }
    }

    /** Reads the fixture written by src/test/python/make_moons_fixture.py. */
    static Map<String, Case> fixture() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        try (InputStream in = MoonsTest.class.getResourceAsStream(FIXTURE)) {
            assertNotNull(in, FIXTURE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            while (line != null) {
                if (!line.startsWith("case,")) {
                    line = reader.readLine();
                    continue;
                }
                String[] c = line.split(",");
                int n = Integer.parseInt(c[3]) + Integer.parseInt(c[4]);
                double[] x = new double[2 * n];
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    String[] p = reader.readLine().split(",");
                    assertEquals(i, Integer.parseInt(p[0]), c[1] + ": rows in order");
                    x[2 * i] = Double.parseDouble(p[1]);
                    x[2 * i + 1] = Double.parseDouble(p[2]);
                    labels[i] = Integer.parseInt(p[3]);
                }
                cases.put(c[1], new Case(c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                        Double.parseDouble(c[5]), c[6].equals("1"), Long.parseLong(c[7]), x, labels));
                line = reader.readLine();
            }
        }
        return cases;
    }

    /** The largest |ours &minus; scikit-learn's| over all coordinates, after checking size and labels. */
    private static double maxDifference(Case c, Dataset d) {
        assertEquals(c.labels().length, d.size(), c.name());
        assertArrayEquals(c.labels(), d.labelArray(), c.name() + ": labels");
        double[] ours = d.features();
        double max = 0.0;
        for (int k = 0; k < ours.length; k++) {
            max = Math.max(max, Math.abs(ours[k] - c.x()[k]));
        }
        return max;
    }

    /**
     * Every case agrees with scikit-learn: the same labels in the same order, and coordinates within the promised
     * 1e-12. The maths allows far less: cos, sin and log are within one unit in the last place (ulp) both here and
     * in numpy's C library, so a moon coordinate (|v| &le; 2) may differ by a few ulp(1) = 2.2e-16, and the noise
     * term noise &middot; g (|g| &lt; 12.1) by a few ulp of itself; 8 ulp(1) + 8 ulp(12.1 noise) bounds both.
     */
    @Test
    void matchesScikitLearnForEverySeedSizeAndForm() throws IOException {
        Map<String, Case> cases = fixture();
        assertEquals(14, cases.size(), "cases in " + FIXTURE);
        for (Case c : cases.values().stream().filter(c -> !c.form().equals("tuple")).toList()) {
            double max = maxDifference(c, c.ours());
            assertTrue(max <= 1e-12, c.name() + ": max |difference| " + max);
            double bound = 8 * Math.ulp(1.0) + 8 * Math.ulp(12.1 * c.noise());
            assertTrue(max <= bound, c.name() + ": max |difference| " + max + " > " + bound);
        }
    }

    /** The fixture covers the seeds at both ends, odd sizes, no noise and no shuffle. */
    @Test
    void fixtureCoversTheEdges() throws IOException {
        List<Case> cases = new ArrayList<>(fixture().values());
        assertTrue(cases.stream().anyMatch(c -> c.seed() == 0L));
        assertTrue(cases.stream().anyMatch(c -> c.seed() == 4294967295L));
        assertTrue(cases.stream().anyMatch(c -> (c.nOuter() + c.nInner()) % 2 == 1 && c.noise() > 0 && c.shuffle()));
        assertTrue(cases.stream().anyMatch(c -> c.noise() == 0.0 && c.shuffle()));
        assertTrue(cases.stream().anyMatch(c -> !c.shuffle() && c.noise() > 0));
    }

    /**
     * The classic {@code np.random.seed(0); make_moons(200, noise=0.20)} of the from-scratch tutorials uses numpy's
     * global RandomState, which np.random.seed(0) makes equal to RandomState(0) (the script asserts that the call with
     * random_state=0 gives the same arrays): so it is {@code Moons.make(200, 0.2, 0)}.
     */
    @Test
    void theClassicTwoHundredPointsAreSeedZero() throws IOException {
        Case classic = fixture().get("classic");
        assertEquals("global", classic.form());
        assertEquals(200, classic.nOuter() + classic.nInner());
        assertEquals(0.2, classic.noise());
        assertEquals(0L, classic.seed());
        assertTrue(maxDifference(classic, Moons.make(200, 0.2, 0)) <= 1e-12);
    }

    @Test
    void splitsCountsLikeScikitLearn() {
        for (int n : new int[] {1, 2, 5, 200, 999}) {
            int[] y = Moons.make(n, 0.3, true, 5).labels();
            long ones = Arrays.stream(y).filter(v -> v == 1).count();
            assertEquals(n / 2, n - ones, "outer moon (label 0) gets floor(n/2) of n=" + n);
            assertEquals(n - n / 2, ones, "inner moon (label 1) gets the rest of n=" + n);
        }
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        assertSeedDecidesTheData(seed -> Moons.make(500, 0.2, seed));
    }

    @Test
    void shuffleOnlyPermutesTheNoiselessPoints() {
        assertShuffleOnlyPermutes(Moons.make(301, 0.0, false, 3), Moons.make(301, 0.0, true, 3));
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        assertNoiseHasStandardDeviation(0.25, Moons.make(20_000, 0.0, false, 1), Moons.make(20_000, 0.25, false, 1));
    }

    @Test
    void noiselessPointsLieOnTheirCircles() {
        Dataset d = Moons.make(2000, 0.0, true, 4);
        for (int n = 0; n < d.size(); n++) {
            double cx = d.label(n) == 0 ? 0.0 : 1.0;
            double cy = d.label(n) == 0 ? 0.0 : 0.5;
            double r = Math.hypot(d.x(n, 0) - cx, d.x(n, 1) - cy);
            assertEquals(1.0, r, 1e-15, "unit radius about the moon's centre");
            assertTrue(d.label(n) == 0 ? d.x(n, 1) >= 0 : d.x(n, 1) <= 0.5, "upper / lower half");
        }
    }

    /** The largest noise allowed keeps every coordinate finite (|g| &lt; 12.1); anything above is refused. */
    @Test
    void largestNoiseStaysFinite() {
        double[] x = Moons.make(5000, PlanePoints.MAX_NOISE, 8).features();
        assertTrue(Arrays.stream(x).allMatch(Double::isFinite));
        assertTrue(Arrays.stream(x).anyMatch(v -> Math.abs(v) > PlanePoints.MAX_NOISE), "noise of that size was drawn");
        assertMessage("noise must be at most " + Double.MAX_VALUE / 16 + " (Double.MAX_VALUE / 16, so that every "
                + "coordinate stays finite), was 1.0E308", () -> Moons.make(10, 1e308, 1));
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("nSamples must be >= 1, was 0", () -> Moons.make(0, 0.1, 1));
        assertMessage("nSamples must be >= 1, was -5", () -> Moons.make(-5, 0.1, false, 1));
        assertMessage("noise must be >= 0 and finite, was -0.1", () -> Moons.make(10, -0.1, 1));
        assertMessage("noise must be >= 0 and finite, was NaN", () -> Moons.make(10, Double.NaN, 1));
        assertMessage("noise must be >= 0 and finite, was Infinity",
                () -> Moons.make(10, Double.POSITIVE_INFINITY, 1));
        assertMessage("seed must be in [0, 2^32 - 1] = [0, 4294967295], was -1", () -> Moons.make(10, 0.1, -1));
        assertMessage("seed must be in [0, 2^32 - 1] = [0, 4294967295], was 4294967296",
                () -> Moons.make(10, 0.1, true, 1L << 32));
    }

    /** Sizes no array can hold, or not this heap, fail at once with the parameter's name, not inside the JVM. */
    @Test
    void rejectsSizesThatCannotFit() {
        assertMessage("nSamples must be at most 1073741819 (two coordinates per point in one Java array), was "
                + Integer.MAX_VALUE, () -> Moons.make(Integer.MAX_VALUE, 0.2, 1));
        // 20 bytes a point: this many cannot fit into this JVM's heap, or else not into an array
        long tooMany = Math.min(Runtime.getRuntime().maxMemory() / 20 + 1, Integer.MAX_VALUE);
        assertMessage("nSamples", () -> Moons.make((int) tooMany, 0.2, 1));
        assertMessage("nSamples must fit the 16 MiB the heap has free (java -Xmx), was 1000000, which needs 19 MiB",
                () -> Require.fitsHeap("nSamples", 1_000_000, PlanePoints.BYTES_PER_SAMPLE, 16L << 20));
        Require.fitsHeap("nSamples", 1_000_000, PlanePoints.BYTES_PER_SAMPLE, 20_000_000); // exactly 20 MB: fits
    }
}
