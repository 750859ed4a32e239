package backprop.fast;

/** The hidden activations σ and σ′ as loops C2 vectorises, one for one with {@code backprop.Activation}. */
public enum ActivationLoops {
    SIGMOID, TANH, RELU;

    /** v[n] ← σ(v[n]) for n in [0, len). */
    void apply(double[] v, int len) {
        switch (this) {
            case SIGMOID -> {
                for (int n = 0; n < len; n++) {
                    v[n] = 1.0 / (1.0 + Math.exp(-v[n]));
                }
            }
            case TANH -> VectorMath.tanh(v, len);
            case RELU -> {
                for (int n = 0; n < len; n++) {
                    v[n] = v[n] > 0.0 ? v[n] : 0.0;
                }
            }
        }
    }

    /** a[n] ← σ′ · s[n], σ′ from a = σ(z): a(1 − a), 1 − a², 1[a &gt; 0]; s = Σ<sub>k</sub> δ<sub>k</sub> w. */
    void toErrorSignal(double[] a, double[] s, int len) {
        switch (this) {
            case SIGMOID -> {
                for (int n = 0; n < len; n++) {
                    double v = a[n];
                    a[n] = v * (1.0 - v) * s[n];
                }
            }
            case TANH -> {
                for (int n = 0; n < len; n++) {
                    double v = a[n];
                    a[n] = (1.0 - v * v) * s[n];
                }
            }
            case RELU -> {
                for (int n = 0; n < len; n++) {
                    a[n] = a[n] > 0.0 ? s[n] : 0.0;
                }
            }
        }
    }
}
