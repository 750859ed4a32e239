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
// # 06 — Softmax beyond two classes
//
// Notebook 01 derived softmax and $\partial L/\partial z_i = \hat y_i - y_i$ for any number of classes $K$, but the moons
// have only two, and with two classes softmax is logistic regression in disguise (§5). Here the network has to tell
// **three** classes apart, on data that no straight line can split: three interleaved spirals.
//
// | blog ([*Derivative of the softmax function*](http://edgeofabandon.blogspot.com/2016/12/derivative-of-cross-entropy-loss-with.html)) | here |
// |---|---|
// | The softmax function $\hat y_o = e^{z_o}/\sum_k e^{z_k}$, for any number of outputs | §2, §5 |
// | Cross entropy loss: $\partial L/\partial z_i = \hat y_i - y_i$ | §2 for $K = 3$, by hand; §3–§4 training with it |
// | (two outputs) | §5 softmax over $(z_0, z_1)$ is the logistic function of $z_1 - z_0$ |
//
// Notation as in the series: classes and outputs counted from 0, $z_o$ the logits, $\hat y_o$ the softmax outputs,
// $y$ the one-hot target, $L = -\sum_o y_o \ln \hat y_o$; "logistic" is $1/(1+e^{-z})$.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import java.util.*;
void show(tech.tablesaw.plotly.components.Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. Three spirals
//
// `Spirals.make(n, K, noise, seed)` puts $n/K$ points on each of $K$ arms that wind once around the centre, turned by
// $2\pi/K$ against each other, plus Gaussian noise. 1,500 points, three arms, noise 0.05; 30% are held out.

// %%
Split data = Split.of(Spirals.make(1500, 3, 0.05, 1), 0.3, 2);
System.out.println("training: " + data.train().size() + " points, held out: " + data.test().size() + ", classes: " + data.train().classes());
show(DataPlot.scatter(data.train(), "Three interleaved spirals (training points)"));

// %% [markdown]
// ## 2. ŷ − y for three classes, by hand
//
// A 2-16-16-3 tanh network, not trained yet, and one training point. With three outputs the softmax and the error
// signal at the outputs are
//
// $$\hat y_o = \frac{e^{z_o}}{e^{z_0} + e^{z_1} + e^{z_2}}, \qquad \delta_o = \frac{\partial L}{\partial z_o} = \hat y_o - y_o ,$$
//
// three numbers that add up to 0 (since both $\hat y$ and $y$ add up to 1).

// %%
Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 16, 3);
Dataset one = new Dataset(new double[][] {data.train().x()[0]}, new int[] {data.train().label(0)}, 3);
double[] z = net.forward(one).z(3)[0];
double sum = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
double[] yHat = {Math.exp(z[0]) / sum, Math.exp(z[1]) / sum, Math.exp(z[2]) / sum};
double[] y = CrossEntropy.oneHot(one.label(0), 3);
double[] delta = {yHat[0] - y[0], yHat[1] - y[1], yHat[2] - y[2]};
System.out.println("label " + one.label(0) + ", y = " + Arrays.toString(y));
System.out.println("z     = " + Arrays.toString(z));
System.out.println("ŷ     = " + Arrays.toString(yHat));
System.out.println("ŷ − y = " + Arrays.toString(delta));

// %% [markdown]
// Checked against the library's backward pass, and against central differences of $L$ in each $z_o$ (step
// $h = 10^{-5}$: truncation $\approx h^2$, rounding $\approx 10^{-16}/h$, so $10^{-9}$ is a fair bound).

// %%
Check.close("ŷ − y by hand equals the library's δ at the outputs", delta, net.backward(net.forward(one), one.labels(), 0).delta(3)[0], 1e-15);
Check.close("the three δ's add up to 0", delta[0] + delta[1] + delta[2], 0, 1e-15);
double h = 1e-5;
double[] numeric = new double[3];
for (int o = 0; o < 3; o++) {
    double[] up = z.clone(), down = z.clone();
    up[o] += h; down[o] -= h;
    numeric[o] = (CrossEntropy.loss(Softmax.softmax(up), y) - CrossEntropy.loss(Softmax.softmax(down), y)) / (2 * h);
}
Check.close("ŷ − y equals the central differences of L in z₀, z₁, z₂", delta, numeric, 1e-9);

// %% [markdown]
// ## 3. The baseline: softmax regression
//
// Without a hidden layer, $z_o = \sum_j x_j w_{j\rightarrow o} + b_o$ and the predicted class is the largest $z_o$:
// the plane is cut into $K$ regions by straight lines. On spirals that wind around the centre this cannot do much.

// %%
Trainer linearTrainer = Trainer.builder().learningRate(0.5).epochs(100).batchSize(32).seed(1).build();
Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
linearTrainer.fit(linear, data.train(), data.test());
System.out.println(String.format(Locale.ROOT, "softmax regression, held-out accuracy %.1f%%", 100 * linear.accuracy(data.test())));
show(RegionPlot.regions(linear, data.test(), 80, "Softmax regression (no hidden layer): straight boundaries"));

