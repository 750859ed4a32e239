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
// # 01 — Softmax and its derivative
//
// *Reading time: about 25 minutes, plus 5 for "Going deeper" at the end.*
//
// The output layer turns its logits $z_o$ into probabilities with softmax, and training lowers the cross-entropy loss
// $L$ (notebook 00). The backward step starts with $\partial L/\partial z_i$ for every output neuron $i$. This notebook
// derives it the way the blog does, one step at a time, and checks each step with numbers. The destination is a
// strikingly simple result:
//
// $$\frac{\partial L}{\partial z_i} = \hat y_i - y_i .$$
//
// **Where this is in the blog:** [*Derivative of the softmax function*](http://edgeofabandon.blogspot.com/2016/12/derivative-of-cross-entropy-loss-with.html):
// the softmax function (§1–§4 here), the two cases of $\partial \hat y_o/\partial z_i$ (§5, §6), the cross-entropy and
// the chain through the outputs (§7, §8), splitting the sum and $\sum_o y_o = 1$ (§9–§11). Notation as in notebook 00;
// $i$ is the logit we differentiate by.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. The softmax function
//
// For output neurons $o = 0,\dots,K-1$ with logits $z_o$,
//
// $$\hat y_o = \frac{e^{z_o}}{\sum_k e^{z_k}},$$
//
// where $k$ runs over all $K$ outputs. An example with $K = 3$, by hand and with the library:

// %%
double[] z = {2.0, 1.0, 0.1};
double denom = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
double[] byHand = {Math.exp(z[0]) / denom, Math.exp(z[1]) / denom, Math.exp(z[2]) / denom};
double[] yHat = Softmax.softmax(z);
System.out.println("by hand: " + Format.vector(byHand) + "\nlibrary: " + Format.vector(yHat));
Check.close("Softmax.softmax equals e^z_o / Σ_k e^z_k", yHat, byHand, 1e-12);

// %% [markdown]
// ## 2. Why the outputs form a probability distribution
//
// Three facts, each one line of algebra:
//
// * **Every output lies in $(0,1)$.** $e^{z_o} > 0$, so numerator and denominator are positive, and the denominator
//   holds the numerator plus further positive terms (when $K \ge 2$).
// * **The outputs add up to one.** $\sum_o \hat y_o = \sum_o e^{z_o} / \sum_k e^{z_k} = 1$: the same sum above and below.
// * **Adding a constant $c$ to every $z$ changes nothing.** $\frac{e^{z_o + c}}{\sum_k e^{z_k + c}} =
//   \frac{e^{c} e^{z_o}}{e^{c}\sum_k e^{z_k}} = \hat y_o$. Only differences between the logits matter.
//
// Checked on 1,000 random logit vectors of 2 to 6 entries in $[-10, 10]$. The library subtracts $\max_k z_k$ before
// exponentiating (§3), so shifting *its* input would compare it with itself; the shift is tested with the literal
// formula instead, on $z + c$ for a random $c \in [-20, 20]$, against the library on $z$.

// %%
double[] literalSoftmax(double[] v) {
    double s = 0;
    for (double vk : v) s += Math.exp(vk);
    double[] p = new double[v.length];
    for (int o = 0; o < v.length; o++) p[o] = Math.exp(v[o]) / s;
    return p;
}

Random rng = new Random(42);
double worstSum = 0, worstShift = 0, smallest = 1, largest = 0;
for (int t = 0; t < 1000; t++) {
    double[] v = new double[2 + rng.nextInt(5)], shifted = new double[v.length];
    double c = -20 + 40 * rng.nextDouble();
    for (int o = 0; o < v.length; o++) { v[o] = -10 + 20 * rng.nextDouble(); shifted[o] = v[o] + c; }
    double[] p = Softmax.softmax(v);
    double s = 0;
    for (double q : p) { s += q; smallest = Math.min(smallest, q); largest = Math.max(largest, q); }
    worstSum = Math.max(worstSum, Math.abs(s - 1));
    worstShift = Math.max(worstShift, Check.maxAbsDiff(p, literalSoftmax(shifted)));
}
Check.that(Format.of("all outputs lie in (0,1) (smallest %.1e, largest %.9f) and add up to 1 (worst %.1e)", smallest, largest, worstSum),
        smallest > 0 && largest < 1 && worstSum < 1e-12);
