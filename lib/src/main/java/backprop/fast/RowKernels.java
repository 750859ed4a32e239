package backprop.fast;

/**
 * The loops of {@link ChunkKernel} over the samples of one chunk: each runs over n = 0..len−1 of rows that all start
 * at index 0, the shape HotSpot's C2 vectorises when the loop is element-wise. Sums over n (dot products) are
 * reductions C2 keeps scalar; they use several independent partial sums in a fixed order instead.
 */
final class RowKernels {

    private RowKernels() {
    }

    /** y[n] += a · x[n]. */
    static void axpy(double[] y, double a, double[] x, int len) {
        for (int n = 0; n < len; n++) {
            y[n] += a * x[n];
        }
    }

    /** y[n] += a·x[n] + b·u[n] + c·v[n] + d·t[n]: four updates of y for one load and store of it. */
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

    /** z[n] = e<sup>z[n] − max[n]</sup>. */
    static void expShifted(double[] z, double[] max, int len) {
        for (int n = 0; n < len; n++) {
            z[n] = VectorMath.expNonPositive(z[n] - max[n]);
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

    /** Σ<sub>n&lt;len</sub> u[n] with four independent partial sums (a fixed summation order). */
    static double sum(double[] u, int len) {
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

    /**
     * The eight dot products out[r] = Σ<sub>n&lt;len</sub> u<sub>r</sub>[n] · v[n] and out[4 + r] = Σ u<sub>r</sub>[n] ·
     * w[n] for r = 0..3, each summed in order of n: six loads serve eight products.
     */
    static void dot4x2(double[] u0, double[] u1, double[] u2, double[] u3, double[] v, double[] w, int len,
            double[] out) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        double t0 = 0.0;
        double t1 = 0.0;
        double t2 = 0.0;
        double t3 = 0.0;
        for (int n = 0; n < len; n++) {
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
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
        out[4] = t0;
        out[5] = t1;
        out[6] = t2;
        out[7] = t3;
    }

    /** Σ<sub>n&lt;len</sub> u[n] · v[n] with four independent partial sums (a fixed summation order). */
    static double dot(double[] u, double[] v, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int n = 0;
        for (; n + 3 < len; n += 4) {
            s0 += u[n] * v[n];
            s1 += u[n + 1] * v[n + 1];
            s2 += u[n + 2] * v[n + 2];
            s3 += u[n + 3] * v[n + 3];
        }
        for (; n < len; n++) {
            s0 += u[n] * v[n];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
