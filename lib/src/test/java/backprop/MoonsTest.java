package backprop;

import static backprop.DatasetTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static final String FIXTURE = "/moons/make_moons_noise0_noshuffle.csv";

    /** One row of the scikit-learn fixture; cosCr/sinCr: numpy's cos/sin of its angle was correctly rounded. */
    private record Point(double x1, double x2, int label, boolean cosCr, boolean sinCr) {
    }

    /** Reads the fixture written by src/test/python/make_moons_fixture.py, grouped by sample count n. */
    private static Map<Integer, List<Point>> fixture() throws IOException {
        Map<Integer, List<Point>> byCount = new LinkedHashMap<>();
        try (InputStream in = MoonsTest.class.getResourceAsStream(FIXTURE)) {
            assertNotNull(in, FIXTURE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("n,")) {
                    continue;
                }
                String[] f = line.split(",");
                List<Point> points = byCount.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>());
                assertEquals(points.size(), Integer.parseInt(f[1]), "fixture rows in order");
                points.add(new Point(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                        f[5].equals("1"), f[6].equals("1")));
            }
        }
        return byCount;
    }

    /**
     * Every label, and every coordinate whose cos or sin numpy rounded correctly, equals scikit-learn's bit for bit.
     * Where the fixture says glibc's cos or sin was not correctly rounded (it is off by one unit in the last place,
     * 4 of 2270 values here), Java's correctly rounded value differs from it by that unit, so the coordinate
     * differs by at most ulp(1) = 2^-52 after the subtractions of the inner moon (or not at all, when
     * 1 &minus; sin t rounds both to the same double).
     */
    @Test
    void matchesScikitLearnBitForBitWhereNumpyRoundsCorrectly() throws IOException {
        Map<Integer, List<Point>> expected = fixture();
        assertEquals(List.of(1, 2, 3, 7, 10, 11, 100, 1001), new ArrayList<>(expected.keySet()));
        int exact = 0;
        int checked = 0;
        for (Map.Entry<Integer, List<Point>> e : expected.entrySet()) {
            int n = e.getKey();
            Dataset d = Moons.make(n, 0.0, false, 123);
            assertEquals(n, d.size());
            for (int i = 0; i < n; i++) {
                Point p = e.getValue().get(i);
                String where = "n=" + n + ", i=" + i;
                assertEquals(p.label(), d.label(i), where);
                exact += assertCoordinate(p.x1(), d.x(i, 0), p.cosCr(), where + ", x1");
                exact += assertCoordinate(p.x2(), d.x(i, 1), p.sinCr(), where + ", x2");
                checked += 2;
            }
        }
        assertTrue(exact >= 0.99 * checked, exact + " of " + checked + " coordinates bit-identical");
    }

    /** @return 1 if the coordinate had to be, and is, bit-identical */
    private static int assertCoordinate(double scikit, double ours, boolean numpyCorrectlyRounded, String where) {
        if (numpyCorrectlyRounded) {
            assertEquals(Double.doubleToRawLongBits(scikit), Double.doubleToRawLongBits(ours), where);
            return 1;
        }
        assertTrue(Math.abs(scikit - ours) <= Math.ulp(1.0), where + ": " + scikit + " vs " + ours);
        return 0;
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
        Dataset a = Moons.make(500, 0.2, 9);
        Dataset b = Moons.make(500, 0.2, 9);
        Dataset c = Moons.make(500, 0.2, 10);
        assertArrayEquals(a.features(), b.features(), 0.0);
        assertArrayEquals(a.labelArray(), b.labelArray());
        assertFalse(Arrays.equals(a.features(), c.features()));
        assertFalse(Arrays.equals(a.labelArray(), c.labelArray()));
    }

    @Test
    void shuffleOnlyPermutesTheNoiselessPoints() {
        Dataset ordered = Moons.make(301, 0.0, false, 3);
        Dataset shuffled = Moons.make(301, 0.0, true, 3);
        assertFalse(Arrays.equals(ordered.labelArray(), shuffled.labelArray()));
        assertEquals(sortedRows(ordered), sortedRows(shuffled));
    }

    /** The rows as "x1,x2,label" strings, sorted, to compare data sets as multisets. */
    private static List<String> sortedRows(Dataset d) {
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < d.size(); n++) {
            rows.add(d.x(n, 0) + "," + d.x(n, 1) + "," + d.label(n));
        }
        rows.sort(null);
        return rows;
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        int n = 20_000;
        double sigma = 0.25;
        Dataset clean = Moons.make(n, 0.0, false, 1);
        Dataset noisy = Moons.make(n, sigma, false, 1);
        double sum = 0;
        double sumSq = 0;
        int m = 2 * n;
        for (int i = 0; i < m; i++) {
            double e = noisy.features()[i] - clean.features()[i];
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / m;
        double std = Math.sqrt(sumSq / m - mean * mean);
        // Standard errors for m Gaussian draws: sigma/sqrt(m) for the mean, sigma/sqrt(2m) for the std; allow 5 of them.
        assertEquals(0.0, mean, 5 * sigma / Math.sqrt(m));
        assertEquals(sigma, std, 5 * sigma / Math.sqrt(2.0 * m));
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

    @Test
    void rejectsBadArguments() {
        assertMessage("nSamples must be >= 1, was 0", () -> Moons.make(0, 0.1, 1));
        assertMessage("nSamples must be >= 1, was -5", () -> Moons.make(-5, 0.1, false, 1));
        assertMessage("noise must be >= 0 and finite, was -0.1", () -> Moons.make(10, -0.1, 1));
        assertMessage("noise must be >= 0 and finite, was NaN", () -> Moons.make(10, Double.NaN, 1));
        assertMessage("noise must be >= 0 and finite, was Infinity",
                () -> Moons.make(10, Double.POSITIVE_INFINITY, 1));
    }
}
