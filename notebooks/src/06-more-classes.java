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
// *Reading time: about 20 minutes; the "Going deeper" section at the end, 5 more.*
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
// Checked against the library's backward pass (Going deeper also checks it against finite differences of $L$):

// %%
Check.close("ŷ − y by hand equals the library's δ at the outputs", delta, net.backward(net.forward(one), one.labels(), 0).delta(3)[0], 1e-15);
Check.close("the three δ's add up to 0", delta[0] + delta[1] + delta[2], 0, 1e-15);

// %% [markdown]
// ## 3. The baseline: softmax regression
//
// Without a hidden layer, $z_o = \sum_j x_j w_{j\rightarrow o} + b_o$ and the predicted class is the largest $z_o$:
// the plane is cut into $K$ regions by straight lines. On spirals that wind around the centre this cannot do much.

// %%
Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3);
Trainer.builder().learningRate(0.5).epochs(100).batchSize(32).seed(1).build().fit(linear, data.train(), null);
System.out.println(Format.of("softmax regression, held-out accuracy %.1f%%", 100 * linear.accuracy(data.test())));
show(BoundaryPlot.regions(linear, data.test(), 80, "Softmax regression (no hidden layer): straight boundaries"));

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
    Trainer.builder().learningRate(0.3).epochs(200).batchSize(32).seed(seed).build().fit(n, data.train(), null);
    networkAccuracy[seed - 1] = n.accuracy(data.test());
    Network l = Network.create(Activation.TANH, Init.XAVIER, seed, 2, 3);
    Trainer.builder().learningRate(0.5).epochs(100).batchSize(32).seed(seed).build().fit(l, data.train(), null);
    linearAccuracy[seed - 1] = l.accuracy(data.test());
    System.out.println(Format.of("seed %d: 2-16-16-3 network %.1f%%, softmax regression %.1f%% held out",
            seed, 100 * networkAccuracy[seed - 1], 100 * linearAccuracy[seed - 1]));
}
show(BoundaryPlot.regions(net, data.test(), 80, "2-16-16-3 tanh network (seed 1): one region per arm"));

// %%
double worstNetwork = Arrays.stream(networkAccuracy).min().orElseThrow();
double bestLinear = Arrays.stream(linearAccuracy).max().orElseThrow();
Check.that(Format.of("every network seed reaches ≥ 90%% held out (worst %.1f%%)", 100 * worstNetwork), worstNetwork >= 0.90);
Check.that(Format.of("softmax regression stays below 50%% for every seed (best %.1f%%; chance is 33.3%%)", 100 * bestLinear), bestLinear < 0.50);
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
double[][] pairs = {{0.3, -1.2}, {2.0, 2.0}, {-4.0, 3.5}, {800.0, -800.0}, {-1000.0, 999.0}};
double[] softmaxOne = new double[pairs.length], logisticOfDifference = new double[pairs.length];
for (int i = 0; i < pairs.length; i++) {
    softmaxOne[i] = Softmax.softmax(pairs[i])[1];
    logisticOfDifference[i] = logistic.apply(pairs[i][1] - pairs[i][0]);
    System.out.println(Format.of("z = (%s, %s): softmax(z)₁ = %.6g, logistic(z₁ − z₀) = %.6g", pairs[i][0], pairs[i][1], softmaxOne[i], logisticOfDifference[i]));
}
Check.close("softmax(z)₁ = logistic(z₁ − z₀) for all five pairs, extreme ones included", softmaxOne, logisticOfDifference, 1e-15);

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
// ## 6. Summary
//
// - With $K = 3$ the error signal at the outputs is still $\hat y - y$, three numbers adding up to 0 (checked by hand
//   and against the library; Going deeper adds finite differences); nothing else in backpropagation changes.
// - On three spirals, softmax regression stays near chance, while a 2-16-16-3 tanh network trained by the same
//   `Trainer` separates the arms (the held-out accuracies above, for three seeds each).
// - With two classes, softmax over $(z_0, z_1)$ is the logistic function of $z_1 - z_0$: a two-output softmax layer
//   is one logistic neuron with one redundant set of weights. Softmax earns its place when $K > 2$.
//
// ## Exercises
//
// Each exercise has a cell for your answer (run it as it is and the check says "not answered yet") and a check cell.
// Solutions are in the appendix at the very end.
//
// **Exercise 1 — the last layer's weight gradient for $K = 3$.** For the point `one` of §2 and the untrained
// 2-16-16-3 network `net` as it was there, derive $\partial L/\partial w_{j\rightarrow o}$ for the weights into the
// three outputs from $\delta_o = \hat y_o - y_o$ and the hidden activations $a_j$ of the last hidden layer, and code
// it: a $16 \times 3$ matrix `lastLayerGradient` with entry $[j][o] = \partial L/\partial w_{j\rightarrow o}$.
//
// *Hint:* $z_o = \sum_j a_j w_{j\rightarrow o} + b_o$, so $\partial z_o / \partial w_{j\rightarrow o} = a_j$; `fresh.forward(one).a(2)[0]`
// are the $a_j$. (`net` has been trained since §2; `fresh` below is the same untrained network again.)

