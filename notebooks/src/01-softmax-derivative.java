// -*- coding: utf-8 -*-
// ---
// jupyter:
//   jupytext:
//     text_representation:
//       extension: .java
//       format_name: percent
//       format_version: '1.3'
//       jupytext_version: 1.19.6
//   kernelspec:
//     display_name: Java
//     language: java
//     name: java
// ---

// %% [markdown]
//
// %% [markdown]
// # 01 — Softmax and its derivative
//
// The output layer of our classifier turns its pre-activations $z_o$ into probabilities with softmax, and the
// network learns by lowering the cross-entropy loss $L$. Training needs $\partial L / \partial z_i$ for every
// output neuron $i$. This notebook derives it the way the blog does, one step at a time, and after every step lets
// the computer check the step with numbers: a finite difference, the library, or both. The destination is a
// strikingly simple result,
//
// $$\frac{\partial L}{\partial z_i} = \hat y_i - y_i .$$
//
// **Where this is in the blog:** [*Derivative of the softmax function*](http://edgeofabandon.blogspot.com/2016/12/derivative-of-cross-entropy-loss-with.html).
//
// | blog section | here |
// |---|---|
// | The softmax function | §1–§4 |
// | Cross entropy loss function: the two cases of $\partial \hat y_o/\partial z_i$ | §5, §6 |
// | … $\partial L/\partial \hat y_o$ and the chain through the outputs | §7, §8 |
// | … splitting the sum at $o = i$, $\sum_o y_o = 1$ | §9, §10, §11 |
// | (not in the blog) a shorter route, the stable loss, the Hessian | §13 |
//
// Notation as in notebook 00: outputs and classes counted from 0, $i$ the logit we differentiate by.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. The softmax function
//
// For output neurons $o = 0,\dots,K-1$ with pre-activations $z_o$,
//
// $$\hat y_o = \frac{e^{z_o}}{\sum_k e^{z_k}},$$
//
// where $k$ runs over all $K$ output neurons (the blog's letter; within this notebook there is no other layer for
// $k$ to mean). A small example with $K = 3$, first by hand, then with the library. Both evaluate the same
// exponentials and divisions; the library first subtracts $\max_k z_k$ (§3), which changes the rounding, so they
// agree to a few units of $10^{-16}$, and the tolerance is $10^{-13}$.

// %%
double[] z = {2.0, 1.0, 0.1};
double denom = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
double[] byHand = {Math.exp(z[0]) / denom, Math.exp(z[1]) / denom, Math.exp(z[2]) / denom};
double[] yHat = Softmax.softmax(z);
System.out.println("by hand: " + Format.vector(byHand) + "\nlibrary: " + Format.vector(yHat));
Check.close("Softmax.softmax equals e^z_o / Σ_k e^z_k", yHat, byHand, 1e-13);

// %% [markdown]
// ## 2. Why the outputs form a probability distribution
//
// Three facts, each one line of algebra:
//
// * **Every output lies in $(0,1)$.** $e^{z_o} > 0$ for every real $z_o$, so numerator and denominator are positive,
//   and the denominator contains the numerator plus further positive terms (when $K \ge 2$), so the ratio is below 1.
// * **The outputs add up to one.** $\sum_o \hat y_o = \frac{\sum_o e^{z_o}}{\sum_k e^{z_k}} = 1$: it is the same sum
//   above and below the line.
// * **Adding a constant $c$ to every $z$ changes nothing.** $\frac{e^{z_o + c}}{\sum_k e^{z_k + c}} =
//   \frac{e^{c} e^{z_o}}{e^{c}\sum_k e^{z_k}} = \hat y_o$. Only differences between the $z$'s matter.
//
// Checked on 1000 random logit vectors (seeded) of sizes 2 to 6 with entries in $[-10, 10]$. The tolerance
// $10^{-12}$ is far above the rounding of a handful of double additions ($\approx 10^{-15}$).

// %%
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
    worstShift = Math.max(worstShift, Check.maxAbsDiff(p, Softmax.softmax(shifted)));
}
Check.that(Format.of("all outputs lie in (0,1): smallest %.3e, largest %.9f", smallest, largest), smallest > 0 && largest < 1);
Check.close("every vector sums to 1 (largest |Σ_o ŷ_o − 1|)", worstSum, 0, 1e-12);
Check.close("adding c in [−50, 50] to all z leaves the outputs unchanged (largest difference)", worstShift, 0, 1e-12);

