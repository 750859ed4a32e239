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

    private final double noise;
    private final double[] weight;
    private final double[][][] curve;

    /**
     * @param noise the noise's standard deviation s, &gt; 0 and finite
     * @param nodes trapezoid nodes on [0, π], at least 2
     * @throws IllegalArgumentException naming the parameter otherwise
     */
    public MoonsBayes(double noise, int nodes) {
        if (!(noise > 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be > 0 and finite, was " + noise);
        }
        if (nodes < 2) {
            throw new IllegalArgumentException("nodes must be at least 2, was " + nodes);
        }
        this.noise = noise;
        weight = new double[nodes];
        curve = new double[2][nodes][];
        for (int i = 0; i < nodes; i++) {
            double t = Math.PI * i / (nodes - 1);
            weight[i] = (i == 0 || i == nodes - 1 ? 0.5 : 1.0) / (nodes - 1);   // trapezoid weights of (1/π) ∫ dt
            curve[0][i] = new double[] {Math.cos(t), Math.sin(t)};
            curve[1][i] = new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
        }
    }

    /** p(x | c) = (1/π) ∫ exp(−‖x − m_c(t)‖² / (2s²)) / (2π s²) dt, by the trapezoid rule. */
    public double density(int c, double x1, double x2) {
        if (c != 0 && c != 1) {
            throw new IllegalArgumentException("c must be 0 or 1, was " + c);
        }
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            double d1 = x1 - curve[c][i][0];
            double d2 = x2 - curve[c][i][1];
            sum += weight[i] * Math.exp(-(d1 * d1 + d2 * d2) / (2 * noise * noise));
        }
        return sum / (2 * Math.PI * noise * noise);
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
     * @return {mass of class 0, mass of class 1, A*}
     */
    public double[] integrals(double spacing) {
        if (!(spacing > 0) || !(spacing <= noise)) {
            throw new IllegalArgumentException("spacing must be in (0, noise], was " + spacing);
        }
        double x1From = -1 - 6 * noise;
        double x2From = -0.5 - 6 * noise;
        int n1 = (int) Math.ceil((3 + 12 * noise) / spacing);
        int n2 = (int) Math.ceil((1.5 + 12 * noise) / spacing);
        double cell = spacing * spacing;
        double mass0 = 0;
        double mass1 = 0;
        double best = 0;
        for (int i = 0; i < n1; i++) {
            for (int k = 0; k < n2; k++) {
                double x1 = x1From + (i + 0.5) * spacing;
                double x2 = x2From + (k + 0.5) * spacing;
                double p0 = density(0, x1, x2);
                double p1 = density(1, x1, x2);
                mass0 += p0 * cell;
                mass1 += p1 * cell;
                best += 0.5 * Math.max(p0, p1) * cell;
            }
        }
        return new double[] {mass0, mass1, best};
    }
}
