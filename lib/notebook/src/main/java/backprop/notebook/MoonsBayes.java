package backprop.notebook;

/**
 * The Bayes-optimal classifier of the two moons ({@link backprop.Moons}) and its accuracy, from the true distribution.
 *
 * <p>A point of class c is a curve point m<sub>c</sub>(t), t uniform on [0, π], plus isotropic Gaussian noise of
 * standard deviation s, with m<sub>0</sub>(t) = (cos t, sin t) and m<sub>1</sub>(t) = (1 − cos t, ½ − sin t). Its density
 * <pre>  p(x | c) = (1/π) ∫₀^π  exp(−‖x − m_c(t)‖² / (2s²)) / (2π s²) dt</pre>
 * is computed with the trapezoid rule on {@code nodes} equally spaced t. Both classes have probability ½, so the Bayes
 * rule predicts the class of larger density and its accuracy is A* = ∫ ½ max(p(x|0), p(x|1)) dx.
 */
public final class MoonsBayes {

    /** The most trapezoid nodes: the quadrature has converged to 10⁻⁴ at 101 nodes (s = 0.2), far below this. */
    public static final int MAX_NODES = 100_000;

    /** The noise range in which s² and 2πs² are normal doubles, so that every density is computed, not overflowed. */
    public static final double MIN_NOISE = 1e-100;
    public static final double MAX_NOISE = 1e100;

    /** The most terms exp(…) that {@link #integrals} sums (grid cells × nodes × 2 classes): a few seconds of work. */
    public static final long MAX_TERMS = 400_000_000L;

    private final double noise;
    private final double[] cos;
    private final double[] sin;

    /**
     * @param noise the noise's standard deviation s, in [{@value #MIN_NOISE}, {@value #MAX_NOISE}]
     * @param nodes trapezoid nodes on [0, π], in [2, {@value #MAX_NODES}]
     * @throws IllegalArgumentException naming the parameter otherwise, before anything is allocated
     */
    public MoonsBayes(double noise, int nodes) {
        if (!(noise >= MIN_NOISE && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [" + MIN_NOISE + ", " + MAX_NOISE + "], was " + noise);
        }
        if (nodes < 2 || nodes > MAX_NODES) {
            throw new IllegalArgumentException("nodes must be in [2, " + MAX_NODES + "], was " + nodes);
        }
        this.noise = noise;
        cos = new double[nodes];
        sin = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            cos[i] = Math.cos(Math.PI * i / (nodes - 1));
            sin[i] = Math.sin(Math.PI * i / (nodes - 1));
        }
    }

    /**
     * p(x | c) = (1/π) ∫ exp(−‖x − m_c(t)‖² / (2s²)) / (2π s²) dt, by the trapezoid rule: weights ½, 1, …, 1, ½ over
     * nodes − 1 intervals of (1/π) dt.
     *
     * @throws IllegalArgumentException if c is not 0 or 1 or x1, x2 is not finite
     */
    public double density(int c, double x1, double x2) {
        if (c != 0 && c != 1) {
            throw new IllegalArgumentException("c must be 0 or 1, was " + c);
        }
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new IllegalArgumentException("x1 and x2 must be finite, were " + x1 + ", " + x2);
        }
        int last = cos.length - 1;
        double sum = 0;
        for (int i = 0; i <= last; i++) {
            double d1 = c == 0 ? x1 - cos[i] : x1 - (1 - cos[i]);
            double d2 = c == 0 ? x2 - sin[i] : x2 - (0.5 - sin[i]);
            sum += (i == 0 || i == last ? 0.5 : 1.0) * Math.exp(-(d1 * d1 + d2 * d2) / (2 * noise * noise));
        }
        return sum / last / (2 * Math.PI * noise * noise);
    }

    /** The Bayes rule: argmax_c p(x | c) (class 0 on ties). */
    public int predict(double x1, double x2) {
        return density(1, x1, x2) > density(0, x1, x2) ? 1 : 0;
    }

    /**
     * The masses ∫ p(x|0) dx, ∫ p(x|1) dx and the accuracy A* = ∫ ½ max(p(x|0), p(x|1)) dx by the midpoint rule on
     * a square grid of the given spacing over the box [−1 − 6s, 2 + 6s] × [−0.5 − 6s, 1 + 6s], which holds both
     * moons with six standard deviations to spare.
     *
     * @param spacing in (0, s], coarse enough that the grid's cells × nodes × 2 stay within {@value #MAX_TERMS}
     * @return {mass of class 0, mass of class 1, A*}
     * @throws IllegalArgumentException naming the spacing and the work it would take otherwise
     */
    public double[] integrals(double spacing) {
        if (!(spacing > 0) || !(spacing <= noise)) {
            throw new IllegalArgumentException("spacing must be in (0, noise = " + noise + "], was " + spacing);
        }
        double n1 = Math.ceil((3 + 12 * noise) / spacing);
        double n2 = Math.ceil((1.5 + 12 * noise) / spacing);
        double terms = n1 * n2 * cos.length * 2;
        if (terms > MAX_TERMS) {
            throw new IllegalArgumentException("spacing must give at most " + MAX_TERMS + " terms (cells × nodes × 2),"
                    + " was " + spacing + " for " + n1 + " × " + n2 + " cells × " + cos.length + " nodes × 2 = " + terms);
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
}