// %% [markdown]
// ## 3. The stable implementation
//
// Written literally, the formula breaks long before the mathematics does: a double holds at most about
// $1.8\cdot 10^{308}$, so $e^{z}$ overflows to $\infty$ for $z > 709.78$, and $\infty/\infty$ is `NaN`. Shift
// invariance is the cure: subtract $\max_k z_k$ from every $z$ first. The largest exponent becomes $e^0 = 1$,
// nothing overflows, and the outputs are unchanged. The library does this; a literal implementation does not:

// %%
double[] huge = {1000.0, 999.0, 0.0};
double hugeSum = Math.exp(huge[0]) + Math.exp(huge[1]) + Math.exp(huge[2]);
double[] naive = {Math.exp(huge[0]) / hugeSum, Math.exp(huge[1]) / hugeSum, Math.exp(huge[2]) / hugeSum};
double[] stable = Softmax.softmax(huge);
System.out.println("literal: " + Arrays.toString(naive) + "\nstable : " + Format.vector(stable));

// %% [markdown]
// With the maximum subtracted, the logits are $(0, -1, -1000)$ and the exact answer is
// $\left(\frac{1}{1+e^{-1}}, \frac{e^{-1}}{1+e^{-1}}, \approx e^{-1000}\right)$, the last being far below the smallest
// double, so 0.

// %%
double[] exact = {1 / (1 + Math.exp(-1)), Math.exp(-1) / (1 + Math.exp(-1)), 0.0};
Check.that("the literal formula gives NaN for z = (1000, 999, 0): e^1000 overflows", Double.isNaN(naive[0]));
Check.close(Format.of("the library gives (%.6f, %.6f, %.1f), the exact values", stable[0], stable[1], stable[2]), stable, exact, 1e-13);

// %% [markdown]
// ## 4. Picture: one logit sweeps
//
// Hold $z_1 = 0$ and $z_2 = 1$ fixed and move $z_0$ from $-6$ to $6$. As $z_0$ grows, $\hat y_0$ rises from almost 0
// to almost 1 along an S-curve and takes its probability mass from the other two, which keep their ratio:
// $\hat y_1 / \hat y_2 = e^{z_1 - z_2} = e^{-1}$ whatever $z_0$ is.

// %%
int steps = 121;
double[] z0s = new double[steps];
double[][] sweep = new double[3][steps];
for (int s = 0; s < steps; s++) {
    z0s[s] = -6 + 0.1 * s;
    double[] p = Softmax.softmax(new double[] {z0s[s], 0.0, 1.0});
    for (int o = 0; o < 3; o++) sweep[o][s] = p[o];
}
Map<String, double[]> curves = new LinkedHashMap<>();
for (int o = 0; o < 3; o++) curves.put("ŷ" + "₀₁₂".charAt(o), sweep[o]);
show(Curves.lines("Softmax outputs as z₀ sweeps (z₁ = 0, z₂ = 1)", "z₀", "ŷ_o", z0s, curves));

boolean monotone = true;
double worstRatio = 0;
for (int s = 1; s < steps; s++)
    monotone &= sweep[0][s] > sweep[0][s - 1] && sweep[1][s] < sweep[1][s - 1] && sweep[2][s] < sweep[2][s - 1];
for (int s = 0; s < steps; s++) worstRatio = Math.max(worstRatio, Math.abs(sweep[1][s] / sweep[2][s] - Math.exp(-1)));
Check.that("along the sweep ŷ₀ strictly increases while ŷ₁ and ŷ₂ strictly decrease", monotone);
Check.close("ŷ₁/ŷ₂ stays e^−1 at all " + steps + " points (largest difference)", worstRatio, 0, 1e-12);

