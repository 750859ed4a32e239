package backprop;

/**
 * The activation σ of the hidden layers, a<sub>j</sub> = σ(z<sub>j</sub>), with its derivative σ′(z<sub>j</sub>)
 * that backpropagation multiplies into every error signal: δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub>
 * δ<sub>k</sub> w<sub>j→k</sub>.
 *
 * <p>All three derivatives can be written through the output a = σ(z) alone, which is what the fast training
 * kernel uses (it keeps a, not z): σ′ = a(1 − a) for the sigmoid, 1 − a² for tanh, 1[a &gt; 0] for ReLU. This
 * class is the readable definition ({@link Math#tanh}, {@link Math#exp}); {@code backprop.fast} has its own
 * vectorisable loops, tested against it.
 */
public enum Activation {

    /** σ(z) = 1 / (1 + e<sup>−z</sup>), σ′(z) = σ(z)(1 − σ(z)). */
    SIGMOID {
        @Override
        double value(double z) {
            return sigmoid(z);
        }

        @Override
        double derivativeFromOutput(double a) {
            return a * (1.0 - a);
        }
    },

    /** tanh(z) = (e<sup>2z</sup> − 1) / (e<sup>2z</sup> + 1), tanh′(z) = 1 − tanh²(z). */
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double derivativeFromOutput(double a) {
            return 1.0 - a * a;
        }
    },

    /** ReLU(z) = max(0, z), ReLU′(z) = 1 for z &gt; 0 and 0 otherwise (the kink at 0 gets the value 0). */
    RELU {
        @Override
        double value(double z) {
            return z > 0.0 ? z : 0.0;
        }

        @Override
        double derivativeFromOutput(double a) {
            return a > 0.0 ? 1.0 : 0.0;
        }
    };

    /**
     * @param z a pre-activation, not NaN (±∞ give the limits)
     * @return σ(z)
     */
    public double apply(double z) {
        requireNumber(z);
        return value(z);
    }

    /**
     * @param z a pre-activation, not NaN
     * @return σ′(z), the slope of σ at z
     */
    public double derivative(double z) {
        requireNumber(z);
        return derivativeFromOutput(value(z));
    }

    abstract double value(double z);

    /** σ′ expressed through the output a = σ(z). */
    abstract double derivativeFromOutput(double a);

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static void requireNumber(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z must be a number, was NaN");
        }
    }
}
