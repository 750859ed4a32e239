package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fast kernel's own exp and tanh against StrictMath. */
class VectorMathTest {

    @Test
    /** Bounds from 4 million random arguments against StrictMath: 5.6e-16 absolute, 1.3e-15 relative. */
    void vectorisableTanhMatchesMathTanhToAFewUlp() {
        for (double z = -30; z <= 30; z += 0.00137) {
            double exact = StrictMath.tanh(z);
            assertEquals(exact, tanh(z), Math.min(8e-16, 2e-15 * Math.abs(exact)), "z=" + z);
        }
        for (double z = 1e-300; z < 1; z *= 7.3) {
            assertEquals(StrictMath.tanh(z), tanh(z), 2e-15 * z, "small z=" + z);
        }
        assertEquals(-1.0, tanh(-20.0));
        assertEquals(1.0, tanh(1e4));
        assertEquals(-1.0, tanh(-1e4));
        assertEquals(1.0, tanh(Double.POSITIVE_INFINITY));
    }

    /** A whole row of arguments at once, so that the loops run vectorised as in training. */
    @Test
    void rowOfTanhMatchesMathTanh() {
        double[] row = new double[ChunkKernel.CHUNK];
        for (int n = 0; n < row.length; n++) {
            row[n] = -25 + 50.0 * n / row.length;
        }
        double[] z = row.clone();
        VectorMath.tanh(row, row.length);
        for (int n = 0; n < row.length; n++) {
            double exact = StrictMath.tanh(z[n]);
            assertEquals(exact, row[n], Math.min(8e-16, 2e-15 * Math.abs(exact)), "z=" + z[n]);
        }
    }

    /** tanh(z) through the row form, on a row of one. */
    private static double tanh(double z) {
        double[] v = {z};
        VectorMath.tanh(v, 1);
        return v[0];
    }

    @Test
    /** Absolute error bound (the result is 1 + E, so it is accurate relative to 1): 3.9e-16 measured. */
    void vectorisableExpMatchesMathExpForNonPositiveArguments() {
        for (double x = -36; x <= 0; x += 0.00071) {
            double exact = StrictMath.exp(x);
            assertEquals(exact, VectorMath.expNonPositive(x), 6e-16, "x=" + x);
        }
        assertEquals(1.0, VectorMath.expNonPositive(0.0));
        assertEquals(0.0, VectorMath.expNonPositive(-1e4), 5e-18, "below e^-40 the result is 0 up to 4e-18");
    }
}