Check.close("the literal formula on z + c equals the library on z", worstShift, 0, 1e-12);

// %% [markdown]
// ## 3. The stable implementation
//
// Written literally, the formula breaks long before the mathematics does: a double holds at most about
// $1.8\cdot 10^{308}$, so $e^{z}$ overflows to $\infty$ for $z > 709.78$, and $\infty/\infty$ is `NaN`. Shift
// invariance is the cure: subtract $\max_k z_k$ from every $z$ first. The largest exponent becomes $e^0 = 1$, nothing
// overflows, and the outputs are unchanged. For $z = (1000, 999, 0)$ the shifted logits are $(0, -1, -1000)$, and the
// exact answer is $\bigl(\frac{1}{1+e^{-1}}, \frac{e^{-1}}{1+e^{-1}}, \approx e^{-1000}\bigr)$, the last far below the
// smallest double, so 0.

// %%
double[] huge = {1000.0, 999.0, 0.0};
double[] naive = literalSoftmax(huge), stable = Softmax.softmax(huge);
System.out.println("literal: " + Arrays.toString(naive) + "\nstable : " + Format.vector(stable));
double[] exact = {1 / (1 + Math.exp(-1)), Math.exp(-1) / (1 + Math.exp(-1)), 0.0};
Check.that("the literal formula gives NaN for z = (1000, 999, 0): e^1000 overflows", Double.isNaN(naive[0]));
Check.close("the library gives the exact values", stable, exact, 1e-12);

// %% [markdown]
// ## 4. Picture: one logit sweeps
//
// Hold $z_1 = 0$ and $z_2 = 1$ and move $z_0$ from $-6$ to $6$. $\hat y_0$ rises along an S-curve and takes its
// probability from the other two, which keep their ratio: $\hat y_1 / \hat y_2 = e^{z_1 - z_2} = e^{-1}$ whatever $z_0$.

// %%
int steps = 121;
double[] z0s = new double[steps];
double[][] sweep = new double[3][steps];
double worstRatio = 0;
for (int s = 0; s < steps; s++) {
    z0s[s] = -6 + 0.1 * s;
    double[] p = Softmax.softmax(new double[] {z0s[s], 0.0, 1.0});
    for (int o = 0; o < 3; o++) sweep[o][s] = p[o];
    worstRatio = Math.max(worstRatio, Math.abs(p[1] / p[2] - Math.exp(-1)));
}
Map<String, double[]> curves = new LinkedHashMap<>();
for (int o = 0; o < 3; o++) curves.put("ŷ" + "₀₁₂".charAt(o), sweep[o]);
show(Curves.lines("Softmax outputs as z₀ sweeps (z₁ = 0, z₂ = 1)", "z₀", "ŷ_o", z0s, curves));
Check.close("ŷ₁/ŷ₂ stays e^−1 at all 121 points", worstRatio, 0, 1e-12);