// %% [markdown]
// ## 4. A network with two hidden layers
//
// The same `Trainer`, the same loss, the same $\hat y - y$ at the outputs — only $K = 3$ outputs instead of 2. A
// 2-16-16-3 tanh network, mini-batches of 32, 200 epochs. To see whether the result depends on luck, three seeds
// each for the network and for the baseline.

// %%
double[] networkAccuracy = new double[3], linearAccuracy = new double[3];
for (int seed = 1; seed <= 3; seed++) {
    Network n = seed == 1 ? net : Network.create(Activation.TANH, Init.XAVIER, seed, 2, 16, 16, 3);
    Trainer.builder().learningRate(0.3).epochs(200).batchSize(32).seed(seed).build().fit(n, data.train(), data.test());
    networkAccuracy[seed - 1] = n.accuracy(data.test());
    Network l = Network.create(Activation.TANH, Init.XAVIER, seed, 2, 3);
    Trainer.builder().learningRate(0.5).epochs(100).batchSize(32).seed(seed).build().fit(l, data.train(), data.test());
    linearAccuracy[seed - 1] = l.accuracy(data.test());
    System.out.println(String.format(Locale.ROOT, "seed %d: 2-16-16-3 network %.1f%%, softmax regression %.1f%% held out",
            seed, 100 * networkAccuracy[seed - 1], 100 * linearAccuracy[seed - 1]));
}
show(RegionPlot.regions(net, data.test(), 80, "2-16-16-3 tanh network (seed 1): one region per arm"));

// %%
double worstNetwork = Arrays.stream(networkAccuracy).min().orElseThrow();
double bestLinear = Arrays.stream(linearAccuracy).max().orElseThrow();
Check.that(String.format(Locale.ROOT, "every network seed reaches ≥ 90%% held out (worst %.1f%%)", 100 * worstNetwork), worstNetwork >= 0.90);
Check.that(String.format(Locale.ROOT, "softmax regression stays below 50%% for every seed (best %.1f%%; chance is 33.3%%)", 100 * bestLinear), bestLinear < 0.50);
Check.that("the worst network beats the best baseline by more than 40 points", worstNetwork - bestLinear > 0.40);

// %% [markdown]
// The hidden layers bend the plane so that each arm ends up in a region of its own; softmax regression, whatever
// its weights, can only draw three wedges meeting at a point, each of which cuts across all three arms.
//
// ## 5. Two classes: softmax is the logistic function of a difference
//
// With $K = 2$, divide numerator and denominator by $e^{z_1}$:
//
// $$\hat y_1 = \frac{e^{z_1}}{e^{z_0} + e^{z_1}} = \frac{1}{1 + e^{-(z_1 - z_0)}} = \text{logistic}(z_1 - z_0),
//   \qquad \hat y_0 = 1 - \hat y_1 = \text{logistic}(z_0 - z_1).$$
//
// Only the difference $z_1 - z_0$ matters. Checked for ordinary and extreme logits:

// %%
Activation logistic = Activation.SIGMOID;
for (double[] pair : new double[][] {{0.3, -1.2}, {2.0, 2.0}, {-4.0, 3.5}, {800.0, -800.0}, {-1000.0, 999.0}}) {
    double[] p = Softmax.softmax(pair);
    Check.close(String.format(Locale.ROOT, "softmax(%s, %s)₁ = logistic(z₁ − z₀) = %.6g", pair[0], pair[1], p[1]),
            p[1], logistic.apply(pair[1] - pair[0]), 1e-15);
}

// %% [markdown]
// For the output layer this means: two softmax outputs with weights $w_{j\rightarrow 0}$, $w_{j\rightarrow 1}$ and
// biases $b_0, b_1$ compute exactly what **one** logistic output neuron computes with weights
// $w_{j\rightarrow 1} - w_{j\rightarrow 0}$ and bias $b_1 - b_0$. Checked on a 2-8-2 network over 200 moons points,
// using the hidden activations $a_j$ of the library's forward pass:

// %%
Network two = Network.create(Activation.TANH, Init.XAVIER, 4, 2, 8, 2);
two.setBiases(2, new double[] {0.3, -0.2});
Dataset moons = Moons.make(200, 0.2, 3);
ForwardPass pass = two.forward(moons);
double[][] W = two.weights(2), hidden = pass.a(1);
double[] b = two.biases(2), single = new double[moons.size()], softmax1 = new double[moons.size()];
for (int n = 0; n < moons.size(); n++) {
    double zDiff = b[1] - b[0];
    for (int j = 0; j < 8; j++) zDiff += hidden[n][j] * (W[j][1] - W[j][0]);
    single[n] = logistic.apply(zDiff);
    softmax1[n] = pass.yHat()[n][1];
}
Check.close("a 2-output softmax layer equals one logistic neuron with weights w_{j→1} − w_{j→0}", softmax1, single, 1e-14);