// %% [markdown]
// ## 5. The derivative of softmax, case by case
//
// What we are after is $\frac{\partial L}{\partial z_i}$. The loss depends on $z_i$ only through the outputs, and
// *every* output depends on $z_i$ (through the shared denominator), so the chain rule runs over all outputs $o$:
//
// $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}.$$
//
// The blog writes this product without the sum and puts a sum in when it substitutes $\partial L/\partial \hat y_o$
// (see §7 for where that sum really belongs). We start with the second factor, $\frac{\partial \hat y_o}{\partial z_i}$.
// Write $S = \sum_k e^{z_k}$ for the denominator, so $\hat y_o = e^{z_o} S^{-1}$ and
// $\frac{\partial S}{\partial z_i} = e^{z_i}$ (only one term of the sum contains $z_i$). The numerator $e^{z_o}$
// depends on $z_i$ only if $i = o$, which gives two cases.
//
// ### Case 1: $i = o$
//
// Now both the numerator and $S$ depend on $z_o$. The product rule, then $\partial S/\partial z_o = e^{z_o}$:
//
// $$\frac{\partial \hat y_o}{\partial z_o} = \frac{\partial}{\partial z_o}\left(e^{z_o} S^{-1}\right)
//   = e^{z_o} S^{-1} + e^{z_o}\left(-S^{-2}\right) e^{z_o}
//   = \frac{e^{z_o}}{S} - \left(\frac{e^{z_o}}{S}\right)^2
//   = \hat y_o\,(1 - \hat y_o).$$
//
// The check compares $\hat y_o(1-\hat y_o)$ with the central difference of softmax, for each $o$ of the example
// $z = (2, 1, 0.1)$. With $h = 10^{-5}$ the difference quotient is accurate to about $10^{-10}$ (truncation
// $\sim h^2$, rounding $\sim 10^{-16}/h$), so the tolerance is $10^{-9}$.

// %%
double h = 1e-5;

/** Central difference of output o of softmax with respect to z_i. */
double numericDyHat(double[] v, int o, int i) {
    double[] plus = v.clone(), minus = v.clone();
    plus[i] += h;
    minus[i] -= h;
    return (Softmax.softmax(plus)[o] - Softmax.softmax(minus)[o]) / (2 * h);
}

for (int o = 0; o < 3; o++)
    Check.close(Format.of("case 1, o = i = %d: ŷ_o(1 − ŷ_o) = %.8f equals the finite difference", o, yHat[o] * (1 - yHat[o])),
            yHat[o] * (1 - yHat[o]), numericDyHat(z, o, o), 1e-9);

// %% [markdown]
// ### Case 2: $i \neq o$
//
// The numerator $e^{z_o}$ does not contain $z_i$, so only $S^{-1}$ is differentiated:
//
// $$\frac{\partial \hat y_o}{\partial z_i} = \frac{\partial}{\partial z_i}\left(e^{z_o} S^{-1}\right)
//   = e^{z_o}\left(-S^{-2}\right) e^{z_i}
//   = -\frac{e^{z_o}}{S}\,\frac{e^{z_i}}{S}
//   = -\hat y_o\,\hat y_i .$$
//
// (In the blog the left-hand side of this line is printed as $\partial \hat y_i / \partial z_i$; what is differentiated
// on the right is $\hat y_o$, so it should read $\partial \hat y_o / \partial z_i$.) Raising one logit lowers every
// other output, in proportion to both probabilities. All six pairs $i \neq o$:

// %%
for (int o = 0; o < 3; o++)
    for (int i = 0; i < 3; i++)
        if (i != o)
            Check.close(Format.of("case 2, o = %d, i = %d: −ŷ_o ŷ_i = %.8f equals the finite difference", o, i, -yHat[o] * yHat[i]),
                    -yHat[o] * yHat[i], numericDyHat(z, o, i), 1e-9);

// %% [markdown]
// ## 6. The whole Jacobian
//
// Both cases in one formula, with $[i = o]$ equal to 1 when $i = o$ and 0 otherwise:
//
// $$J_{oi} = \frac{\partial \hat y_o}{\partial z_i} = \hat y_o\,\bigl([i = o] - \hat y_i\bigr),
//   \qquad J = \operatorname{diag}(\hat y) - \hat y\,\hat y^{\top}.$$
//
// `Softmax.jacobian` returns this matrix. The numerical Jacobian is built column by column: nudging $z_i$ and
// differencing the whole output vector gives column $i$. Two more properties follow from the formula and are
// checked too: $J$ is symmetric ($J_{oi}$ and $J_{io}$ are both $-\hat y_o \hat y_i$, the same product in the other
// order, so they are equal exactly), and each column sums to zero (the outputs always add up to 1, so their total
// cannot change); the column sums are three rounded terms, so the tolerance is $10^{-15}$ on entries below 1.

// %%
double[][] J = Softmax.jacobian(z);
double[][] numericJ = new double[3][3];
for (int o = 0; o < 3; o++)
    for (int i = 0; i < 3; i++) numericJ[o][i] = numericDyHat(z, o, i);