// %% [markdown]
// ## 5. The derivative of softmax, case by case
//
// The loss depends on $z_i$ only through the outputs, and *every* output depends on $z_i$ (through the shared
// denominator), so the chain rule runs over all outputs $o$:
//
// $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}.$$
//
// (The blog writes this product without the sum, and puts a sum into $\partial L/\partial \hat y_o$ instead; see §7.)
// First the second factor. Write $S = \sum_k e^{z_k}$, so $\hat y_o = e^{z_o} S^{-1}$ and $\partial S/\partial z_i =
// e^{z_i}$. The numerator $e^{z_o}$ depends on $z_i$ only if $i = o$: two cases.
//
// **Case 1, $i = o$.** Both numerator and $S$ depend on $z_o$; the product rule gives
//
// $$\frac{\partial \hat y_o}{\partial z_o} = e^{z_o} S^{-1} + e^{z_o}\left(-S^{-2}\right) e^{z_o}
//   = \frac{e^{z_o}}{S} - \left(\frac{e^{z_o}}{S}\right)^2 = \hat y_o\,(1 - \hat y_o).$$
//
// **Case 2, $i \neq o$.** Only $S^{-1}$ contains $z_i$:
//
// $$\frac{\partial \hat y_o}{\partial z_i} = e^{z_o}\left(-S^{-2}\right) e^{z_i} = -\hat y_o\,\hat y_i .$$
//
// (The blog prints the left-hand side of case 2 as $\partial \hat y_i / \partial z_i$; what it differentiates is
// $\hat y_o$.) Raising one logit lowers every other output, in proportion to both probabilities. Both cases against
// central differences of softmax:

// %%
double h = 1e-5;

/** Central difference of output o of softmax with respect to z_i. */
double numericDyHat(double[] v, int o, int i) {
    double[] plus = v.clone(), minus = v.clone();
    plus[i] += h;
    minus[i] -= h;
    return (Softmax.softmax(plus)[o] - Softmax.softmax(minus)[o]) / (2 * h);
}

double worstCase1 = 0, worstCase2 = 0;
for (int o = 0; o < 3; o++)
    for (int i = 0; i < 3; i++)
        if (i == o) worstCase1 = Math.max(worstCase1, Math.abs(yHat[o] * (1 - yHat[o]) - numericDyHat(z, o, i)));
        else worstCase2 = Math.max(worstCase2, Math.abs(-yHat[o] * yHat[i] - numericDyHat(z, o, i)));
Check.close("case 1: ŷ_o(1 − ŷ_o) equals the finite difference for o = 0, 1, 2", worstCase1, 0, 1e-8);
Check.close("case 2: −ŷ_o ŷ_i equals the finite difference for all six pairs i ≠ o", worstCase2, 0, 1e-8);

// %% [markdown]
// ## 6. The whole Jacobian
//
// Both cases in one formula, with $[i = o]$ equal to 1 when $i = o$ and 0 otherwise:
//
// $$J_{oi} = \frac{\partial \hat y_o}{\partial z_i} = \hat y_o\,\bigl([i = o] - \hat y_i\bigr),
//   \qquad J = \operatorname{diag}(\hat y) - \hat y\,\hat y^{\top}.$$
//
// $J$ is symmetric, and each column sums to zero: the outputs always add up to 1, so their total cannot change.
// `Softmax.jacobian` returns this matrix; the numerical Jacobian nudges $z_i$ and differences the whole output vector,
// which gives column $i$.

// %%
double[][] J = Softmax.jacobian(z);
double[][] numericJ = new double[3][3];
for (int o = 0; o < 3; o++)
    for (int i = 0; i < 3; i++) numericJ[o][i] = numericDyHat(z, o, i);
for (int o = 0; o < 3; o++) System.out.println("J[" + o + "] = " + Format.vector(J[o]));
Check.close("Softmax.jacobian equals the numerical Jacobian", J, numericJ, 1e-8);

