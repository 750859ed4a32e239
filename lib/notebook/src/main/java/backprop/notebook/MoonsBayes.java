package backprop.notebook;

/**
 * The Bayes-optimal classifier of the two moons ({@link backprop.Moons}), from the true distribution. A point of class
 * c is m<sub>c</sub>(t), t uniform on [0, π], plus Gaussian noise of standard deviation s, with m<sub>0</sub>(t) =
 * (cos t, sin t) and m<sub>1</sub>(t) = (1 − cos t, ½ − sin t):
 * <pre>  p(x | c) = (1/π) ∫₀^π  exp(−‖x − m_c(t)‖² / (2s²)) / (2π s²) dt</pre>
 * by the trapezoid rule on {@code nodes} points. Both classes have probability ½, so the rule predicts the class of
 * larger density, with accuracy A* = ∫ ½ max(p(x|0), p(x|1)) dx.
 */
public final class MoonsBayes {

    private static final int MAX_NODES = 100_000;
    private static final long MAX_TERMS = 400_000_000L;   // exp terms in integrals: a few seconds of work

    private final double noise;
    private final int nodes;

    /** The noise s in [1e-100, 1e100], where s² and 2πs² are normal doubles; nodes in [2, 100,000]. */
    public MoonsBayes(double noise, int nodes) {
        if (!(noise >= 1e-100 && noise <= 1e100)) {
            throw new IllegalArgumentException("noise must be in [1e-100, 1e100], was " + noise);
        }
        if (nodes < 2 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be in [2, " + MAX_NODES + "], was " + nodes);
        }
        this.noise = noise;
        this.nodes = nodes;
    }

    /** The Bayes rule: argmax<sub>c</sub> p(x | c), class 0 on ties. */
    public int predict(double x1, double x2) {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new IllegalArgumentException("x1 and x2 must be finite, were " + x1 + ", " + x2);
        }
        return density(1, x1, x2) > density(0, x1, x2) ? 1 : 0;
    }

    /** {∫ p(x|0) dx, ∫ p(x|1) dx, A*} by the midpoint rule on a square grid of spacing in (0, s] (at most 4·10⁸ exp
     * terms) over [−1 − 6s, 2 + 6s] × [−½ − 6s, 1 + 6s]: both moons, six s to spare. */
    public double[] integrals(double spacing) {
        if (!(spacing > 0) || !(spacing <= noise)) {
            throw new IllegalArgumentException("spacing must be in (0, noise = " + noise + "], was " + spacing);
        }
        double n1 = Math.ceil((3 + 12 * noise) / spacing);
        double n2 = Math.ceil((1.5 + 12 * noise) / spacing);
        if (n1 * n2 * nodes * 2 > MAX_TERMS) {
            throw new IllegalArgumentException("spacing must give at most " + MAX_TERMS + " terms (cells × nodes × 2),"
                    + " was " + spacing + " for " + n1 + " × " + n2 + " cells × " + nodes + " nodes × 2");
        }
        double cell = spacing * spacing;
        double[] r = new double[3];
        for (int i = 0; i < n1; i++) {
            for (int k = 0; k < n2; k++) {
                double p0 = density(0, -1 - 6 * noise + (i + 0.5) * spacing, -0.5 - 6 * noise + (k + 0.5) * spacing);
                double p1 = density(1, -1 - 6 * noise + (i + 0.5) * spacing, -0.5 - 6 * noise + (k + 0.5) * spacing);
                r[0] += p0 * cell;
                r[1] += p1 * cell;
                r[2] += 0.5 * Math.max(p0, p1) * cell;
            }
        }
        return r;
    }

    /** p(x | c) by the trapezoid rule: weights ½, 1, …, 1, ½ on nodes − 1 intervals of (1/π) dt. */
    private double density(int c, double x1, double x2) {
        int last = nodes - 1;
        double sum = 0;
        for (int i = 0; i <= last; i++) {
            double t = Math.PI * i / last;
            double d1 = c == 0 ? x1 - Math.cos(t) : x1 - (1 - Math.cos(t));
            double d2 = c == 0 ? x2 - Math.sin(t) : x2 - (0.5 - Math.sin(t));
            sum += (i == 0 || i == last ? 0.5 : 1.0) * Math.exp(-(d1 * d1 + d2 * d2) / (2 * noise * noise));
        }
        return sum / last / (2 * Math.PI * noise * noise);
    }
}