for (int o = 0; o < 3; o++) System.out.println("J[" + o + "] = " + Format.vector(J[o]));
double worstColumnSum = 0;
boolean symmetric = true;
for (int i = 0; i < 3; i++) {
    worstColumnSum = Math.max(worstColumnSum, Math.abs(J[0][i] + J[1][i] + J[2][i]));
    for (int o = 0; o < 3; o++) symmetric &= J[o][i] == J[i][o];
}
Check.close("Softmax.jacobian equals the numerical Jacobian", J, numericJ, 1e-9);
Check.that("J is symmetric, exactly", symmetric);
Check.close("each column of J sums to 0 (largest |column sum|)", worstColumnSum, 0, 1e-15);

// %% [markdown]
// ## 7. Cross-entropy and $\partial L / \partial \hat y_o$
//
// For one training example ($N = 1$) the cross-entropy loss is
//
// $$L = -\sum_o y_o \ln \hat y_o ,$$
//
// where $y$ is the true class one-hot encoded: $y_o = 1$ for the true class and 0 for the others. Take the true class
// to be class 1, $y = (0, 1, 0)$, while the network still prefers class 0 (our $z$). Treating the $\hat y_o$ as
// independent variables, only the one term of the sum that contains $\hat y_o$ survives the derivative:
//
// $$\frac{\partial L}{\partial \hat y_o} = -\frac{y_o}{\hat y_o}.$$
//
// **A slip in the blog.** The blog prints $\frac{\partial L}{\partial \hat y_o} = -\sum_o \frac{1}{\hat y_o} y_o$: a
// sum over $o$ inside a derivative with respect to one particular $\hat y_o$. The derivative has no sum; the sum
// belongs one step later, in the chain rule over all outputs (§8), which is where the blog's next line uses it.
//
// The derivative is zero for every wrong class: directly, the loss only looks at the probability of the true class.
// We also write $L$ as a function of $z$ (`lossOf`) and check it against the library's `CrossEntropy.loss`; both take
// one logarithm of the same number, so they agree to rounding ($10^{-13}$).

// %%
double[] y = CrossEntropy.oneHot(1, 3);

/** L(z) = −Σ_o y_o ln softmax(z)_o, written out. */
double lossOf(double[] v, double[] target) {
    double[] p = Softmax.softmax(v);
    double s = 0;
    for (int o = 0; o < p.length; o++) if (target[o] != 0) s -= target[o] * Math.log(p[o]);
    return s;
}

double L = lossOf(z, y);
System.out.println(Format.of("y = %s, ŷ = %s, L = −ln ŷ₁ = %.6f", Format.vector(y), Format.vector(yHat), L));
Check.close("lossOf(z, y) equals CrossEntropy.loss(ŷ, y)", L, CrossEntropy.loss(yHat, y), 1e-13);
Check.close("and equals −ln ŷ₁", L, -Math.log(yHat[1]), 1e-13);

double[] dLdyHat = new double[3];
for (int o = 0; o < 3; o++) {
    dLdyHat[o] = 0.0 - y[o] / yHat[o];
    double[] plus = yHat.clone(), minus = yHat.clone();
    plus[o] += h;
    minus[o] -= h;
    double numeric = (CrossEntropy.loss(plus, y) - CrossEntropy.loss(minus, y)) / (2 * h);
    Check.close(Format.of("∂L/∂ŷ_%d = −y_o/ŷ_o = %.8f equals the finite difference", o, dLdyHat[o]), dLdyHat[o], numeric, 1e-8);
}

// %% [markdown]
// ## 8. The chain through the Jacobian
//
// Putting the two factors together, summed over all outputs:
//
// $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}
//   = -\sum_o \frac{y_o}{\hat y_o}\, J_{oi}.$$
//
// With gradients as column vectors this is $\nabla_z L = J^{\top} \nabla_{\hat y} L$ (entry $i$ sums down column
// $i$ of $J$). Computed with the Jacobian from §6 and checked against finite differences of $L(z)$ itself:

// %%
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
    for (int o = 0; o < 3; o++) chained[i] += J[o][i] * dLdyHat[o];      // (Jᵀ ∇_ŷ L)_i

double[] numericDz = numericGradient(z, y);
System.out.println("chain rule       : " + Format.vector(chained) + "\nfinite difference: " + Format.vector(numericDz));
Check.close("Σ_o J_oi ∂L/∂ŷ_o equals the numerical ∂L/∂z_i", chained, numericDz, 1e-9);