// %% [markdown]
// ## 7. Cross-entropy and $\partial L / \partial \hat y_o$
//
// For one training example the cross-entropy loss is $L = -\sum_o y_o \ln \hat y_o$, where $y$ is the one-hot target:
// $y_o = 1$ for the true class and 0 for the others. (The blog says "if $y_o = 1$ then all other $y_j = 0$ where
// $i \neq o$", mixing three letters; it means $y_{o'} = 0$ for every $o' \neq o$.) Take the true class to be 1,
// $y = (0, 1, 0)$, while the network prefers class 0. Treating the $\hat y_o$ as independent variables, only one term
// of the sum contains $\hat y_o$:
//
// $$\frac{\partial L}{\partial \hat y_o} = -\frac{y_o}{\hat y_o}.$$
//
// **A slip in the blog.** It prints $\frac{\partial L}{\partial \hat y_o} = -\sum_o \frac{1}{\hat y_o} y_o$: a sum
// over $o$ inside a derivative with respect to one particular $\hat y_o$. The sum belongs one step later, in the chain
// rule over all outputs (§8). Below, $L$ as a function of the logits (`lossOf`) against the library's loss, and the
// derivative against central differences.

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
double[] dLdyHat = new double[3];
double worstDy = 0;
for (int o = 0; o < 3; o++) {
    dLdyHat[o] = 0.0 - y[o] / yHat[o];
    double[] plus = yHat.clone(), minus = yHat.clone();
    plus[o] += h;
    minus[o] -= h;
    worstDy = Math.max(worstDy, Math.abs(dLdyHat[o] - (CrossEntropy.loss(plus, y) - CrossEntropy.loss(minus, y)) / (2 * h)));
}
System.out.println(Format.of("L = −ln ŷ₁ = %.6f, ∂L/∂ŷ = %s", L, Format.vector(dLdyHat)));
Check.close("lossOf(z, y) equals the library's CrossEntropy.loss(ŷ, y)", L, CrossEntropy.loss(yHat, y), 1e-12);
Check.close("∂L/∂ŷ_o = −y_o/ŷ_o equals the finite difference for o = 0, 1, 2", worstDy, 0, 1e-8);

// %% [markdown]
// ## 8. The chain through the Jacobian
//
// The two factors together, summed over all outputs:
//
// $$\frac{\partial L}{\partial z_i} = \sum_o \frac{\partial L}{\partial \hat y_o}\,\frac{\partial \hat y_o}{\partial z_i}
//   = -\sum_o \frac{y_o}{\hat y_o}\, J_{oi}, \qquad\text{i.e.}\quad \nabla_z L = J^{\top} \nabla_{\hat y} L .$$
//
// Computed with the Jacobian of §6 and checked against central differences of $L(z)$ itself:

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
Check.close("Σ_o J_oi ∂L/∂ŷ_o equals the numerical ∂L/∂z_i", chained, numericDz, 1e-8);

// %% [markdown]
// ## 9. Splitting the sum at $o = i$
//
// Substitute the two cases: the term $o = i$ uses case 1, all other terms case 2.
//
// $$\frac{\partial L}{\partial z_i}
//   = \underbrace{-\frac{y_i}{\hat y_i}\,\hat y_i(1 - \hat y_i)}_{o = i}
//     \;\underbrace{-\;\sum_{o \neq i} \frac{y_o}{\hat y_o}\,(-\hat y_o \hat y_i)}_{o \neq i}
//   = -y_i(1 - \hat y_i) + \sum_{o \neq i} y_o \hat y_i .$$
//
// Multiplying out the first term gives $y_i \hat y_i - y_i$, and $y_i \hat y_i$ is exactly the $o = i$ term the sum on
// the right is missing. Moving it inside, the sum runs over all $o$:
//
// $$\frac{\partial L}{\partial z_i} = -y_i + \sum_o y_o \hat y_i = \hat y_i \sum_o y_o - y_i .$$
//
// Both lines for our example, against the chain of §8:

// %%
double sumY = y[0] + y[1] + y[2];
double[] split = new double[3], merged = new double[3];
for (int i = 0; i < 3; i++) {
    split[i] = 0.0 - y[i] * (1 - yHat[i]);                           // o = i
    for (int o = 0; o < 3; o++) if (o != i) split[i] += y[o] * yHat[i];  // o ≠ i
    merged[i] = yHat[i] * sumY - y[i];
}
System.out.println("split sum: " + Format.vector(split) + "\nŷ_i Σ y_o − y_i: " + Format.vector(merged));
Check.close("the split sum and ŷ_i Σ_o y_o − y_i both equal the chain through J", new double[][] {split, merged}, new double[][] {chained, chained}, 1e-12);

