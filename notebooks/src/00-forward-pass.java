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
// # 00 — The forward pass
//
// Before differentiating anything we need the thing being differentiated: the map from an input $x$ to the
// network's output $\hat y$. This notebook fixes the notation of the whole series and checks the library against
// arithmetic done by hand.
//
// **Where this is in the blog.** The series follows two posts of a 2016 blog: *Feedforward Artificial Neural Network
// pt2* and [*Derivative of the softmax function*](http://edgeofabandon.blogspot.com/2016/12/derivative-of-cross-entropy-loss-with.html)
// (both in the [December 2016 archive](http://edgeofabandon.blogspot.com/2016/12)).
//
// | blog | here |
// |---|---|
// | pt2, the neuron $z_o = \sum_j z_j w_{j\rightarrow o}$ and $a_j = \sigma(z_j)$ | §2 one neuron, §3 a whole forward pass |
// | pt2, $\sigma'(z_j)$ in the error propagation | §1 three activations and their derivatives |
// | softmax post, $\hat y_o = e^{z_o} / \sum_k e^{z_k}$ | §3 (the output layer), derived in notebook 01 |
//
// ## Notation used in the whole series
//
// | symbol | meaning |
// |---|---|
// | $x_1, x_2$ | the input features (as on the axes of the plots) |
// | $j$ | a hidden neuron; $k$ a neuron of the layer after $j$; $o$ an output neuron; $i$ the output logit we differentiate by |
// | $w_{j\rightarrow k}$, $b_k$ | the weight on the connection from $j$ to $k$, the bias of $k$ |
// | $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$ | a neuron's pre-activation (the blog writes the sum with $z_j$ and no bias) |
// | $a_j = \sigma(z_j)$ | a hidden neuron's activation; $\sigma$ is **any** activation function |
// | logistic | the function $1/(1+e^{-z})$ (the library's `SIGMOID`); we never call it $\sigma$ |
// | $\hat y_o$, $y_o$ | the network's probability for class $o$, and the one-hot target |
// | classes, outputs | counted from 0, as in the code: two classes are 0 and 1, with outputs $\hat y_0, \hat y_1$ |
// | $L$, $\delta_j = \partial L/\partial z_j$ | the cross-entropy loss, the error signal of neuron $j$ |
//
// The first cell loads the library. `Check.that(claim, holds)` and `Check.close(claim, actual, expected, tolerance)`
// print one ✔ line per claim and stop the notebook when a claim is false; `show` draws a plot.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. Three activation functions and their derivatives
//
// Backpropagation needs $\sigma'(z)$ at every hidden neuron, so each activation comes with its derivative:
//
// | activation | $\sigma(z)$ | $\sigma'(z)$ |
// |---|---|---|
// | logistic (`SIGMOID`) | $\dfrac{1}{1+e^{-z}}$ | $\sigma(z)\,\bigl(1-\sigma(z)\bigr)$ |
// | tanh | $\tanh z$ | $1-\tanh^2 z$ |
// | ReLU | $\max(0, z)$ | $1$ if $z>0$, else $0$ |
//
// The logistic and tanh derivatives are written with $\sigma(z)$ itself: once the forward pass has computed
// $a=\sigma(z)$, the derivative costs one multiplication. First the library's functions against these formulas on a
// grid of $z$ values. Both sides evaluate the same formula with the same `Math` functions, so they agree to the
// rounding of a few operations, far below the tolerance $10^{-12}$.

// %%
double[] zs = new double[120];                       // -5.95, -5.85, ..., 5.95 (never exactly 0: ReLU has a kink there)
for (int n = 0; n < zs.length; n++) zs[n] = -5.95 + 0.1 * n;

double worst = 0;
for (double z : zs) {
    worst = Math.max(worst, Math.abs(Activation.SIGMOID.apply(z) - 1 / (1 + Math.exp(-z))));
    worst = Math.max(worst, Math.abs(Activation.TANH.apply(z) - Math.tanh(z)));
    worst = Math.max(worst, Math.abs(Activation.RELU.apply(z) - Math.max(0, z)));
}
Check.close("σ(z) of all three activations matches its formula on " + zs.length + " points", worst, 0, 1e-12);

