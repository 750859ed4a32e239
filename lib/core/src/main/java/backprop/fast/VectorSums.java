package backprop.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowKernels#sum4} and {@link RowKernels#dot4x2} in Vector API registers, bit for bit as the scalar lanes
 * (separate multiply and add, tail to lane 0). Loaded only if {@link RowKernels#VECTOR_SUMS}.
 */
final class VectorSums {

    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;

    /** @return whether this JVM compiles four-lane double vectors to vector instructions (AVX2 or wider) */
    static boolean native4() {
        return DoubleVector.SPECIES_PREFERRED.length() >= FOUR.length();
    }

    /** out[r] = Σ<sub>n&lt;len</sub> u<sub>r</sub>[n] for r = 0..3. */
    static void sum4(double[] u0, double[] u1, double[] u2, double[] u3, int len, double[] out) {
        DoubleVector s0 = DoubleVector.zero(FOUR);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 = s0.add(DoubleVector.fromArray(FOUR, u0, n));
            s1 = s1.add(DoubleVector.fromArray(FOUR, u1, n));
            s2 = s2.add(DoubleVector.fromArray(FOUR, u2, n));
            s3 = s3.add(DoubleVector.fromArray(FOUR, u3, n));
        }
        out[0] = combine(s0, u0, null, n, len);
        out[1] = combine(s1, u1, null, n, len);
        out[2] = combine(s2, u2, null, n, len);
        out[3] = combine(s3, u3, null, n, len);
    }

    /** out[r] = Σ<sub>n</sub> u<sub>r</sub>[n] · v[n] and out[4 + r] = Σ u<sub>r</sub>[n] · w[n] for r = 0..3. */
    static void dot4x2(double[] u0, double[] u1, double[] u2, double[] u3, double[] v, double[] w, int len,
            double[] out) {
        DoubleVector s0 = DoubleVector.zero(FOUR);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector t0 = s0;
        DoubleVector t1 = s0;
        DoubleVector t2 = s0;
        DoubleVector t3 = s0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            DoubleVector vn = DoubleVector.fromArray(FOUR, v, n);
            DoubleVector wn = DoubleVector.fromArray(FOUR, w, n);
            DoubleVector a0 = DoubleVector.fromArray(FOUR, u0, n);
            DoubleVector a1 = DoubleVector.fromArray(FOUR, u1, n);
            DoubleVector a2 = DoubleVector.fromArray(FOUR, u2, n);
            DoubleVector a3 = DoubleVector.fromArray(FOUR, u3, n);
            s0 = s0.add(a0.mul(vn));
            s1 = s1.add(a1.mul(vn));
            s2 = s2.add(a2.mul(vn));
            s3 = s3.add(a3.mul(vn));
            t0 = t0.add(a0.mul(wn));
            t1 = t1.add(a1.mul(wn));
            t2 = t2.add(a2.mul(wn));
            t3 = t3.add(a3.mul(wn));
        }
        out[0] = combine(s0, u0, v, n, len);
        out[1] = combine(s1, u1, v, n, len);
        out[2] = combine(s2, u2, v, n, len);
        out[3] = combine(s3, u3, v, n, len);
        out[4] = combine(t0, u0, w, n, len);
        out[5] = combine(t1, u1, w, n, len);
        out[6] = combine(t2, u2, w, n, len);
        out[7] = combine(t3, u3, w, n, len);
    }

    /** The tail u[n..len) (times v[n] unless v is null) added to lane 0, then (s₀ + s₁) + (s₂ + s₃). */
    private static double combine(DoubleVector s, double[] u, double[] v, int n, int len) {
        double s0 = s.lane(0);
        for (; n < len; n++) {
            s0 += v == null ? u[n] : u[n] * v[n];
        }
        return (s0 + s.lane(1)) + (s.lane(2) + s.lane(3));
    }
}