// %% [markdown]
// ## 9. Splitting the sum at $o = i$
//
// Now substitute the two cases: the term $o = i$ uses case 1, all other terms use case 2.
//
// $$\frac{\partial L}{\partial z_i}
//   = \underbrace{-\frac{y_i}{\hat y_i}\,\hat y_i(1 - \hat y_i)}_{o = i}
//     \;\underbrace{-\;\sum_{o \neq i} \frac{y_o}{\hat y_o}\,(-\hat y_o \hat y_i)}_{o \neq i}
//   = -y_i(1 - \hat y_i) + \sum_{o \neq i} y_o \hat y_i .$$
//
// Multiplying out the first term gives $y_i \hat y_i - y_i$, and $y_i \hat y_i$ is exactly the term the sum on the right
// is missing (its $o = i$ term). Moving it inside, the sum runs over all $o$:
//
// $$\frac{\partial L}{\partial z_i} = y_i \hat y_i - y_i + \sum_{o \neq i} y_o \hat y_i = -y_i + \sum_o y_o \hat y_i
//   = \hat y_i \sum_o y_o - y_i .$$
//
// Each intermediate line, evaluated for our example. These are the same few products added in different orders, so
// they agree to the rounding of a few operations on numbers below 1: tolerance $10^{-13}$.

// %%
double sumY = y[0] + y[1] + y[2];
for (int i = 0; i < 3; i++) {
    double termSame = 0.0 - y[i] * (1 - yHat[i]);            // o = i
    double termOthers = 0;                                     // o ≠ i
    for (int o = 0; o < 3; o++) if (o != i) termOthers += y[o] * yHat[i];
    double merged = -y[i] + yHat[i] * sumY;
    System.out.println(Format.of("i = %d: o = i term %+.6f, o ≠ i terms %+.6f, sum %+.6f, ŷ_i Σy_o − y_i = %+.6f",
                                 i, termSame, termOthers, termSame + termOthers, merged));
    Check.close(Format.of("i = %d: the split sum equals the chained gradient", i), termSame + termOthers, chained[i], 1e-13);
    Check.close(Format.of("i = %d: ŷ_i Σ_o y_o − y_i equals the chained gradient", i), merged, chained[i], 1e-13);
}

// %% [markdown]
// ## 10. Where $\sum_o y_o = 1$ comes in
//
// $\sum_o y_o$ adds up the entries of the one-hot target: exactly one of them is 1, so the sum is 1 and the result
// collapses to
//
// $$\boxed{\;\frac{\partial L}{\partial z_i} = \hat y_i - y_i\;}$$
//
// The library's `CrossEntropy.gradient(ŷ, y)` computes exactly this. It is checked here for our example and then for
// 200 random examples (seeded) with 2 to 6 classes, logits in $[-5, 5]$ and a random true class, each against the
// finite difference of $L(z)$.

// %%
double[] simple = CrossEntropy.gradient(yHat, y);
Check.close("ŷ − y = " + Format.vector(simple) + " equals the numerical gradient", simple, numericDz, 1e-9);

Random rng2 = new Random(7);
double worstRandom = 0;
for (int t = 0; t < 200; t++) {
    int K = 2 + rng2.nextInt(5);
    double[] v = new double[K];
    for (int o = 0; o < K; o++) v[o] = -5 + 10 * rng2.nextDouble();
    double[] target = CrossEntropy.oneHot(rng2.nextInt(K), K);
    worstRandom = Math.max(worstRandom, Check.maxAbsDiff(CrossEntropy.gradient(Softmax.softmax(v), target), numericGradient(v, target)));
}
Check.close("ŷ − y equals the numerical gradient on 200 random one-hot examples (largest difference)", worstRandom, 0, 1e-8);

// %% [markdown]
// ## 11. A target that is not one-hot
//
// The derivation used one-hotness only in that last step, so the general line
// $\frac{\partial L}{\partial z_i} = \hat y_i \sum_o y_o - y_i$ holds for *any* target $y$. Two cases:
//
// * A soft target that still sums to 1, e.g. label smoothing $y = (0.1, 0.8, 0.1)$: $\sum_o y_o = 1$, so $\hat y - y$
//   is still right.
// * A target that does not sum to 1, e.g. $y = (0, 1, 1)$ (the example belongs to two classes at once) or
//   $y = (0, 0.5, 0)$: now $\hat y - y$ is wrong by $\hat y_i\,(\sum_o y_o - 1)$, and only the general form is
//   right.
//
// `CrossEntropy.gradientGeneral(z, y)` implements the general form; both are compared with the finite difference:

// %%
double[][] targets = {{0.1, 0.8, 0.1}, {0.0, 1.0, 1.0}, {0.0, 0.5, 0.0}};
for (double[] target : targets) {
    double[] numeric = numericGradient(z, target);
    double[] general = CrossEntropy.gradientGeneral(z, target);
    double[] naiveGrad = CrossEntropy.gradient(yHat, target);
    double sumT = target[0] + target[1] + target[2];
    System.out.println(Format.of("y = %s, Σy_o = %.1f: general %s, ŷ − y %s", Format.vector(target), sumT, Format.vector(general), Format.vector(naiveGrad)));
    Check.close("ŷ_i Σ_o y_o − y_i equals the numerical gradient", general, numeric, 1e-8);
    boolean naiveRight = Check.maxAbsDiff(naiveGrad, numeric) < 1e-8;
    Check.that(Format.of("ŷ − y is %s here (largest difference %.3f), because Σ_o y_o %s 1",
            naiveRight ? "right" : "wrong", Check.maxAbsDiff(naiveGrad, numeric), naiveRight ? "=" : "≠"), naiveRight == (Math.abs(sumT - 1) < 1e-12));
}

// %% [markdown]
// ## 12. Picture: the gradient $\hat y - y$ for a few examples
//
// Three examples whose true class is class 0 ($y = (1, 0, 0)$). The gradient is the signal that flows back into
// the network: gradient descent moves each $z_i$ *against* it. It is negative only at the true class (push $z_0$ up),
// positive at the others (push them down), always between $-1$ and $1$, and its entries add up to zero (to the
// rounding of three terms below 1, $10^{-15}$). The more wrong the network, the larger the push; a confident right
// answer gets almost none.

// %%
String[] exampleNames = {"confident and right, z = (4, 0, −1)", "unsure, z = (0.5, 0.3, 0)", "confident and wrong, z = (−1, 4, 0)"};
double[][] logits = {{4, 0, -1}, {0.5, 0.3, 0}, {-1, 4, 0}};
double[] truth = CrossEntropy.oneHot(0, 3);
String[] classes = {"i = 0 (true class)", "i = 1", "i = 2"};

var bars = new tech.tablesaw.plotly.traces.Trace[logits.length];
for (int e = 0; e < logits.length; e++) {
    double[] g = CrossEntropy.gradient(Softmax.softmax(logits[e]), truth);
    bars[e] = tech.tablesaw.plotly.traces.BarTrace.builder(classes, g).name(exampleNames[e]).build();
    Check.that(Format.of("%s: L = %.4f, ŷ − y = %s is negative only at the true class and lies in [−1, 1]",
            exampleNames[e], lossOf(logits[e], truth), Format.vector(g)), g[0] <= 0 && g[1] >= 0 && g[2] >= 0 && g[0] >= -1);
    Check.close("  and its entries sum to 0", g[0] + g[1] + g[2], 0, 1e-15);
}
Layout barLayout = Layout.builder().title("Gradient ∂L/∂z_i = ŷ_i − y_i, true class 0").barMode(Layout.BarMode.GROUP)
    .showLegend(true).height(400)
    .xAxis(Axis.builder().title("output neuron i").build())
    .yAxis(Axis.builder().title("∂L/∂z_i").build()).build();
show(new Figure(barLayout, bars));