// %% [markdown]
// Now the derivatives, not against their formulas but against the definition of a derivative. The central
// difference
//
// $$\sigma'(z) \approx \frac{\sigma(z+h)-\sigma(z-h)}{2h}$$
//
// has an error of about $\tfrac{h^2}{6}|\sigma'''(z)|$ from truncation plus about $\varepsilon/h$ from rounding
// ($\varepsilon \approx 10^{-16}$). With $h=10^{-5}$ both are near $10^{-11}$, so a tolerance of $10^{-8}$ leaves a
// wide margin and still catches any wrong formula (a wrong derivative is off by far more than $10^{-8}$ somewhere on
// the grid). For ReLU the grid stays away from the kink at $z=0$, where the derivative does not exist.

// %%
double h = 1e-5;
for (Activation act : Activation.values()) {
    double maxErr = 0;
    for (double z : zs) {
        double numeric = (act.apply(z + h) - act.apply(z - h)) / (2 * h);
        maxErr = Math.max(maxErr, Math.abs(act.derivative(z) - numeric));
    }
    String name = act == Activation.SIGMOID ? "logistic" : act.toString().toLowerCase();
    Check.close(name + ": σ′(z) agrees with the central difference on " + zs.length + " points", maxErr, 0, 1e-8);
}

// %% [markdown]
// The curves: the logistic function squashes into $(0,1)$, tanh into $(-1,1)$, ReLU cuts off the negative half.
// Note how small $\sigma'$ gets for large $|z|$ with logistic and tanh: a saturated neuron passes almost no error
// signal back.

// %%
Map<String, double[]> values = new LinkedHashMap<>(), slopes = new LinkedHashMap<>();
for (Activation act : Activation.values()) {
    double[] v = new double[zs.length], s = new double[zs.length];
    for (int n = 0; n < zs.length; n++) { v[n] = act.apply(zs[n]); s[n] = act.derivative(zs[n]); }
    String name = act == Activation.SIGMOID ? "logistic" : act.toString().toLowerCase();
    values.put(name, v);
    slopes.put(name, s);
}
show(Curves.lines("Activation functions a = σ(z)", "z", "σ(z)", zs, values));
show(Curves.lines("Their derivatives σ′(z)", "z", "σ′(z)", zs, slopes));

// %% [markdown]
// ## 2. One neuron by hand
//
// A neuron $o$ with two inputs $a_1 = 1$, $a_2 = -2$, weights $w_{1\rightarrow o} = 0.5$, $w_{2\rightarrow o} = 0.25$,
// bias $b_o = 0.1$ and a tanh activation:
//
// $$z_o = 1 \cdot 0.5 + (-2) \cdot 0.25 + 0.1 = 0.1, \qquad a_o = \tanh(0.1) \approx 0.099668.$$
//
// In floating point $0.5 - 0.5 + 0.1$ is exactly $0.1$ (the first two products are exact), so the first check uses
// the tolerance $10^{-15}$ on purpose: it holds because this arithmetic is exact. The value of $\tanh(0.1)$ is checked
// to the nine digits written above.

// %%
double zo = 1.0 * 0.5 + (-2.0) * 0.25 + 0.1;
double ao = Activation.TANH.apply(zo);
System.out.println(Format.of("z_o = %.6f, a_o = tanh(z_o) = %.6f", zo, ao));
Check.close("z_o = 1·0.5 + (−2)·0.25 + 0.1 = 0.1 (exact in floating point)", zo, 0.1, 1e-15);
Check.close("a_o = tanh(0.1) = 0.0996679946", ao, 0.0996679946, 1e-9);

