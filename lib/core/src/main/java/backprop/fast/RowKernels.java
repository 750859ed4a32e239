package backprop.fast;

/**
 * The loops of {@link ChunkKernel} over n &lt; len, which C2 vectorises. A sum is four lanes (lane m sums n ≡ m mod 4,
 * the tail to lane 0, then (s₀ + s₁) + (s₂ + s₃)), bit for bit in {@link VectorSums} where it can.
 */
final class RowKernels {

    /** Whether the sums run in {@link VectorSums}: {@code jdk.incubator.vector} present, 4-lane doubles native. */
    static final boolean VECTOR_SUMS = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && VectorSums.native4();

    /** y[n] += a · x[n]. */
    static void axpy(double[] y, double a, double[] x, int len) {
        for (int n = 0; n < len; n++) {
            y[n] += a * x[n];
        }
    }

    /** y[n] += a·x[n] + b·u[n] + c·v[n] + d·t[n]. */
    static void axpy4(double[] y, double a, double[] x, double b, double[] u, double c, double[] v, double d,
            double[] t, int len) {
        for (int n = 0; n < len; n++) {
            y[n] += ((a * x[n] + b * u[n]) + c * v[n]) + d * t[n];
        }
    }

    /** y[n] = bias + a · x[n] (bit for bit y = bias, then {@link #axpy}). */
    static void affine1(double[] y, double bias, double a, double[] x, int len) {
        for (int n = 0; n < len; n++) {
            y[n] = bias + a * x[n];
        }
    }

    /** y[n] = (bias + a·x[n]) + b·u[n] (bit for bit y = bias, then two {@link #axpy}). */
    static void affine2(double[] y, double bias, double a, double[] x, double b, double[] u, int len) {
        for (int n = 0; n < len; n++) {
            y[n] = (bias + a * x[n]) + b * u[n];
        }
    }

    /** y[n] = bias + (a·x[n] + b·u[n] + c·v[n] + d·t[n]) (bit for bit y = bias, then {@link #axpy4}). */
    static void affine4(double[] y, double bias, double a, double[] x, double b, double[] u, double c, double[] v,
            double d, double[] t, int len) {
        for (int n = 0; n < len; n++) {
            y[n] = bias + (((a * x[n] + b * u[n]) + c * v[n]) + d * t[n]);
        }
    }

    /** max[n] = max(max[n], z[n]). */
    static void maxInto(double[] max, double[] z, int len) {
        for (int n = 0; n < len; n++) {
            max[n] = Math.max(max[n], z[n]);
        }
    }

    /** sum[n] += z[n]. */
    static void addInto(double[] sum, double[] z, int len) {
        for (int n = 0; n < len; n++) {
            sum[n] += z[n];
        }
    }

    /** z[n] *= f[n]. */
    static void multiplyInto(double[] z, double[] f, int len) {
        for (int n = 0; n < len; n++) {
            z[n] *= f[n];
        }
    }

    /** out[r] = Σ<sub>n&lt;len</sub> u<sub>r</sub>[n] for r = 0..3. */
    static void sum4(double[] u0, double[] u1, double[] u2, double[] u3, int len, double[] out) {
        if (VECTOR_SUMS) {
            VectorSums.sum4(u0, u1, u2, u3, len, out);
        } else {
            out[0] = scalarSum(u0, len);
            out[1] = scalarSum(u1, len);
            out[2] = scalarSum(u2, len);
            out[3] = scalarSum(u3, len);
        }
    }

    /** out[r] = Σ<sub>n&lt;len</sub> u<sub>r</sub>[n] v[n], out[4 + r] = Σ u<sub>r</sub>[n] w[n]; out has ≥ 32 slots. */
    static void dot4x2(double[] u0, double[] u1, double[] u2, double[] u3, double[] v, double[] w, int len,
            double[] out) {
        if (VECTOR_SUMS) {
            VectorSums.dot4x2(u0, u1, u2, u3, v, w, len, out);
        } else {
            scalarDot4x2(u0, u1, u2, u3, v, w, len, out);
        }
    }

    /** Σ<sub>n&lt;len</sub> u[n] in four scalar lanes. */
    static double scalarSum(double[] u, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 += u[n];
            s1 += u[n + 1];
            s2 += u[n + 2];
            s3 += u[n + 3];
        }
        for (; n < len; n++) {
            s0 += u[n];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@link #dot4x2} in scalar registers, one lane after the other into out[8m..8m + 8), then combined. */
    static void scalarDot4x2(double[] u0, double[] u1, double[] u2, double[] u3, double[] v, double[] w, int len,
            double[] out) {
        int body = len - len % 4;
        for (int m = 0; m < 4; m++) {
            scalarLane4x2(u0, u1, u2, u3, v, w, m, body, len, out);
        }
        for (int r = 0; r < 8; r++) {
            out[r] = (out[r] + out[8 + r]) + (out[16 + r] + out[24 + r]);
        }
    }

    /** Lane m: the eight sums over n = m, m + 4, … &lt; body, lane 0 then the tail body..len−1. */
    private static void scalarLane4x2(double[] u0, double[] u1, double[] u2, double[] u3, double[] v, double[] w,
            int m, int body, int len, double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double t0 = 0.0;
        double t1 = 0.0;
        double t2 = 0.0;
        double t3 = 0.0;
        int end = m == 0 ? len : body;
        for (int n = m; n < end; n += n < body ? 4 : 1) {
            double vn = v[n];
            double wn = w[n];
            s0 += u0[n] * vn;
            s1 += u1[n] * vn;
            s2 += u2[n] * vn;
            s3 += u3[n] * vn;
            t0 += u0[n] * wn;
            t1 += u1[n] * wn;
            t2 += u2[n] * wn;
            t3 += u3[n] * wn;
        }
        int at = 8 * m;
        out[at] = s0;
        out[at + 1] = s1;
        out[at + 2] = s2;
        out[at + 3] = s3;
        out[at + 4] = t0;
        out[at + 5] = t1;
        out[at + 6] = t2;
        out[at + 7] = t3;
    }
}