// %% [markdown]
// ## 13. A shorter route, the stable loss, and the curvature
//
// **The shortcut.** Write the loss with $\ln \hat y_o = z_o - \ln \sum_k e^{z_k}$:
//
// $$L = -\sum_o y_o \ln \hat y_o = \Bigl(\sum_o y_o\Bigr) \ln \sum_k e^{z_k} - \sum_o y_o z_o .$$
//
// Differentiating in $z_i$ needs no Jacobian at all: $\partial \ln \sum_k e^{z_k} / \partial z_i = e^{z_i}/\sum_k e^{z_k}
// = \hat y_i$, and $\partial \sum_o y_o z_o / \partial z_i = y_i$, so
//
// $$\frac{\partial L}{\partial z_i} = \hat y_i \sum_o y_o - y_i ,$$
//
// the blog's general line of §9 in one step. For the three targets of §11 it must equal the blog's route (the chain
// through $J$); the two compute the same numbers in a different order, so they agree to $10^{-13}$.
//
// **The stable loss.** The same form is how the loss should be computed: with $m = \max_k z_k$,
// $\ln \sum_k e^{z_k} = m + \ln \sum_k e^{z_k - m}$, which never overflows, and no $\ln$ of a tiny $\hat y_o$ is taken.
// For $z = (1000, 999, 0)$ and true class 2, $\hat y_2$ underflows to 0 and $-\ln \hat y_2 = \infty$, while the stable
// form gives the right, finite value $1000 + \ln(1 + e^{-1}) \approx 1000.3133$. The library's `Network.loss` computes
// the loss this way, straight from the logits.
//
// **The curvature.** Differentiating $\partial L/\partial z_i = \hat y_i \sum_o y_o - y_i$ once more in $z_{i'}$ gives
// $(\sum_o y_o)\, \partial \hat y_i / \partial z_{i'} = (\sum_o y_o) J_{i i'}$: for a one-hot target the **Hessian of
// $L$ in $z$ is the softmax Jacobian** $J = \operatorname{diag}(\hat y) - \hat y \hat y^{\top}$. It is positive
// semidefinite: $v^{\top} J v = \sum_o \hat y_o v_o^2 - (\sum_o \hat y_o v_o)^2$ is the variance of $v$ under the
// distribution $\hat y$, never negative. So $L$ is convex in $z$: along any line in logit space it curves upwards. We
// check the Hessian against second differences of $L$ (step $10^{-4}$: truncation $\sim 10^{-8}$, rounding
// $\sim 10^{-16}/10^{-8} = 10^{-8}$, tolerance $10^{-6}$), and $v^\top J v \ge 0$ for 1000 random directions.

// %%
for (double[] target : targets) {
    double[] jacobianRoute = new double[3];
    for (int i = 0; i < 3; i++)
        for (int o = 0; o < 3; o++) if (target[o] != 0) jacobianRoute[i] += J[o][i] * (-target[o] / yHat[o]);
    Check.close("y = " + Format.vector(target) + ": the shortcut ŷ_i Σ_o y_o − y_i equals the chain through J",
            CrossEntropy.gradientGeneral(z, target), jacobianRoute, 1e-13);
}

double literalLoss = -Math.log(Softmax.softmax(huge)[2]);
double m = Arrays.stream(huge).max().getAsDouble();
double stableLoss = m + Math.log(Arrays.stream(huge).map(v -> Math.exp(v - m)).sum()) - huge[2];   // ln Σ_k e^z_k − z_2
System.out.println(Format.of("z = (1000, 999, 0), class 2: −ln ŷ₂ = %s, stable form = %.4f", literalLoss, stableLoss));
Check.that("the literal −ln ŷ₂ is infinite: ŷ₂ underflows to 0", Double.isInfinite(literalLoss));
Check.close("the stable form gives 1000 + ln(1 + e^−1)", stableLoss, 1000 + Math.log(1 + Math.exp(-1)), 1e-13);

double step = 1e-4;
double[][] hessian = new double[3][3];
for (int i = 0; i < 3; i++)
    for (int k = 0; k < 3; k++) {
        double[] pp = z.clone(), pm = z.clone(), mp = z.clone(), mm = z.clone();
        pp[i] += step; pp[k] += step;  pm[i] += step; pm[k] -= step;
        mp[i] -= step; mp[k] += step;  mm[i] -= step; mm[k] -= step;
        hessian[i][k] = (lossOf(pp, y) - lossOf(pm, y) - lossOf(mp, y) + lossOf(mm, y)) / (4 * step * step);
    }
Check.close("the Hessian of L in z (second differences) equals J = diag(ŷ) − ŷŷᵀ", hessian, J, 1e-6);
Random rng3 = new Random(11);
double lowest = Double.MAX_VALUE;
for (int t = 0; t < 1000; t++) {
    double[] v = {rng3.nextGaussian(), rng3.nextGaussian(), rng3.nextGaussian()};
    double vJv = 0;
    for (int i = 0; i < 3; i++) for (int k = 0; k < 3; k++) vJv += v[i] * J[i][k] * v[k];
    lowest = Math.min(lowest, vJv);
}
Check.that(Format.of("vᵀJv ≥ 0 for 1000 random directions v (smallest %.2e, up to rounding −1e-15): L is convex in z", lowest), lowest > -1e-15);

