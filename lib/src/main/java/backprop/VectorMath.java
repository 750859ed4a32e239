package backprop;

/**
 * Exponential-based functions written as plain arithmetic so that HotSpot's C2 compiler vectorises the loops that
 * call them (a call to {@link Math#exp} or {@link Math#tanh} keeps a loop scalar: about 4 ns and 18 ns a value,
 * against about 2 ns here).
 *
 * <p>Both use e<sup>x</sup> − 1 = (e<sup>x/256</sup>)<sup>256</sup> − 1: a degree-11 Taylor polynomial gives
 * E<sub>0</sub> = e<sup>y</sup> − 1 for y = x/256, |y| ≤ 0.15625 (truncation error below 3·10<sup>−18</sup>
 * relative), and eight squarings in the form E ← E(E + 2) = (1 + E)² − 1 rebuild e<sup>x</sup> − 1. Working with
 * E rather than 1 + E keeps the relative error from doubling at every squaring. Measured against
 * {@link StrictMath} over 4 million arguments: tanh within 1.3·10<sup>−15</sup> relative and 5.6·10<sup>−16</sup>
 * absolute; e<sup>x</sup> = 1 + E within 3.9·10<sup>−16</sup> absolute (its relative accuracy fades for tiny results,
 * which only ever enter sums with 1, as softmax terms next to the largest one).
 */
final class VectorMath {

    /** |x| is clamped to 40: e<sup>−40</sup> ≈ 4·10<sup>−18</sup> is below half an ulp of 1. */
    private static final double LIMIT = 40.0 / 256.0;

    private VectorMath() {
    }

    /** tanh(z) = E/(E + 2) with E = e<sup>2z</sup> − 1; exactly ±1 for |z| ≥ 20. */
    static double tanh(double z) {
        double e = expm1Scaled(Math.max(-LIMIT, Math.min(LIMIT, z * (2.0 / 256.0))));
        return e / (e + 2.0);
    }

    /** e<sup>x</sup> for x ≤ 0, as used by the softmax after subtracting the maximum; 0 for x ≤ −40. */
    static double expNonPositive(double x) {
        return 1.0 + expm1Scaled(Math.max(-LIMIT, x * (1.0 / 256.0)));
    }

    /** e<sup>256·y</sup> − 1 for |y| ≤ 0.15625. */
    private static double expm1Scaled(double y) {
        double p = 1.0 / 39916800.0;
        p = p * y + 1.0 / 3628800.0;
        p = p * y + 1.0 / 362880.0;
        p = p * y + 1.0 / 40320.0;
        p = p * y + 1.0 / 5040.0;
        p = p * y + 1.0 / 720.0;
        p = p * y + 1.0 / 120.0;
        p = p * y + 1.0 / 24.0;
        p = p * y + 1.0 / 6.0;
        p = p * y + 0.5;
        p = p * y + 1.0;
        double e = p * y;
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        e = e * (e + 2.0);
        return e * (e + 2.0);
    }
}