// %% [markdown]
// ## 10. Where $\sum_o y_o = 1$ comes in
//
// $\sum_o y_o$ adds up the one-hot target: exactly one entry is 1, so the sum is 1 and the result collapses to
//
// $$\boxed{\;\frac{\partial L}{\partial z_i} = \hat y_i - y_i\;}$$
//
// The library's `CrossEntropy.gradient(ŷ, y)` computes this. Checked for our example and for 200 random examples with
// 2 to 6 classes, logits in $[-5, 5]$ and a random true class, each against central differences of $L(z)$:

// %%
double[] simple = CrossEntropy.gradient(yHat, y);
Random rng2 = new Random(7);
double worstRandom = Check.maxAbsDiff(simple, numericDz);
for (int t = 0; t < 200; t++) {
    int K = 2 + rng2.nextInt(5);
    double[] v = new double[K];
    for (int o = 0; o < K; o++) v[o] = -5 + 10 * rng2.nextDouble();
    double[] target = CrossEntropy.oneHot(rng2.nextInt(K), K);
    worstRandom = Math.max(worstRandom, Check.maxAbsDiff(CrossEntropy.gradient(Softmax.softmax(v), target), numericGradient(v, target)));
}
System.out.println("ŷ − y = " + Format.vector(simple));
Check.close("ŷ − y equals the numerical gradient on our example and 200 random one-hot examples", worstRandom, 0, 1e-8);

// %% [markdown]
// ## 11. A target that is not one-hot
//
// The derivation used one-hotness only in that last step, so $\frac{\partial L}{\partial z_i} = \hat y_i \sum_o y_o -
// y_i$ holds for *any* target. Two kinds:
//
// * **Label smoothing** replaces the one-hot target by a softer one that still sums to 1: $1 - \varepsilon$ on the true
//   class and $\varepsilon/(K-1)$ on each other one, e.g. $y = (0.1, 0.8, 0.1)$ for $\varepsilon = 0.2$. It stops the
//   network from pushing the true class's probability all the way to 1. Here $\sum_o y_o = 1$, so $\hat y - y$ is still
//   right.
// * A target that does not sum to 1, e.g. $y = (0, 1, 1)$ (an example of two classes at once) or $y = (0, 0.5, 0)$:
//   now $\hat y - y$ is wrong by $\hat y_i(\sum_o y_o - 1)$, and only the general form is right.
//
// `CrossEntropy.gradientGeneral(z, y)` implements the general form. The prediction, before we measure: the general
// form always matches the finite difference; $\hat y - y$ matches exactly when $\sum_o y_o = 1$.

// %%
double[][] targets = {{0.1, 0.8, 0.1}, {0.0, 1.0, 1.0}, {0.0, 0.5, 0.0}};
double worstGeneral = 0;
boolean naiveAsPredicted = true;
for (double[] target : targets) {
    double[] numeric = numericGradient(z, target), naiveGrad = CrossEntropy.gradient(yHat, target);
    double sumT = target[0] + target[1] + target[2], naiveOff = Check.maxAbsDiff(naiveGrad, numeric);
    worstGeneral = Math.max(worstGeneral, Check.maxAbsDiff(CrossEntropy.gradientGeneral(z, target), numeric));
    System.out.println(Format.of("y = %s, Σ y_o = %.1f: ŷ − y is off by %.3f", Format.vector(target), sumT, naiveOff));
    naiveAsPredicted &= (naiveOff < 1e-8) == (Math.abs(sumT - 1) < 1e-12);
}
Check.close("the general form ŷ_i Σ_o y_o − y_i equals the numerical gradient for all three targets", worstGeneral, 0, 1e-8);
Check.that("ŷ − y is right exactly for the target that sums to 1", naiveAsPredicted);

