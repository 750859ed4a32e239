package backprop;

/** The hidden activation a = σ(z) and its slope σ′, written through a as the fast kernel uses it. */
public enum Activation {

    /** σ(z) = 1 / (1 + e<sup>−z</sup>), σ′ = a(1 − a). */
    SIGMOID {
        @Override
        double value(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        double derivativeFromOutput(double a) {
            return a * (1.0 - a);
        }
    },

    /** σ(z) = tanh z, σ′ = 1 − a². */
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

    /** σ(z) = max(0, z), σ′ = 1[a &gt; 0] (0 at the kink). */
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

    /** @return σ(z) for z not NaN (±∞ give the limits) */
    public double apply(double z) {
        return value(requireNumber(z));
    }

    /** @return σ′(z) for z not NaN */
    public double derivative(double z) {
        return derivativeFromOutput(value(requireNumber(z)));
    }

    abstract double value(double z);

    /** σ′ through the output a = σ(z). */
    abstract double derivativeFromOutput(double a);

    private static double requireNumber(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z must be a number, was NaN");
        }
        return z;
    }
}
