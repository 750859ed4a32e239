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

    @Test
    void theBuildRunsTheVectorSums() {
        assertTrue(RowKernels.VECTOR_SUMS, "the test JVM should resolve jdk.incubator.vector (surefire's argLine) "
                + "on a CPU with 256-bit vectors, so that the kernel tests cover the path training takes");
    }

    @Test
    void vectorSumsAreTheScalarSumsBitForBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int len : LENGTHS) {
            for (int trial = 0; trial < 20; trial++) {
                double[][] u = {row(random, len), row(random, len), row(random, len), row(random, len)};
                double[] v = row(random, len);
                double[] w = row(random, len);
                assertEquals(RowKernels.scalarSum(u[0], len), VectorSums.sum(u[0], len), 0.0, "sum, len " + len);
                assertEquals(RowKernels.scalarDot(u[1], v, len), VectorSums.dot(u[1], v, len), 0.0, "dot, len " + len);
                double[] scalar = new double[32];
                RowKernels.scalarDot4x2(u[0], u[1], u[2], u[3], v, w, len, scalar);
                double[] vector = new double[8];
                VectorSums.dot4x2(u[0], u[1], u[2], u[3], v, w, len, vector);
                assertArrayEquals(vector, Arrays.copyOf(scalar, 8), 0.0, "dot4x2, len " + len);
                for (int r = 0; r < 4; r++) {
                    assertEquals(RowKernels.scalarDot(u[r], v, len), scalar[r], 0.0, "dot4x2 = dot, len " + len);
                    assertEquals(RowKernels.scalarDot(u[r], w, len), scalar[4 + r], 0.0, "dot4x2 = dot, len " + len);
                }
            }
        }
    }

    /**
     * Against the exact sum: any order of n additions of the rounded products is within n·ε·Σ|u v| (ε = 2⁻⁵²
     * bounds each product's rounding and each addition's, summed over at most n of them), and the lanes must not
     * lose or repeat a sample.
     */
    @Test
    void scalarSumsAreWithinRoundingOfTheExactSum() {
        SplittableRandom random = new SplittableRandom(12);
        for (int len : LENGTHS) {
            double[] u = row(random, len);
            double[] v = row(random, len);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal dot = BigDecimal.ZERO;
            double absSum = 0.0;
            double absDot = 0.0;
            for (int n = 0; n < len; n++) {
                sum = sum.add(new BigDecimal(u[n]));
                dot = dot.add(new BigDecimal(u[n]).multiply(new BigDecimal(v[n])));
                absSum += Math.abs(u[n]);
                absDot += Math.abs(u[n] * v[n]);
            }
            double eps = Math.ulp(1.0);
            assertEquals(sum.doubleValue(), RowKernels.scalarSum(u, len), len * eps * absSum, "sum, len " + len);
            assertEquals(dot.doubleValue(), RowKernels.scalarDot(u, v, len), 2 * len * eps * absDot, "dot, len " + len);
        }
    }
}
