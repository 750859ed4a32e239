package backprop.fast;

/**
 * The hidden activations of the kernel, σ and σ′, as loops over a row of samples written so that C2 vectorises
 * them: tanh through {@link VectorMath#tanh} instead of {@link Math#tanh}. The constants mirror
 * {@code backprop.Activation} one for one and are tested against its readable definitions.
 */
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

    /**
     * Turns the stored activations a[0..len) into error signals, a[n] ← σ′ · s[n], with σ′ written through the
     * output a = σ(z): a(1 − a) for the sigmoid, 1 − a² for tanh, 1[a &gt; 0] for ReLU; s[n] = Σ<sub>k</sub>
     * δ<sub>k</sub> w<sub>j→k</sub> was accumulated by the caller.
     */
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