// %% [markdown]
// ## 3. A whole forward pass, by hand and by the library
//
// A network with 2 inputs, 3 logistic hidden neurons and 2 softmax outputs. Its weights are round numbers, stored as
// the library stores them: `W1[m][j]` $= w_{m\rightarrow j}$ from input $m$ to hidden neuron $j$, `W2[j][o]` from
// hidden neuron $j$ to output $o$ (in code every index counts from 0). Layer by layer:
//
// $$z_j = \sum_m x_m\, w_{m\rightarrow j} + b_j,\quad a_j = \frac{1}{1+e^{-z_j}},\qquad
//   z_o = \sum_j a_j\, w_{j\rightarrow o} + b_o,\quad \hat y_o = \frac{e^{z_o}}{\sum_{o'} e^{z_{o'}}}.$$
//
// (The blog writes the softmax denominator with $k$; here $o'$ runs over all outputs, so that $k$ keeps its one
// meaning, "the layer after $j$".) First with plain loops that follow these formulas literally:

// %%
double[] x = {1.0, -2.0};
double[][] W1 = {{0.5, -0.25, 1.0}, {0.25, 0.5, -0.5}};
double[] b1 = {0.0, 0.1, -0.1};
double[][] W2 = {{1.0, -1.0}, {-0.5, 0.5}, {0.25, 0.75}};
double[] b2 = {0.05, -0.05};

double[] zHidden = new double[3], aHidden = new double[3];
for (int j = 0; j < 3; j++) {
    zHidden[j] = b1[j];
    for (int m = 0; m < 2; m++) zHidden[j] += x[m] * W1[m][j];
    aHidden[j] = 1 / (1 + Math.exp(-zHidden[j]));
}
double[] zOut = new double[2];
for (int o = 0; o < 2; o++) {
    zOut[o] = b2[o];
    for (int j = 0; j < 3; j++) zOut[o] += aHidden[j] * W2[j][o];
}
double sum = Math.exp(zOut[0]) + Math.exp(zOut[1]);
double[] yHat = {Math.exp(zOut[0]) / sum, Math.exp(zOut[1]) / sum};

System.out.println("z_j = " + Format.vector(zHidden) + "\na_j = " + Format.vector(aHidden));
System.out.println("z_o = " + Format.vector(zOut) + "\nŷ_o = " + Format.vector(yHat));

// %% [markdown]
// The same network in the library: `Network.create` makes a 2-3-2 logistic network (its random initial weights do
// not matter), `setWeights`/`setBiases` put in the round numbers, and `forward` runs the pass on a batch holding the
// one input. Both compute the same sums in the same order up to the library's own exp, so they agree to about
// $10^{-15}$; the tolerance $10^{-12}$ is a thousand times that.

// %%
Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 1L, 2, 3, 2);
net.setWeights(1, W1);  net.setBiases(1, b1);
net.setWeights(2, W2);  net.setBiases(2, b2);
ForwardPass pass = net.forward(new double[][] {x});
System.out.println("library ŷ = " + Format.vector(pass.yHat()[0]));
Check.close("the hidden z_j and a_j by hand equal the library's", new double[][] {zHidden, aHidden}, new double[][] {pass.z(1)[0], pass.a(1)[0]}, 1e-12);
Check.close("the output z_o and ŷ_o by hand equal the library's", new double[][] {zOut, yHat}, new double[][] {pass.z(2)[0], pass.yHat()[0]}, 1e-12);
Check.close("the outputs form a distribution: ŷ_0 + ŷ_1 = 1 (to the rounding of one division)", yHat[0] + yHat[1], 1.0, 1e-13);

// %% [markdown]
// The library's pass in one picture, drawn from the `Network` and its `ForwardPass` (not by hand): each neuron shows
// its $z$ and $a$ ($\hat y$ at the outputs), each line its weight $w_{j\rightarrow k}$ (blue when positive, orange when
// negative, wider when larger), each neuron its bias below it. The drawing names the inputs $x_1, x_2$ and the hidden
// neurons $h_1, h_2, h_3$, and the outputs $o_0, o_1$ like the classes they stand for.

// %%
render(Inline.svg(NetworkDiagram.forward("The 2-3-2 logistic network on x = (1, −2): forward pass", net, pass, 0)))

