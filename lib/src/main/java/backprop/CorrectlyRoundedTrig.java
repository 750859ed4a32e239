package backprop;

/**
 * Cosine and sine on [0, &pi;], rounded correctly to the nearest double.
 *
 * <p>{@link Moons} needs the same bits as numpy's {@code cos} and {@code sin}. Those come from the C library;
 * glibc's are almost always correctly rounded (errors up to about 0.51 ulp), {@link Math#sin} is within one
 * ulp and {@link StrictMath#sin} differs from glibc on about 3% of points. Rounding correctly gives the
 * platform-independent answer that agrees with glibc on all but about one value in a thousand.
 *
 * <p>Method. Reduce t = k&middot;&pi;/2 + r with |r| &le; &pi;/4, r carried as a double-double (rHi + rLo,
 * about 106 bits). <em>Fast path:</em> write r = a + d with a = j/256 and |d| &le; 2<sup>&minus;9</sup>, and use
 * <pre>
 *   sin r = sin a + sin a (cos d &minus; 1) + cos a sin d,    cos r = cos a + cos a (cos d &minus; 1) &minus; sin a sin d
 * </pre>
 * with sin a, cos a from a double-double table and short Taylor polynomials for d; the result is within about
 * 2<sup>&minus;70</sup> of the truth, and is accepted when that error cannot change the rounding (Ziv's test).
 * <em>Slow path</em> (about one value in a thousand, and to build the table): the Taylor series
 * sin r = r &Sigma; u<sup>m</sup>/(2m+1)!, cos r = &Sigma; u<sup>m</sup>/(2m)!, u = &minus;r&sup2;, in
 * double-double arithmetic, rounded once; its relative error is about 10<sup>&minus;31</sup>.
 */
final class CorrectlyRoundedTrig {

    /** &pi;/2 as an unevaluated sum of three doubles (about 160 bits). */
    private static final double PIO2_HI = 0x1.921fb54442d18p+0;
    private static final double PIO2_MID = 0x1.1a62633145c07p-54;
    private static final double PIO2_LO = -0x1.f1976b7ed8fbcp-110;
    private static final double TWO_OVER_PI = 2 / Math.PI;

    /** Table spacing 1/256 for the fast path, entries a = j/256 for j = 0..202 (covers &pi;/4). */
    private static final int STEPS = 256;
    private static final int ENTRIES = 203;
    private static final double[] SIN_HI = new double[ENTRIES];
    private static final double[] SIN_LO = new double[ENTRIES];
    private static final double[] COS_HI = new double[ENTRIES];
    private static final double[] COS_LO = new double[ENTRIES];

    /** The fast path's error bound relative to the result (its actual error is below 2^-70). */
    private static final double FAST_ERROR = 0x1p-64;

    /** Series terms from u^TAIL on are below 10^-16 relative and summed in plain doubles. */
    private static final int SIN_TAIL = 8;
    private static final int COS_TAIL = 9;
    private static final int LAST = 15;

    /** 1/n! as a double-double INV_FACT_HI[n] + INV_FACT_LO[n]. */
    private static final double[] INV_FACT_HI = new double[2 * LAST + 2];
    private static final double[] INV_FACT_LO = new double[2 * LAST + 2];

    static {
        double factorial = 1.0; // n! is exact in a double up to n = 22, far enough for the double-double terms
        for (int n = 0; n < INV_FACT_HI.length; n++) {
            if (n > 0) {
                factorial *= n;
            }
            double hi = 1.0 / factorial;
            INV_FACT_HI[n] = hi;
            INV_FACT_LO[n] = -Math.fma(hi, factorial, -1.0) / factorial;
        }
        for (int j = 0; j < ENTRIES; j++) {
            double a = (double) j / STEPS;
            double[] s = series(-(a * a), -Math.fma(a, a, -(a * a)), 1, SIN_TAIL);
            double[] c = series(-(a * a), -Math.fma(a, a, -(a * a)), 0, COS_TAIL);
            SIN_HI[j] = a * s[0];
            SIN_LO[j] = Math.fma(a, s[0], -SIN_HI[j]) + a * s[1];
            COS_HI[j] = c[0];
            COS_LO[j] = c[1];
        }
    }

    private CorrectlyRoundedTrig() {
    }

    /**
     * Writes cos t into {@code out[0]} and sin t into {@code out[1]}, both correctly rounded.
     *
     * @param t an angle in [0, &pi;] (callers guarantee the range)
     */
    static void cosSin(double t, double[] out) {
        cosSin(t, out, true);
    }