// %% [markdown]
// The other side of the same fact: the two-output layer has one parameter per hidden neuron (and one bias) more than
// it needs. Adding the same number to $w_{j\rightarrow 0}$ and $w_{j\rightarrow 1}$ changes $z_0$ and $z_1$ alike and
// leaves every prediction as it was. (With $K$ classes the same holds for adding one vector to all $K$ columns:
// softmax only sees the differences of the logits.) That is why two-class tutorials use one logistic output, and
// why the series could use softmax for the moons without losing anything — or gaining anything.

// %%
Network shifted = two.copy();
double[][] Ws = two.weights(2);
for (int j = 0; j < 8; j++) { Ws[j][0] += 0.7 * j - 2; Ws[j][1] += 0.7 * j - 2; }
shifted.setWeights(2, Ws);
Check.close("adding the same numbers to both output columns leaves every ŷ unchanged",
        shifted.predictProbabilities(moons.x()), two.predictProbabilities(moons.x()), 1e-13);

// %% [markdown]
// ## 6. Exercises
//
// **Exercise 1.** Four classes, logits $z = (1, 2, 0.5, -1)$, true class 2. Compute $\hat y - y$ by hand and compare
// with the library's `CrossEntropy.gradient`.
//
// *Hint:* $\hat y_o = e^{z_o}/\sum_{k} e^{z_k}$ and $y = (0, 0, 1, 0)$.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
double[] z4 = {1, 2, 0.5, -1};
double total = 0;
for (double v : z4) total += Math.exp(v);
double[] byHand = new double[4];
for (int o = 0; o < 4; o++) byHand[o] = Math.exp(z4[o]) / total - (o == 2 ? 1 : 0);
System.out.println("ŷ − y = " + Arrays.toString(byHand));
Check.close("ŷ − y for K = 4 by hand equals CrossEntropy.gradient", byHand,
        CrossEntropy.gradient(Softmax.softmax(z4), CrossEntropy.oneHot(2, 4)), 1e-15);
// END SOLUTION

// %% [markdown]
// **Exercise 2.** Show numerically that adding the same constant $c$ to all five logits of a $K = 5$ softmax changes
// none of its outputs, for $c = 100$.
//
// *Hint:* $e^{z_o + c} = e^c e^{z_o}$, and $e^c$ cancels between numerator and denominator.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
double[] z5 = {0.2, -1.0, 3.0, 0.0, 1.5};
double[] z5c = new double[5];
for (int o = 0; o < 5; o++) z5c[o] = z5[o] + 100;
Check.close("softmax(z + 100) = softmax(z) for K = 5", Softmax.softmax(z5c), Softmax.softmax(z5), 1e-15);
// END SOLUTION

// %% [markdown]
// **Exercise 3.** With two classes and $d = z_1 - z_0$, the loss of a sample of class 1 is $L = -\ln \text{logistic}(d)$.
// Show that $\partial L/\partial z_1 = \text{logistic}(d) - 1 = \hat y_1 - y_1$, the same $\hat y - y$ as softmax gives,
// by a central difference at $z = (0.4, -0.3)$.
//
// *Hint:* $\text{logistic}'(d) = \text{logistic}(d)(1 - \text{logistic}(d))$.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
double z0 = 0.4, z1 = -0.3, step = 1e-5;
double numericDz1 = (-Math.log(logistic.apply(z1 + step - z0)) + Math.log(logistic.apply(z1 - step - z0))) / (2 * step);
double analytic = logistic.apply(z1 - z0) - 1;
System.out.println("∂L/∂z₁: central difference " + numericDz1 + ", logistic(d) − 1 = " + analytic);
Check.close("∂L/∂z₁ = logistic(z₁ − z₀) − 1 = ŷ₁ − y₁", numericDz1, analytic, 1e-9);
Check.close("which is softmax's ŷ₁ − y₁", analytic, Softmax.softmax(new double[] {z0, z1})[1] - 1, 1e-15);
// END SOLUTION

// %% [markdown]
// ## Summary
//
// - With $K = 3$ the error signal at the outputs is still $\hat y - y$, three numbers adding up to 0 (checked by hand,
//   against the library and against finite differences); nothing else in backpropagation changes.
// - On three spirals, softmax regression stays near chance, while a 2-16-16-3 tanh network trained by the same
//   `Trainer` separates the arms (the held-out accuracies above, for three seeds each).
// - With two classes, softmax over $(z_0, z_1)$ is the logistic function of $z_1 - z_0$: a two-output softmax layer
//   is one logistic neuron with one redundant set of weights. Softmax earns its place when $K > 2$.