// %% [markdown]
// ## 12. Picture: the gradient $\hat y - y$ for a few examples
//
// Three examples of class 0, $y = (1, 0, 0)$. Gradient descent moves each $z_i$ *against* $\hat y_i - y_i$. The
// gradient is negative only at the true class (push $z_0$ up) and positive at the others (push them down); the more
// wrong the network, the larger the push, and a confident right answer gets almost none.

// %%
String[] exampleNames = {"confident and right, z = (4, 0, −1)", "unsure, z = (0.5, 0.3, 0)", "confident and wrong, z = (−1, 4, 0)"};
double[][] logits = {{4, 0, -1}, {0.5, 0.3, 0}, {-1, 4, 0}};
double[] truth = CrossEntropy.oneHot(0, 3);
String[] classes = {"i = 0 (true class)", "i = 1", "i = 2"};
var bars = new tech.tablesaw.plotly.traces.Trace[logits.length];
for (int e = 0; e < logits.length; e++) {
    double[] g = CrossEntropy.gradient(Softmax.softmax(logits[e]), truth);
    bars[e] = tech.tablesaw.plotly.traces.BarTrace.builder(classes, g).name(exampleNames[e]).build();
    System.out.println(Format.of("%s: L = %.4f, ŷ − y = %s", exampleNames[e], lossOf(logits[e], truth), Format.vector(g)));
}
Layout barLayout = Layout.builder().title("Gradient ∂L/∂z_i = ŷ_i − y_i, true class 0").barMode(Layout.BarMode.GROUP)
    .showLegend(true).height(400)
    .xAxis(Axis.builder().title("output neuron i").build())
    .yAxis(Axis.builder().title("∂L/∂z_i").build()).build();
show(new Figure(barLayout, bars));

// %% [markdown]
// ## Summary
//
// | step | result | in |
// |---|---|---|
// | softmax | $\hat y_o = e^{z_o} / \sum_k e^{z_k}$ is a distribution; only differences of logits matter | §1–§4 |
// | case 1, $i = o$ | $\partial \hat y_o / \partial z_o = \hat y_o(1-\hat y_o)$ | §5 |
// | case 2, $i \ne o$ | $\partial \hat y_o / \partial z_i = -\hat y_o \hat y_i$ | §5, §6 |
// | cross-entropy | $\partial L / \partial \hat y_o = -y_o / \hat y_o$ (no sum: the blog's slip) | §7 |
// | chain, split at $o = i$ | $\partial L / \partial z_i = \hat y_i \sum_o y_o - y_i$ for any target | §8, §9, §11 |
// | one-hot $y$ | $\partial L / \partial z_i = \hat y_i - y_i$ | §10 |
//
// This $\hat y - y$ is the error signal $\delta$ of the output layer, where backpropagation starts:
// [02 — backpropagation by hand](02-backprop-by-hand.ipynb).
//
// ## Exercises
//
// Write your answer in the cell under the task, run it and the check below it. Solutions are in the appendix at the end.
//
// **Exercise 1 — two classes are a logistic function.** With $K = 2$, softmax depends only on $d = z_1 - z_0$. Derive
// $\hat y_1$ as a function of $d$ alone and code it, without calling `Softmax`.
//
// *Hint:* divide numerator and denominator of $e^{z_1}/(e^{z_0} + e^{z_1})$ by $e^{z_1}$.

// %% tags=["answer-ex1"]
java.util.function.DoubleUnaryOperator yHat1OfD = null;    // your answer: d -> ŷ₁