    /** As {@link #cosSin(double, double[])}; with {@code tryFast} false only the slow path is used (for tests). */
    static void cosSin(double t, double[] out, boolean tryFast) {
        int k = (int) Math.rint(t * TWO_OVER_PI); // quadrant 0, 1 or 2
        // r = t − k·π/2: t − k·PIO2_HI is exact (Sterbenz), and so are k·PIO2_MID and k·PIO2_LO (k ≤ 2).
        double head = t - k * PIO2_HI;
        double rHi = head - k * PIO2_MID;
        double rLo = ((head - rHi) - k * PIO2_MID) - k * PIO2_LO;
        double sign = 1.0; // sin(−r) = −sin r, cos(−r) = cos r
        if (rHi < 0) {
            rHi = -rHi;
            rLo = -rLo;
            sign = -1.0;
        }
        if (!tryFast || !fast(rHi, rLo, out)) {
            slow(rHi, rLo, out);
        }
        double cosR = out[0];
        double sinR = sign * out[1];
        switch (k) {
            case 0 -> { out[0] = cosR; out[1] = sinR; }
            case 1 -> { out[0] = -sinR; out[1] = cosR; }
            default -> { out[0] = -cosR; out[1] = -sinR; }
        }
    }

    /** The table path for 0 &le; r &le; &pi;/4 + tiny; false when the rounding is not certain. */
    private static boolean fast(double rHi, double rLo, double[] out) {
        int j = (int) (rHi * STEPS + 0.5);
        double d0 = rHi - (double) j / STEPS; // exact
        double d = d0 + rLo;
        double dLo = rLo - (d - d0);
        double z = d * d;
        double sinDMinusD = dLo + d * z * (-1.0 / 6 + z * (1.0 / 120 - z / 5040));
        double cosDMinus1 = z * (-0.5 + z * (1.0 / 24 - z / 720));
        double sHi = SIN_HI[j];
        double cHi = COS_HI[j];
        double p = cHi * d;
        double sin = roundedOrNaN(sHi, p,
                Math.fma(cHi, d, -p) + SIN_LO[j] + sHi * cosDMinus1 + cHi * sinDMinusD + COS_LO[j] * d);
        double q = -sHi * d;
        double cos = roundedOrNaN(cHi, q,
                Math.fma(-sHi, d, -q) + COS_LO[j] + cHi * cosDMinus1 - sHi * sinDMinusD - SIN_LO[j] * d);
        out[0] = cos;
        out[1] = sin;
        return !Double.isNaN(sin) && !Double.isNaN(cos);
    }

    /**
     * Rounds head + next + rest (|head| &ge; |next| or head = 0, rest small, sum &ge; 0) to the nearest double, or returns NaN
     * when the exact value may lie within the fast path's error of a midpoint between two doubles.
     */
    private static double roundedOrNaN(double head, double next, double rest) {
        double s = head + next;
        double tail = (next - (s - head)) + rest;
        double y = s + tail;
        double residual = tail - (y - s); // exact: value ≈ y + residual
        double gapBelow = y - Math.nextDown(y); // the smaller of the two gaps around y > 0
        return Math.abs(residual) + FAST_ERROR * y < 0.5 * gapBelow ? y : Double.NaN;
    }

    /** The double-double Taylor series for |r| &le; &pi;/4 + tiny. */
    private static void slow(double rHi, double rLo, double[] out) {
        double uHi = -(rHi * rHi); // u = −r² as a double-double
        double uLo = -(Math.fma(rHi, rHi, uHi) + 2 * rHi * rLo);
        double[] s = series(uHi, uLo, 1, SIN_TAIL);
        double[] c = series(uHi, uLo, 0, COS_TAIL);
        double sinHi = rHi * s[0]; // sin r = r · S(u), rounded once from the double-double product
        out[1] = sinHi + (Math.fma(rHi, s[0], -sinHi) + rHi * s[1] + rLo * s[0]);
        out[0] = c[0] + c[1];
    }

    /**
     * &Sigma;<sub>m&ge;0</sub> u<sup>m</sup> / (2m + parity)! by Horner's rule, as a double-double {hi, lo}:
     * plain doubles from u<sup>tail</sup> on, double-double below.
     */
    private static double[] series(double uHi, double uLo, int parity, int tail) {
        double p = INV_FACT_HI[2 * LAST + parity];
        for (int m = LAST - 1; m >= tail; m--) {
            p = INV_FACT_HI[2 * m + parity] + uHi * p;
        }
        double pHi = p;
        double pLo = 0.0;
        for (int m = tail - 1; m >= 0; m--) {
            // q = u · p (double-double product), then p = 1/(2m+parity)! + q; |q| < 1/(2m+parity)! so fast two-sum applies
            double qHi = uHi * pHi;
            double qLo = Math.fma(uHi, pHi, -qHi) + (uHi * pLo + uLo * pHi);
            double cHi = INV_FACT_HI[2 * m + parity];
            double sum = cHi + qHi;
            double lo = (qHi - (sum - cHi)) + INV_FACT_LO[2 * m + parity] + qLo;
            pHi = sum + lo;
            pLo = lo - (pHi - sum);
        }
        return new double[] {pHi, pLo};
    }
}