// %% [markdown]
// The outputs are positive and add up to one, so they can be read as the network's probabilities for classes 0
// and 1. Why softmax guarantees that, and what its derivative is, is the subject of
// [01 — the softmax derivative](01-softmax-derivative.ipynb).
//
// ## Summary
//
// - A neuron adds its weighted inputs and a bias, $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$, and applies its
//   activation, $a_k = \sigma(z_k)$; the output layer applies softmax instead.
// - Each activation comes with its derivative $\sigma'$, which backpropagation will need; logistic and tanh
//   derivatives are cheap functions of $a$ itself, and both vanish for large $|z|$ (saturation).
// - The library's forward pass is exactly the loops of §3.
//
// ## Exercises
//
// Each exercise has a hint; its solution is in the collapsed cell below it (click to expand) and ends with a check.
//
// **Exercise 1 — a saturated neuron.** Give the tanh neuron of §2 the weight $w_{1\rightarrow o} = 50$ instead of
// 0.5. Compute $z_o$, $a_o$ and $\sigma'(z_o)$, and check that $\sigma'(z_o)$ is below $10^{-15}$: this neuron passes
// back almost no error signal.
//
// *Hint:* $\sigma'(z) = 1 - \tanh^2 z$; `Activation.TANH.derivative(z)` computes it.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double zSaturated = 1.0 * 50 + (-2.0) * 0.25 + 0.1;                  // 49.6
double slopeSaturated = Activation.TANH.derivative(zSaturated);
System.out.println(Format.of("z_o = %.1f, a_o = %.15f, σ′(z_o) = %.2e", zSaturated, Activation.TANH.apply(zSaturated), slopeSaturated));
Check.that("a neuron with z_o = 49.6 is saturated: σ′(z_o) < 1e-15", slopeSaturated < 1e-15);
// END SOLUTION

// %% [markdown]
// **Exercise 2 — the step of a central difference.** Repeat the derivative check of §1 for tanh with
// $h = 10^{-1}$, $10^{-5}$ and $10^{-12}$, and find which $h$ gives the smallest error. Explain the other two.
//
// *Hint:* the error is about $\tfrac{h^2}{6}|\sigma'''| + \varepsilon/h$: truncation wins for large $h$, rounding for
// tiny $h$.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double[] steps = {1e-1, 1e-5, 1e-12};
double[] errors = new double[steps.length];
for (int s = 0; s < steps.length; s++)
    for (double z : zs) {
        double numeric = (Math.tanh(z + steps[s]) - Math.tanh(z - steps[s])) / (2 * steps[s]);
        errors[s] = Math.max(errors[s], Math.abs(Activation.TANH.derivative(z) - numeric));
    }
System.out.println(Format.of("max error: h = 1e-1: %.1e (truncation), h = 1e-5: %.1e, h = 1e-12: %.1e (rounding)", errors[0], errors[1], errors[2]));
Check.that("h = 1e-5 beats both a large step (truncation) and a tiny one (rounding)", errors[1] < errors[0] && errors[1] < errors[2]);
// END SOLUTION

// %% [markdown]
// **Exercise 3 — a tanh network.** Change the library network of §3 to `Activation.TANH` and the hand-written loop
// to `Math.tanh`, and check that they still agree.
//
// *Hint:* only the line `aHidden[j] = ...` and the first argument of `Network.create` change.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double[] aTanh = new double[3], zOutTanh = new double[2];
for (int j = 0; j < 3; j++) aTanh[j] = Math.tanh(zHidden[j]);
for (int o = 0; o < 2; o++) {
    zOutTanh[o] = b2[o];
    for (int j = 0; j < 3; j++) zOutTanh[o] += aTanh[j] * W2[j][o];
}
Network tanhNet = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 2);
tanhNet.setWeights(1, W1);  tanhNet.setBiases(1, b1);
tanhNet.setWeights(2, W2);  tanhNet.setBiases(2, b2);
Check.close("with tanh the hand-written a_j and z_o equal the library's", new double[][] {aTanh, zOutTanh},
        new double[][] {tanhNet.forward(new double[][] {x}).a(1)[0], tanhNet.forward(new double[][] {x}).z(2)[0]}, 1e-12);
// END SOLUTION
