package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sums over samples: the scalar loops of {@link RowKernels} are sums (checked against exact arithmetic), and
 * {@link VectorSums} gives the same bits as the scalar loops, so training does not depend on whether the JVM has the
 * vector module.
 */
class VectorSumsTest {

    /** Lengths around every tail (0..3 samples past a multiple of four) and a whole chunk. */
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 255, ChunkKernel.CHUNK};

    /** Values over 20 binary orders of magnitude and both signs, so that the order of the additions shows in the bits. */
    private static double[] row(SplittableRandom random, int len) {
        double[] u = new double[len];
        for (int n = 0; n < len; n++) {
            u[n] = (random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(-10, 10));
        }
        return u;
    }

    /**
     * The tests run as the notebooks' kernel does: with the module (surefire's argLine), and so with the vector sums
     * wherever the CPU has 256-bit vectors (not, for instance, on 128-bit ARM NEON, where the scalar loops run).
     */
    @Test
    void theTestsRunTheSumsTheKernelRuns() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the test JVM does not resolve jdk.incubator.vector (surefire's argLine)");
        assertEquals(VectorSums.native4(), RowKernels.VECTOR_SUMS, "vector sums used where the CPU has them");
    }

    @Test
    void vectorSumsAreTheScalarSumsBitForBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int len : LENGTHS) {
            for (int trial = 0; trial < 20; trial++) {
                double[][] u = {row(random, len), row(random, len), row(random, len), row(random, len)};
                double[] v = row(random, len);
                double[] w = row(random, len);
                double[] sums = new double[4];
                VectorSums.sum4(u[0], u[1], u[2], u[3], len, sums);
                for (int r = 0; r < 4; r++) {
                    assertEquals(RowKernels.scalarSum(u[r], len), sums[r], 0.0, "sum4, len " + len);
                }
                double[] scalar = new double[32];
                RowKernels.scalarDot4x2(u[0], u[1], u[2], u[3], v, w, len, scalar);
                double[] vector = new double[8];
                VectorSums.dot4x2(u[0], u[1], u[2], u[3], v, w, len, vector);
                assertArrayEquals(Arrays.copyOf(scalar, 8), vector, 0.0, "dot4x2, len " + len);
            }
        }
    }

    /**
     * Against the exact sums: any order of n additions of the rounded products is within 2n·ε·Σ|u v| (ε = 2⁻⁵²
     * bounds each product's rounding and each addition's), and n·ε·Σ|u| for the plain sums; a lost or repeated
     * sample would be far outside that.
     */
    @Test
    void scalarSumsAreWithinRoundingOfTheExactSums() {
        SplittableRandom random = new SplittableRandom(12);
        double eps = Math.ulp(1.0);
        for (int len : LENGTHS) {
            double[][] u = {row(random, len), row(random, len), row(random, len), row(random, len)};
            double[] v = row(random, len);
            double[] w = row(random, len);
            double[] dots = new double[32];
            RowKernels.scalarDot4x2(u[0], u[1], u[2], u[3], v, w, len, dots);
            for (int r = 0; r < 4; r++) {
                assertEquals(exactDot(u[r], null, len), RowKernels.scalarSum(u[r], len), len * eps * absDot(u[r], null, len),
                        "sum, len " + len);
                assertEquals(exactDot(u[r], v, len), dots[r], 2 * len * eps * absDot(u[r], v, len), "u·v, len " + len);
                assertEquals(exactDot(u[r], w, len), dots[4 + r], 2 * len * eps * absDot(u[r], w, len), "u·w, len " + len);
            }
        }
    }

    /** Σ u[n] · v[n] (Σ u[n] if v is null) in exact decimal arithmetic, rounded once to a double. */
    private static double exactDot(double[] u, double[] v, int len) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < len; n++) {
            BigDecimal term = new BigDecimal(u[n]);
            sum = sum.add(v == null ? term : term.multiply(new BigDecimal(v[n])));
        }
        return sum.doubleValue();
    }

    private static double absDot(double[] u, double[] v, int len) {
        double sum = 0.0;
        for (int n = 0; n < len; n++) {
            sum += Math.abs(v == null ? u[n] : u[n] * v[n]);
        }
        return sum;
    }
}