// %% tags=["check-ex1"]
boolean ex1 = Answer.that("Exercise 1", yHat1OfD, f -> java.util.stream.IntStream.rangeClosed(-40, 40).allMatch(n -> {
            double z0 = 0.3 * n, z1 = 1 - 0.1 * n;
            return Math.abs(f.applyAsDouble(z1 - z0) - Softmax.softmax(new double[] {z0, z1})[1]) < 1e-12;
        }), "the result is the logistic function of notebook 00");

// %% [markdown]
// **Exercise 2 — a softmax that never overflows or underflows.** Write your own softmax that gives the right answer
// for $z = (1000, 999, 0)$ and for $z = (-1000, -1001, -1002)$, where $e^{z}$ underflows to 0 for every entry and the
// literal formula computes $0/0$.
//
// *Hint:* §3.

// %% tags=["answer-ex2"]
java.util.function.UnaryOperator<double[]> mySoftmax = null;    // your answer: z -> ŷ

// %% tags=["check-ex2"]
double[][] hard = {{1000, 999, 0}, {-1000, -1001, -1002}, {2, 1, 0.1}, {-750, 0, 750, 5}};
boolean ex2 = Answer.that("Exercise 2", mySoftmax,
        f -> Arrays.stream(hard).allMatch(v -> Check.maxAbsDiff(f.apply(v), Softmax.softmax(v)) < 1e-12),
        "subtract the largest logit from every logit before exponentiating");

// %% [markdown]
// **Exercise 3 — label smoothing.** With the smoothed target $y = (0.8, 0.1, 0.1)$ at the "confident and right"
// logits $z = (4, 0, -1)$ of §12, compute $\partial L/\partial z$. Which way does it push $z_0$ now?
//
// *Hint:* $\sum_o y_o = 1$ still; compare $\hat y_0$ with $0.8$.

// %% tags=["answer-ex3"]
double[] smoothGradient = null;    // your answer: ∂L/∂z

// %% tags=["check-ex3"]
boolean ex3 = Answer.close("Exercise 3", smoothGradient, numericGradient(new double[] {4, 0, -1}, new double[] {0.8, 0.1, 0.1}),
        1e-8, "§11: the gradient for a target that sums to 1");

// %% [markdown]
// ## Going deeper: a shorter route, the stable loss, and the curvature
//
// **The shortcut.** Write the loss with $\ln \hat y_o = z_o - \ln \sum_k e^{z_k}$:
//
// $$L = -\sum_o y_o \ln \hat y_o = \Bigl(\sum_o y_o\Bigr) \ln \sum_k e^{z_k} - \sum_o y_o z_o .$$
//
// Differentiating needs no Jacobian: $\partial \ln \sum_k e^{z_k} / \partial z_i = e^{z_i}/\sum_k e^{z_k} = \hat y_i$
// and $\partial \sum_o y_o z_o / \partial z_i = y_i$, so $\partial L/\partial z_i = \hat y_i \sum_o y_o - y_i$: the
// blog's general line of §9 in one step.
//
// **The stable loss.** The same form is how the loss should be computed: with $m = \max_k z_k$,
// $\ln \sum_k e^{z_k} = m + \ln \sum_k e^{z_k - m}$ never overflows, and no logarithm of a tiny $\hat y_o$ is taken. For
// $z = (1000, 999, 0)$ and true class 2, $\hat y_2$ underflows to 0 and $-\ln \hat y_2 = \infty$, while the stable form
// gives $1000 + \ln(1 + e^{-1}) \approx 1000.3133$. The library's `Network.loss` computes the loss this way.