// %% [markdown]
// ## Summary
//
// | step | result | checked in |
// |---|---|---|
// | softmax | $\hat y_o = e^{z_o} / \sum_k e^{z_k}$ is a distribution, shift invariant | §1–§4 |
// | case 1, $i = o$ | $\partial \hat y_o / \partial z_o = \hat y_o(1-\hat y_o)$ | §5 |
// | case 2, $i \ne o$ | $\partial \hat y_o / \partial z_i = -\hat y_o \hat y_i$ | §5 |
// | cross-entropy | $\partial L / \partial \hat y_o = -y_o / \hat y_o$ (no sum: the blog's slip) | §7 |
// | chain, split at $o = i$ | $\nabla_z L = J^\top \nabla_{\hat y} L$, $\partial L / \partial z_i = \hat y_i \sum_o y_o - y_i$ | §8–§9, §11 |
// | one-hot $y$ | $\partial L / \partial z_i = \hat y_i - y_i$ | §10 |
// | shortcut, stability, curvature | $L = (\sum_o y_o)\ln\sum_k e^{z_k} - \sum_o y_o z_o$; Hessian $= J \succeq 0$ | §13 |
//
// This $\hat y - y$ is the error signal $\delta$ of the output layer, where backpropagation starts:
// [02 — backpropagation by hand](02-backprop-by-hand.ipynb).
//
// ## Exercises
//
// **Exercise 1 — two classes are a logistic function.** With $K = 2$ and $z = (0, t)$, show that
// $\hat y_1 = 1/(1+e^{-t})$, the logistic function of notebook 00, and that the Jacobian entry
// $\hat y_1(1-\hat y_1)$ is its derivative. Check both for $t$ from $-5$ to $5$.
//
// *Hint:* divide numerator and denominator of $e^{t}/(e^0 + e^t)$ by $e^t$; `Activation.SIGMOID` is the logistic
// function.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double worstValue = 0, worstSlope = 0;
for (double t = -5; t <= 5; t += 0.25) {
    double[] p = Softmax.softmax(new double[] {0, t});
    worstValue = Math.max(worstValue, Math.abs(p[1] - Activation.SIGMOID.apply(t)));
    worstSlope = Math.max(worstSlope, Math.abs(Softmax.jacobian(new double[] {0, t})[1][1] - Activation.SIGMOID.derivative(t)));
}
Check.close("softmax(0, t)₁ is the logistic function of t (largest difference)", worstValue, 0, 1e-13);
Check.close("and J₁₁ = ŷ₁(1 − ŷ₁) is its derivative (largest difference)", worstSlope, 0, 1e-13);
// END SOLUTION

// %% [markdown]
// **Exercise 2 — underflow.** Feed the literal formula of §3 the logits $(-1000, -1001, -1002)$. What goes wrong now,
// and does the library still get it right?
//
// *Hint:* $e^{-1000}$ is below the smallest positive double.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double[] tiny = {-1000, -1001, -1002};
double tinySum = Math.exp(tiny[0]) + Math.exp(tiny[1]) + Math.exp(tiny[2]);          // 0: every term underflows
double literal0 = Math.exp(tiny[0]) / tinySum;                                       // 0/0
double e1 = Math.exp(-1), e2 = Math.exp(-2);
Check.that("the literal formula gives 0/0 = NaN: every e^z underflows to 0", tinySum == 0 && Double.isNaN(literal0));
Check.close("the library subtracts the maximum and gets (1, e^−1, e^−2)/(1 + e^−1 + e^−2)", Softmax.softmax(tiny),
        new double[] {1 / (1 + e1 + e2), e1 / (1 + e1 + e2), e2 / (1 + e1 + e2)}, 1e-13);
// END SOLUTION

// %% [markdown]
// **Exercise 3 — label smoothing.** With the smoothed target $y = (1 - \varepsilon, \varepsilon/2, \varepsilon/2)$,
// $\varepsilon = 0.2$, at the "confident and right" logits $z = (4, 0, -1)$ of §12: is the gradient still $\hat y - y$,
// and which way does it push $z_0$ now?
//
// *Hint:* $\sum_o y_o = 1$ still. Compare $\hat y_0$ with $1 - \varepsilon$.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double[] smooth = {0.8, 0.1, 0.1}, confident = {4, 0, -1};
double[] gSmooth = CrossEntropy.gradient(Softmax.softmax(confident), smooth);
System.out.println("ŷ = " + Format.vector(Softmax.softmax(confident)) + ", ŷ − y = " + Format.vector(gSmooth));
Check.close("ŷ − y is still the gradient (Σ_o y_o = 1)", gSmooth, numericGradient(confident, smooth), 1e-8);
Check.that("ŷ₀ = 0.976 > 0.8, so the gradient at z₀ is positive: smoothing pushes an over-confident logit down", gSmooth[0] > 0);
// END SOLUTION
