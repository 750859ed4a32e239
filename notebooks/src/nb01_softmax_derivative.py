"""Builds notebooks/01-softmax-derivative.ipynb (run: python notebooks/src/nb01_softmax_derivative.py)."""
from nbgen import SETUP, code, md, write

cells = [
    md(r"""
    # 01 — Softmax and its derivative

    The output layer of our classifier turns its pre-activations $z_o$ into probabilities with softmax, and the
    network learns by lowering the cross-entropy loss $L$. Training needs $\partial L / \partial z_i$ for every
    output neuron $i$. This notebook derives it the way the blog does, one step at a time, and after every step lets
    the computer check the step with numbers: a finite difference, the library, or both. The destination is a
    strikingly simple result,

    $$\frac{\partial L}{\partial z_i} = \hat y_i - y_i .$$
    """),
    code(SETUP),
    md(r"""
    ## 1. The softmax function

    For output neurons $o = 1,\dots,K$ with pre-activations $z_o$,

    $$\hat y_o = \frac{e^{z_o}}{\sum_k e^{z_k}},$$

    where $k$ runs over all $K$ output neurons. A small example with $K = 3$, first by hand, then with the library:
    """),
    code(r"""
    double[] z = {2.0, 1.0, 0.1};
    double denom = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
    double[] byHand = {Math.exp(z[0]) / denom, Math.exp(z[1]) / denom, Math.exp(z[2]) / denom};
    double[] yHat = Softmax.softmax(z);
    System.out.println("by hand: " + vec(byHand) + "\nlibrary: " + vec(yHat));
    check(maxAbsDiff(byHand, yHat) < 1e-15, String.format("Softmax.softmax equals e^z_o / sum_k e^z_k (max |diff| = %.1e)", maxAbsDiff(byHand, yHat)));
    """),
    md(r"""
    ## 2. Why the outputs form a probability distribution

    Three facts, each one line of algebra:

    * **Every output lies in $(0,1)$.** $e^{z_o} > 0$ for every real $z_o$, so numerator and denominator are positive,
      and the denominator contains the numerator plus further positive terms (when $K \ge 2$), so the ratio is below 1.
    * **The outputs add up to one.** $\sum_o \hat y_o = \frac{\sum_o e^{z_o}}{\sum_k e^{z_k}} = 1$: it is the same sum
      above and below the line.
    * **Adding a constant $c$ to every $z$ changes nothing.** $\frac{e^{z_o + c}}{\sum_k e^{z_k + c}} =
      \frac{e^{c} e^{z_o}}{e^{c}\sum_k e^{z_k}} = \hat y_o$. Only differences between the $z$'s matter.

    Checked on 1000 random logit vectors (seeded) of sizes 2 to 6 with entries in $[-10, 10]$. The tolerance
    $10^{-12}$ is far above the rounding of a handful of double additions ($\approx 10^{-15}$).
    """),
    code(r"""
    Random rng = new Random(42);
    double worstSum = 0, worstShift = 0, smallest = 1, largest = 0;
    for (int t = 0; t < 1000; t++) {
        double[] v = new double[2 + rng.nextInt(5)];
        for (int o = 0; o < v.length; o++) v[o] = -10 + 20 * rng.nextDouble();
        double c = -50 + 100 * rng.nextDouble();
        double[] shifted = v.clone();
        for (int o = 0; o < v.length; o++) shifted[o] += c;

        double[] p = Softmax.softmax(v);
        double s = 0;
        for (double q : p) { s += q; smallest = Math.min(smallest, q); largest = Math.max(largest, q); }
        worstSum = Math.max(worstSum, Math.abs(s - 1));
        worstShift = Math.max(worstShift, maxAbsDiff(p, Softmax.softmax(shifted)));
    }
    check(smallest > 0 && largest < 1, String.format("all outputs in (0,1): smallest %.3e, largest %.9f", smallest, largest));
    check(worstSum < 1e-12, String.format("every vector sums to 1 (max |sum - 1| = %.1e)", worstSum));
    check(worstShift < 1e-12, String.format("adding c in [-50, 50] to all z leaves the outputs unchanged (max |diff| = %.1e)", worstShift));
    """),
    md(r"""
    ## 3. The stable implementation

    Written literally, the formula breaks long before the mathematics does: a double holds at most about
    $1.8\cdot 10^{308}$, so $e^{z}$ overflows to $\infty$ for $z > 709.78$, and $\infty/\infty$ is `NaN`. Shift
    invariance is the cure: subtract $\max_k z_k$ from every $z$ first. The largest exponent becomes $e^0 = 1$,
    nothing overflows, and the outputs are unchanged. The library does this; a literal implementation does not:
    """),
    code(r"""
    double[] naiveSoftmax(double[] v) {
        double s = 0;
        for (double x : v) s += Math.exp(x);
        double[] p = new double[v.length];
        for (int o = 0; o < v.length; o++) p[o] = Math.exp(v[o]) / s;
        return p;
    }

    double[] huge = {1000.0, 999.0, 0.0};
    double[] naive = naiveSoftmax(huge), stable = Softmax.softmax(huge);
    System.out.println("naive : " + Arrays.toString(naive) + "\nstable: " + vec(stable));
    """),
    md(r"""
    With the maximum subtracted, the logits are $(0, -1, -1000)$ and the exact answer is
    $\left(\frac{1}{1+e^{-1}}, \frac{e^{-1}}{1+e^{-1}}, \approx e^{-1000}\right)$, the last being far below the smallest
    double, so 0.
    """),
    code(r"""
    double[] exact = {1 / (1 + Math.exp(-1)), Math.exp(-1) / (1 + Math.exp(-1)), 0.0};
    check(Double.isNaN(naive[0]), "the literal formula gives NaN for z = (1000, 999, 0): e^1000 overflows");
    check(maxAbsDiff(stable, exact) < 1e-15, String.format("the library gives (%.6f, %.6f, %.1f), the exact values (max |diff| = %.1e)", stable[0], stable[1], stable[2], maxAbsDiff(stable, exact)));
    """),
    md(r"""
    ## 4. Picture: one logit sweeps

    Hold $z_2 = 0$ and $z_3 = 1$ fixed and move $z_1$ from $-6$ to $6$. As $z_1$ grows, $\hat y_1$ rises from almost 0
    to almost 1 along an S-curve and takes its probability mass from the other two, which keep their ratio:
    $\hat y_2 / \hat y_3 = e^{z_2 - z_3} = e^{-1}$ whatever $z_1$ is.
    """),
    code(r"""
    int steps = 121;
    double[] z1s = new double[steps];
    double[][] sweep = new double[3][steps];
    for (int s = 0; s < steps; s++) {
        z1s[s] = -6 + 0.1 * s;
        double[] p = Softmax.softmax(new double[] {z1s[s], 0.0, 1.0});
        for (int o = 0; o < 3; o++) sweep[o][s] = p[o];
    }
    Map<String, double[]> curves = new LinkedHashMap<>();
    for (int o = 0; o < 3; o++) curves.put("ŷ" + "₁₂₃".charAt(o), sweep[o]);
    show(Curves.lines("Softmax outputs as z₁ sweeps (z₂ = 0, z₃ = 1)", "z₁", "ŷ_o", z1s, curves));
    """),
    code(r"""
    boolean monotone = true;
    double worstRatio = 0;
    for (int s = 1; s < steps; s++)
        monotone &= sweep[0][s] > sweep[0][s - 1] && sweep[1][s] < sweep[1][s - 1] && sweep[2][s] < sweep[2][s - 1];
    for (int s = 0; s < steps; s++) worstRatio = Math.max(worstRatio, Math.abs(sweep[1][s] / sweep[2][s] - Math.exp(-1)));
    check(monotone, "along the sweep ŷ₁ strictly increases while ŷ₂ and ŷ₃ strictly decrease");
    check(worstRatio < 1e-12, String.format("ŷ₂/ŷ₃ stays e^-1 = %.6f at all %d points (max |diff| = %.1e)", Math.exp(-1), steps, worstRatio));
    """),
    md(r"""
    ## 5. The derivative of softmax, case by case

    What we are after is $\frac{\partial L}{\partial z_i}$. The loss depends on $z_i$ only through the outputs, and
    *every* output depends on $z_i$ (through the shared denominator), so the chain rule runs over all outputs $o$:

    $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}.$$

    The blog writes this product and puts in the sum over $o$ when it substitutes $\partial L/\partial \hat y_o$
    (section 8). We start with the second factor, $\frac{\partial \hat y_o}{\partial z_i}$. Write
    $S = \sum_k e^{z_k}$ for the denominator, so $\hat y_o = e^{z_o} S^{-1}$ and $\frac{\partial S}{\partial z_i} = e^{z_i}$
    (only one term of the sum contains $z_i$). The numerator $e^{z_o}$ depends on $z_i$ only if $i = o$, which gives two
    cases.

    ### Case 1: $i = o$

    Now both the numerator and $S$ depend on $z_o$. The product rule, then $\partial S/\partial z_o = e^{z_o}$:

    $$\frac{\partial \hat y_o}{\partial z_o} = \frac{\partial}{\partial z_o}\left(e^{z_o} S^{-1}\right)
      = e^{z_o} S^{-1} + e^{z_o}\left(-S^{-2}\right) e^{z_o}
      = \frac{e^{z_o}}{S} - \left(\frac{e^{z_o}}{S}\right)^2
      = \hat y_o\,(1 - \hat y_o).$$

    The check compares $\hat y_o(1-\hat y_o)$ with the central difference of softmax, for each $o$ of the example
    $z = (2, 1, 0.1)$. With $h = 10^{-5}$ the difference quotient is accurate to about $10^{-10}$ (truncation
    $\sim h^2$, rounding $\sim 10^{-16}/h$), so the tolerance is $10^{-9}$.
    """),
    code(r"""
    double h = 1e-5;

    /** Central difference of output o of softmax with respect to z_i. */
    double numericDyHat(double[] v, int o, int i) {
        double[] plus = v.clone(), minus = v.clone();
        plus[i] += h;
        minus[i] -= h;
        return (Softmax.softmax(plus)[o] - Softmax.softmax(minus)[o]) / (2 * h);
    }

    for (int o = 0; o < 3; o++) {
        double formula = yHat[o] * (1 - yHat[o]), numeric = numericDyHat(z, o, o);
        check(Math.abs(formula - numeric) < 1e-9,
              String.format("case 1, o = i = %d: ŷ_o(1 - ŷ_o) = %.8f, finite difference %.8f", o + 1, formula, numeric));
    }
    """),
    md(r"""
    ### Case 2: $i \neq o$

    The numerator $e^{z_o}$ does not contain $z_i$, so only $S^{-1}$ is differentiated:

    $$\frac{\partial \hat y_o}{\partial z_i} = \frac{\partial}{\partial z_i}\left(e^{z_o} S^{-1}\right)
      = e^{z_o}\left(-S^{-2}\right) e^{z_i}
      = -\frac{e^{z_o}}{S}\,\frac{e^{z_i}}{S}
      = -\hat y_o\,\hat y_i .$$

    (In the blog the left-hand side of this line is printed as $\partial \hat y_i / \partial z_i$; what is differentiated
    on the right is $\hat y_o$, so it should read $\partial \hat y_o / \partial z_i$.) Raising one logit lowers every
    other output, in proportion to both probabilities. All six pairs $i \neq o$:
    """),
    code(r"""
    for (int o = 0; o < 3; o++)
        for (int i = 0; i < 3; i++) {
            if (i == o) continue;
            double formula = -yHat[o] * yHat[i], numeric = numericDyHat(z, o, i);
            check(Math.abs(formula - numeric) < 1e-9,
                  String.format("case 2, o = %d, i = %d: -ŷ_o ŷ_i = %.8f, finite difference %.8f", o + 1, i + 1, formula, numeric));
        }
    """),
    md(r"""
    ## 6. The whole Jacobian

    Both cases in one formula, with $[i = o]$ equal to 1 when $i = o$ and 0 otherwise:

    $$J_{oi} = \frac{\partial \hat y_o}{\partial z_i} = \hat y_o\,\bigl([i = o] - \hat y_i\bigr),
      \qquad J = \operatorname{diag}(\hat y) - \hat y\,\hat y^{\top}.$$

    `Softmax.jacobian` returns this matrix. The numerical Jacobian is built column by column: nudging $z_i$ and
    differencing the whole output vector gives column $i$. Two more properties follow from the formula and are
    checked too: $J$ is symmetric, and each column sums to zero (the outputs always add up to 1, so their total
    cannot change).
    """),
    code(r"""
    double[][] J = Softmax.jacobian(z);
    double[][] numericJ = new double[3][3];
    for (int o = 0; o < 3; o++)
        for (int i = 0; i < 3; i++) numericJ[o][i] = numericDyHat(z, o, i);

    for (int o = 0; o < 3; o++) System.out.println("J[" + (o + 1) + "] = " + vec(J[o]));
    double worstColumnSum = 0, worstAsymmetry = 0;
    for (int i = 0; i < 3; i++) {
        worstColumnSum = Math.max(worstColumnSum, Math.abs(J[0][i] + J[1][i] + J[2][i]));
        for (int o = 0; o < 3; o++) worstAsymmetry = Math.max(worstAsymmetry, Math.abs(J[o][i] - J[i][o]));
    }
    check(maxAbsDiffMatrix(J, numericJ) < 1e-9, String.format("Softmax.jacobian equals the numerical Jacobian (max |diff| = %.1e)", maxAbsDiffMatrix(J, numericJ)));
    check(worstAsymmetry < 1e-15 && worstColumnSum < 1e-15, String.format("J is symmetric and its columns sum to 0 (max |column sum| = %.1e)", worstColumnSum));
    """),
    md(r"""
    ## 7. Cross-entropy and $\partial L / \partial \hat y_o$

    For one training example ($N = 1$) the cross-entropy loss is

    $$L = -\sum_o y_o \ln \hat y_o ,$$

    where $y$ is the true class one-hot encoded: $y_o = 1$ for the true class and 0 for the others. Take the true class
    to be the second one, $y = (0, 1, 0)$, while the network still prefers the first (our $z$). Treating the $\hat y_o$ as
    independent variables,

    $$\frac{\partial L}{\partial \hat y_o} = -\frac{y_o}{\hat y_o},$$

    which is zero for every wrong class: directly, the loss only looks at the probability of the true class.
    We also write $L$ as a function of $z$ (`lossOf`), and check it against the library's `CrossEntropy.loss`.
    """),
    code(r"""
    double[] y = CrossEntropy.oneHot(1, 3);

    /** L(z) = -sum_o y_o ln softmax(z)_o, written out. */
    double lossOf(double[] v, double[] target) {
        double[] p = Softmax.softmax(v);
        double s = 0;
        for (int o = 0; o < p.length; o++) if (target[o] != 0) s -= target[o] * Math.log(p[o]);
        return s;
    }

    double L = lossOf(z, y);
    System.out.println(String.format("y = %s, ŷ = %s, L = -ln ŷ₂ = %.6f", vec(y), vec(yHat), L));
    check(Math.abs(L - CrossEntropy.loss(yHat, y)) < 1e-15 && Math.abs(L + Math.log(yHat[1])) < 1e-15,
          String.format("lossOf(z, y) = CrossEntropy.loss(ŷ, y) = -ln ŷ₂ = %.6f", L));
    """),
    code(r"""
    double[] dLdyHat = new double[3];
    for (int o = 0; o < 3; o++) {
        dLdyHat[o] = 0.0 - y[o] / yHat[o];
        double[] plus = yHat.clone(), minus = yHat.clone();
        plus[o] += h;
        minus[o] -= h;
        double numeric = (CrossEntropy.loss(plus, y) - CrossEntropy.loss(minus, y)) / (2 * h);
        check(Math.abs(dLdyHat[o] - numeric) < 1e-8,
              String.format("dL/dŷ_%d = -y_o/ŷ_o = %.8f, finite difference %.8f", o + 1, dLdyHat[o], numeric));
    }
    """),
    md(r"""
    ## 8. The chain through the Jacobian

    Putting the two factors together, summed over all outputs:

    $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}
      = -\sum_o \frac{y_o}{\hat y_o}\, J_{oi}.$$

    That is a vector–matrix product, $\nabla_z L = (\nabla_{\hat y} L)^\top J$. Computed with the Jacobian from
    section 6 and checked against finite differences of $L(z)$ itself:
    """),
    code(r"""
    double[] numericGradient(double[] v, double[] target) {
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double[] plus = v.clone(), minus = v.clone();
            plus[i] += h;
            minus[i] -= h;
            g[i] = (lossOf(plus, target) - lossOf(minus, target)) / (2 * h);
        }
        return g;
    }

    double[] chained = new double[3];
    for (int i = 0; i < 3; i++)
        for (int o = 0; o < 3; o++) chained[i] += dLdyHat[o] * J[o][i];

    double[] numericDz = numericGradient(z, y);
    System.out.println("chain rule       : " + vec(chained) + "\nfinite difference: " + vec(numericDz));
    check(maxAbsDiff(chained, numericDz) < 1e-9, String.format("sum_o dL/dŷ_o * J_oi equals the numerical dL/dz_i (max |diff| = %.1e)", maxAbsDiff(chained, numericDz)));
    """),
    md(r"""
    ## 9. Splitting the sum at $o = i$

    Now substitute the two cases: the term $o = i$ uses case 1, all other terms use case 2.

    $$\frac{\partial L}{\partial z_i}
      = \underbrace{-\frac{y_i}{\hat y_i}\,\hat y_i(1 - \hat y_i)}_{o = i}
        \;\underbrace{-\;\sum_{o \neq i} \frac{y_o}{\hat y_o}\,(-\hat y_o \hat y_i)}_{o \neq i}
      = -y_i(1 - \hat y_i) + \sum_{o \neq i} y_o \hat y_i .$$

    Multiplying out the first term gives $y_i \hat y_i - y_i$, and $y_i \hat y_i$ is exactly the term the sum on the right
    is missing (its $o = i$ term). Moving it inside, the sum runs over all $o$:

    $$\frac{\partial L}{\partial z_i} = y_i \hat y_i - y_i + \sum_{o \neq i} y_o \hat y_i = -y_i + \sum_o y_o \hat y_i
      = \hat y_i \sum_o y_o - y_i .$$

    Each intermediate line, evaluated for our example:
    """),
    code(r"""
    double sumY = y[0] + y[1] + y[2];
    for (int i = 0; i < 3; i++) {
        double termSame = 0.0 - y[i] * (1 - yHat[i]);            // o = i
        double termOthers = 0;                                     // o != i
        for (int o = 0; o < 3; o++) if (o != i) termOthers += y[o] * yHat[i];
        double merged = -y[i] + yHat[i] * sumY;
        System.out.println(String.format("i = %d: o = i term %+.6f, o ≠ i terms %+.6f, sum %+.6f, ŷ_i Σy_o - y_i = %+.6f",
                                         i + 1, termSame, termOthers, termSame + termOthers, merged));
        check(Math.abs(termSame + termOthers - chained[i]) < 1e-15 && Math.abs(merged - chained[i]) < 1e-15,
              String.format("i = %d: the split sum and ŷ_i Σ_o y_o - y_i both equal the chained gradient %.6f", i + 1, chained[i]));
    }
    """),
    md(r"""
    ## 10. Where $\sum_o y_o = 1$ comes in

    $\sum_o y_o$ adds up the entries of the one-hot target: exactly one of them is 1, so the sum is 1 and the result
    collapses to

    $$\boxed{\;\frac{\partial L}{\partial z_i} = \hat y_i - y_i\;}$$

    The library's `CrossEntropy.gradient(ŷ, y)` computes exactly this. It is checked here for our example and then for
    200 random examples (seeded) with 2 to 6 classes, logits in $[-5, 5]$ and a random true class, each against the
    finite difference of $L(z)$.
    """),
    code(r"""
    double[] simple = CrossEntropy.gradient(yHat, y);
    check(maxAbsDiff(simple, numericDz) < 1e-9,
          String.format("ŷ - y = %s equals the numerical gradient (max |diff| = %.1e)", vec(simple), maxAbsDiff(simple, numericDz)));

    Random rng2 = new Random(7);
    double worstRandom = 0;
    for (int t = 0; t < 200; t++) {
        int K = 2 + rng2.nextInt(5);
        double[] v = new double[K];
        for (int o = 0; o < K; o++) v[o] = -5 + 10 * rng2.nextDouble();
        double[] target = CrossEntropy.oneHot(rng2.nextInt(K), K);
        worstRandom = Math.max(worstRandom, maxAbsDiff(CrossEntropy.gradient(Softmax.softmax(v), target), numericGradient(v, target)));
    }
    check(worstRandom < 1e-8, String.format("ŷ - y equals the numerical gradient on 200 random one-hot examples (max |diff| = %.1e)", worstRandom));
    """),
    md(r"""
    ## 11. A target that is not one-hot

    The derivation used one-hotness only in that last step, so the general line
    $\frac{\partial L}{\partial z_i} = \hat y_i \sum_o y_o - y_i$ holds for *any* target $y$. Two cases:

    * A soft target that still sums to 1, e.g. label smoothing $y = (0.1, 0.8, 0.1)$: $\sum_o y_o = 1$, so $\hat y - y$
      is still right.
    * A target that does not sum to 1, e.g. $y = (0, 1, 1)$ (the example belongs to two classes at once) or
      $y = (0, 0.5, 0)$: now $\hat y - y$ is wrong by $\hat y_i\,(\sum_o y_o - 1)$, and only the general form is
      right.

    `CrossEntropy.gradientGeneral(z, y)` implements the general form; both are compared with the finite difference:
    """),
    code(r"""
    double[][] targets = {{0.1, 0.8, 0.1}, {0.0, 1.0, 1.0}, {0.0, 0.5, 0.0}};
    for (double[] target : targets) {
        double[] numeric = numericGradient(z, target);
        double[] general = CrossEntropy.gradientGeneral(z, target);
        double[] naiveGrad = CrossEntropy.gradient(yHat, target);
        double sumT = target[0] + target[1] + target[2];
        System.out.println(String.format("y = %s, Σy_o = %.1f: general %s, ŷ - y %s", vec(target), sumT, vec(general), vec(naiveGrad)));
        check(maxAbsDiff(general, numeric) < 1e-8,
              String.format("ŷ_i Σ_o y_o - y_i equals the numerical gradient (max |diff| = %.1e)", maxAbsDiff(general, numeric)));
        boolean naiveRight = maxAbsDiff(naiveGrad, numeric) < 1e-8;
        check(naiveRight == (Math.abs(sumT - 1) < 1e-12),
              String.format("ŷ - y is %s here (max |diff| to the numerical gradient = %.3f), because Σ_o y_o %s 1",
                            naiveRight ? "right" : "wrong", maxAbsDiff(naiveGrad, numeric), naiveRight ? "=" : "≠"));
    }
    """),
    md(r"""
    ## 12. Picture: the gradient $\hat y - y$ for a few examples

    Three examples whose true class is the first ($y = (1, 0, 0)$). The gradient is the signal that flows back into
    the network: gradient descent moves each $z_i$ *against* it. It is negative only at the true class (push $z_1$ up),
    positive at the others (push them down), always between $-1$ and $1$, and its entries add up to zero. The more
    wrong the network, the larger the push; a confident right answer gets almost none.
    """),
    code(r"""
    String[] exampleNames = {"confident and right, z = (4, 0, -1)", "unsure, z = (0.5, 0.3, 0)", "confident and wrong, z = (-1, 4, 0)"};
    double[][] logits = {{4, 0, -1}, {0.5, 0.3, 0}, {-1, 4, 0}};
    double[] truth = CrossEntropy.oneHot(0, 3);
    String[] classes = {"i = 1 (true class)", "i = 2", "i = 3"};

    Trace[] bars = new Trace[logits.length];
    for (int e = 0; e < logits.length; e++) {
        double[] g = CrossEntropy.gradient(Softmax.softmax(logits[e]), truth);
        bars[e] = BarTrace.builder(classes, g).name(exampleNames[e]).build();
        double total = g[0] + g[1] + g[2];
        check(g[0] <= 0 && g[1] >= 0 && g[2] >= 0 && Math.abs(total) < 1e-15 && Math.abs(g[0]) <= 1,
              String.format("%-37s L = %.4f, ŷ - y = %s: negative only at the true class, sums to %.0e", exampleNames[e] + ":", lossOf(logits[e], truth), vec(g), total));
    }
    Layout barLayout = Layout.builder().title("Gradient ∂L/∂z_i = ŷ_i − y_i, true class 1").barMode(Layout.BarMode.GROUP)
        .showLegend(true).height(400)
        .xAxis(Axis.builder().title("output neuron i").build())
        .yAxis(Axis.builder().title("∂L/∂z_i").build()).build();
    show(new Figure(barLayout, bars));
    """),
    md(r"""
    ## Summary

    | step | result | checked in |
    |---|---|---|
    | softmax | $\hat y_o = e^{z_o} / \sum_k e^{z_k}$ is a distribution, shift invariant | sections 1–3 |
    | case 1, $i = o$ | $\partial \hat y_o / \partial z_o = \hat y_o(1-\hat y_o)$ | section 5 |
    | case 2, $i \ne o$ | $\partial \hat y_o / \partial z_i = -\hat y_o \hat y_i$ | section 5 |
    | cross-entropy | $\partial L / \partial \hat y_o = -y_o / \hat y_o$ | section 7 |
    | chain, split at $o = i$ | $\partial L / \partial z_i = \hat y_i \sum_o y_o - y_i$ | sections 8–9, 11 |
    | one-hot $y$ | $\partial L / \partial z_i = \hat y_i - y_i$ | section 10 |

    This $\hat y - y$ is the error signal $\delta$ of the output layer, where backpropagation starts:
    [02 — backpropagation by hand](02-backprop-by-hand.ipynb).

    ## Try it
    - Put `h = 1e-9` (or `1e-2`) in the cell of case 1 and run the checks below it again: which fail, and why (rounding
      against truncation)?
    - Feed the literal `naiveSoftmax` logits like $(-1000, -1001, -1002)$: what goes wrong now (underflow), and does the
      library still get it right?
    - Make one logit dominate, $z = (30, 0, 0)$, and look at the Jacobian: softmax saturates just like a sigmoid.
    - Try a label-smoothed target with $\varepsilon = 0.2$ in section 11, and the target $y = (0, 0, 0)$: what is the
      gradient, and what does it do to the logits?
    - With $K = 2$ and $z = (t, 0)$, show that $\hat y_1$ is the sigmoid of $t$ and compare the Jacobian entry
      $\hat y_1(1-\hat y_1)$ with $\sigma'(t)$ from notebook 00.
    """),
]

if __name__ == "__main__":
    write("01-softmax-derivative.ipynb", cells)