// %%
Network fresh = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 16, 3);   // §2's network, untrained
ForwardPass onePass = fresh.forward(one);

// %% tags=["answer-ex1"]
double[][] lastLayerGradient = null;   // your code here

// %% tags=["check-ex1"]
boolean ex1 = Answer.close("Exercise 1", lastLayerGradient, fresh.gradients(one, 0.0).dW(3), 1e-14, "∂L/∂w_{j→o} = a_j · (ŷ_o − y_o), with a_j from layer 2 and ŷ from the output");

// %% [markdown]
// **Exercise 2 — the backward rule of one logistic output.** §5 showed that two softmax outputs compute what one
// logistic output $\hat y = \text{logistic}(d)$ with $d = z_1 - z_0$ computes. Such a network is trained with the
// binary cross-entropy $L = -\big[y \ln \hat y + (1 - y) \ln(1 - \hat y)\big]$, $y \in \{0, 1\}$ the label. Derive
// $\partial L / \partial d$ and code it for the 200 moons points of §5 (network `two`, forward pass `pass`): your answer
// `dLdd`, one number per point. It should equal the softmax network's $\delta_1 = \hat y_1 - y_1$, which the check
// takes from the library's backward pass.
//
// *Hint:* $\text{logistic}'(d) = \text{logistic}(d)\,(1 - \text{logistic}(d))$; `pass.yHat()[n][1]` is
// $\text{logistic}(d)$ for point $n$ (§5), and `moons.label(n)` its label.

// %% tags=["answer-ex2"]
double[] dLdd = null;   // your code here

// %% tags=["check-ex2"]
double[][] softmaxDelta = two.backward(pass, moons.labels(), 0.0).delta(2);
boolean ex2 = Answer.close("Exercise 2", dLdd, Arrays.stream(softmaxDelta).mapToDouble(row -> row[1]).toArray(), 1e-14, "the ŷ(1 − ŷ) of the logistic cancels against the 1/ŷ and 1/(1 − ŷ) of the logs");

// %% [markdown]
// ## Going deeper
//
// **$\hat y - y$ against finite differences.** §2 compared the hand-computed $\hat y - y$ with the library's backward
// pass, which implements the same formula. An independent check differentiates $L$ numerically: the central
// difference $\big(L(z + h e_o) - L(z - h e_o)\big)/2h$ in each $z_o$, with step $h = 10^{-5}$. Its truncation error is
// of order $h^2 = 10^{-10}$ and its rounding error of order $10^{-16}/h = 10^{-11}$, so $10^{-9}$ is a fair bound.

// %%
double h = 1e-5;
double[] numeric = new double[3];
for (int o = 0; o < 3; o++) {
    double[] up = z.clone(), down = z.clone();
    up[o] += h; down[o] -= h;
    numeric[o] = (CrossEntropy.loss(Softmax.softmax(up), y) - CrossEntropy.loss(Softmax.softmax(down), y)) / (2 * h);
}
Check.close("ŷ − y equals the central differences of L in z₀, z₁, z₂", delta, numeric, 1e-9);

// %% [markdown]
// ## Solutions
//
// The solution cells replace the answer cells above; run them in place of your own answer to compare.

// %% tags=["solution-ex1"] jupyter={"source_hidden": true, "outputs_hidden": true}
double[] a = onePass.a(2)[0], yHatOne = onePass.yHat()[0], target = CrossEntropy.oneHot(one.label(0), 3);
double[][] lastLayerGradient = new double[16][3];
for (int j = 0; j < 16; j++)
    for (int o = 0; o < 3; o++) lastLayerGradient[j][o] = a[j] * (yHatOne[o] - target[o]);   // a_j δ_o

// %% tags=["solution-ex2"] jupyter={"source_hidden": true, "outputs_hidden": true}
// ∂L/∂d = −[y/ŷ − (1 − y)/(1 − ŷ)] · ŷ(1 − ŷ) = ŷ − y
double[] dLdd = new double[moons.size()];
for (int n = 0; n < moons.size(); n++) dLdd[n] = pass.yHat()[n][1] - moons.label(n);