// %%
double worstShortcut = 0;
for (double[] target : targets) {
    double[] jacobianRoute = new double[3];
    for (int i = 0; i < 3; i++)
        for (int o = 0; o < 3; o++) if (target[o] != 0) jacobianRoute[i] += J[o][i] * (-target[o] / yHat[o]);
    worstShortcut = Math.max(worstShortcut, Check.maxAbsDiff(CrossEntropy.gradientGeneral(z, target), jacobianRoute));
}
Check.close("for the three targets of §11 the shortcut equals the chain through J", worstShortcut, 0, 1e-12);
double literalLoss = -Math.log(Softmax.softmax(huge)[2]);
double m = Arrays.stream(huge).max().getAsDouble();
double stableLoss = m + Math.log(Arrays.stream(huge).map(v -> Math.exp(v - m)).sum()) - huge[2];   // ln Σ_k e^z_k − z_2
System.out.println(Format.of("z = (1000, 999, 0), class 2: −ln ŷ₂ = %s, stable form = %.4f", literalLoss, stableLoss));
Check.close("the stable form gives 1000 + ln(1 + e^−1) where −ln ŷ₂ is infinite", stableLoss, 1000 + Math.log(1 + Math.exp(-1)), 1e-12);

// %% [markdown]
// **The curvature.** Differentiating $\partial L/\partial z_i = \hat y_i \sum_o y_o - y_i$ once more in $z_{i'}$ gives
// $(\sum_o y_o)\, J_{i i'}$: for a one-hot target the **Hessian of $L$ in $z$ is the softmax Jacobian**
// $J = \operatorname{diag}(\hat y) - \hat y \hat y^{\top}$. It is positive semidefinite: $v^{\top} J v = \sum_o \hat y_o
// v_o^2 - (\sum_o \hat y_o v_o)^2$ is the variance of $v$ under the distribution $\hat y$, never negative. So $L$ is
// convex in $z$. The Hessian against second differences of $L$ (step $10^{-4}$: truncation $\sim 10^{-8}$, rounding
// $\sim 10^{-16}/10^{-8}$, tolerance $10^{-6}$), and $v^\top J v$ against the variance of $v$ under $\hat y$ for 1,000
// random directions.

// %%
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
double worstVariance = 0;
for (int t = 0; t < 1000; t++) {
    double[] v = {rng3.nextGaussian(), rng3.nextGaussian(), rng3.nextGaussian()};
    double vJv = 0, mean = 0, meanSquare = 0;
    for (int i = 0; i < 3; i++) { mean += yHat[i] * v[i]; meanSquare += yHat[i] * v[i] * v[i]; }
    for (int i = 0; i < 3; i++) for (int k = 0; k < 3; k++) vJv += v[i] * J[i][k] * v[k];
    worstVariance = Math.max(worstVariance, Math.abs(vJv - (meanSquare - mean * mean)));
}
Check.close("vᵀJv is the variance of v under ŷ, so never negative: L is convex in z", worstVariance, 0, 1e-12);

// %% [markdown]
// ## Solutions
//
// Each cell below is a drop-in replacement for the answer cell of its exercise.

// %% tags=["solution-ex1"] jupyter={"source_hidden": true, "outputs_hidden": true}
java.util.function.DoubleUnaryOperator yHat1OfD = d -> 1 / (1 + Math.exp(-d));    // e^z1/(e^z0 + e^z1) = 1/(e^(z0−z1) + 1)

// %% tags=["solution-ex2"] jupyter={"source_hidden": true, "outputs_hidden": true}
java.util.function.UnaryOperator<double[]> mySoftmax = v -> {
    double max = Arrays.stream(v).max().getAsDouble(), sum = 0;
    double[] p = new double[v.length];
    for (int o = 0; o < v.length; o++) { p[o] = Math.exp(v[o] - max); sum += p[o]; }   // the largest term is e^0 = 1
    for (int o = 0; o < v.length; o++) p[o] /= sum;
    return p;
};

// %% tags=["solution-ex3"] jupyter={"source_hidden": true, "outputs_hidden": true}
double[] smooth = {0.8, 0.1, 0.1};
double[] smoothGradient = CrossEntropy.gradient(Softmax.softmax(new double[] {4, 0, -1}), smooth);
// ŷ₀ ≈ 0.976 > 0.8: the gradient at z₀ is positive, so descent lowers z₀, the over-confident logit.
