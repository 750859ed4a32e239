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
// # 00 — The big picture, and the forward pass
//
// *Reading time: about 20 minutes, plus 5 for "Going deeper" at the end.*
//
// This series builds, from the ground up and checked at every step, a small neural network that learns to tell two
// classes of points apart. Everything is plain Java; every formula is computed, and every claim is checked by a
// second, independent computation. The derivations follow two posts of a 2016 blog,
// [*Feedforward Artificial Neural Network pt2*](http://edgeofabandon.blogspot.com/2016/12) and
// [*Derivative of the softmax function*](http://edgeofabandon.blogspot.com/2016/12/derivative-of-cross-entropy-loss-with.html);
// where the blog slips, the notebooks say so.
//
// This first notebook shows the goal, names the four steps of training, defines the words used everywhere, and then
// does the first step, the forward pass, by hand.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. The task: two moons
//
// Each point has two features $x_1, x_2$ (its coordinates) and a class, 0 or 1. The points of class 0 lie along one
// half circle, those of class 1 along another that reaches into the first, both blurred by noise: the "two moons"
// data set of scikit-learn. No straight line separates them. We draw 200 points to learn from (the *training set*)
// and 1,000 more from the same distribution to judge the result on points the network has never seen (the
// *held-out set*).

// %%
Dataset train = Moons.make(200, 0.2, 7);
Dataset heldOut = Moons.make(1000, 0.2, 8);
show(DataPlot.scatter(train, "Two moons: 200 training points, noise 0.2"));

// %% [markdown]
// ## 2. What the series builds: a network that draws the boundary
//
// A network with 2 inputs, one *hidden layer* of 8 neurons and 2 outputs (a "2-8-2 network"), trained for 2,000
// passes over the training points. For every point of the plane it gives a probability for each class; the picture
// colours the plane by the probability of class 1 and draws the *decision boundary*, where both classes are equally
// likely. The rest of the series explains every number behind this picture.

// %%
Network net = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 8, 2);
Trainer.builder().learningRate(1.0).epochs(2000).build().fit(net, train, heldOut);
show(BoundaryPlot.decisionBoundary(net, train, 60, "A trained 2-8-2 network: its decision boundary"));
System.out.println("right on the training points: " + Format.percent(net.accuracy(train))
        + ", on the 1,000 held-out points: " + Format.percent(net.accuracy(heldOut)));

// %% [markdown]
// ## 3. The four steps of training
//
// Training repeats four steps. Each has its notebook:
//
// 1. **Forward**: the network turns an input $x$ into probabilities $\hat y$ (this notebook).
// 2. **Loss**: one number $L$ says how wrong those probabilities are for the true classes (§4 below, and 01).
// 3. **Backward**: backpropagation computes how $L$ changes with every weight, the *gradient* (01, 02, 03).
// 4. **Step**: every weight moves a little against its gradient, $w \leftarrow w - \eta\,\partial L/\partial w$, with
//    a small *learning rate* $\eta$; the loss goes down (02, 04).
//
// One pass of these steps over the whole training set is an *epoch*; the network above trained for 2,000 epochs.
// A step may also use only a *mini-batch*, a small random subset of the training points, and then an epoch is as many
// steps as there are mini-batches (notebook 05 compares the two).
//
// | notebook | what it shows | reading time |
// |---|---|---|
// | 00 the big picture, the forward pass | the goal, the words, the forward pass by hand | 20 min |
// | [01 softmax and its derivative](01-softmax-derivative.ipynb) | the loss and its gradient at the outputs, $\hat y - y$ | 25 min |
// | [02 backpropagation by hand](02-backprop-by-hand.ipynb) | the gradient of every weight, one step of descent | 25 min |
// | [03 why backpropagation](03-why-backprop.ipynb) | every path vs the recursion, an autodiff built rule by rule | 25 min |
// | [04 training](04-training.ipynb) | the training loop written out, the moons learned | 30 min |
// | [05 experiments](05-experiments.ipynb) | sizes, rates, activations, batches compared over seeds | 40 min |
// | [06 more classes](06-more-classes.ipynb) | the same with three and more classes | 20 min |
//
// Each notebook ends with exercises (their solutions in an appendix) and, for the curious, a "Going deeper" section
// with the numerical detail; the reading times count reading the exercises, not solving them, and leave out
// Going deeper.

// %% [markdown]
// ## 4. The words used everywhere
//
// **Neurons, weights, biases.** A neuron $k$ adds up the activations $a_j$ of the neurons $j$ feeding it, each times a
// *weight* $w_{j\rightarrow k}$, plus its own *bias* $b_k$, and applies an *activation function* $\sigma$:
//
// $$z_k = \sum_j a_j\, w_{j\rightarrow k} + b_k, \qquad a_k = \sigma(z_k).$$
//
// $z_k$ is the neuron's *pre-activation*. (The blog writes $z_o = \sum_j z_j w_{j\rightarrow o}$, with $z_j$ where
// the activation $a_j$ belongs and no bias: a slip, since a neuron passes on $\sigma(z_j)$, not $z_j$.)
//
// **Logits and softmax.** The pre-activations $z_o$ of the output layer are called *logits*. Softmax turns them into
// probabilities, $\hat y_o = e^{z_o}/\sum_{o'} e^{z_{o'}}$: positive, adding up to 1 (notebook 01).
//
// **One-hot target.** The true class $c$ of a point is written as a vector $y$ with $y_c = 1$ and all other entries 0:
// class 1 of two is $y = (0, 1)$. Classes and outputs count from 0, as in the code.
//
// **The loss $L$ is the negative log-likelihood.** The network gives the true class $c_n$ of point $n$ the probability
// $\hat y_{n,c_n}$. If the points are independent, the probability the network gives to *all* the training labels, the
// *likelihood*, is the product $\prod_n \hat y_{n,c_n}$; a good network makes it large. Its negative logarithm per
// point turns the product into a mean, and with one-hot targets it is the *cross-entropy*:
//
// $$L = -\frac1N \ln \prod_n \hat y_{n,c_n} = -\frac1N \sum_n \ln \hat y_{n,c_n} = -\frac1N \sum_n \sum_o y_{n,o} \ln \hat y_{n,o}.$$
//
// Lowering $L$ is raising the likelihood of the labels. Below, the product of the trained network's probabilities of
// the 200 true classes, against the library's loss, which it computes from the logits without ever forming $\hat y$.

// %%
double[][] p = net.predictProbabilities(train.x());
double logLikelihood = 0;
for (int n = 0; n < train.size(); n++) logLikelihood += Math.log(p[n][train.label(n)]);
System.out.println(Format.of("likelihood of the 200 labels Π ŷ = %.3e, L = %.4f", Math.exp(logLikelihood), net.loss(train, 0)));
Check.close("−(1/N) ln Π_n ŷ_n,c_n equals the library's cross-entropy", -logLikelihood / train.size(), net.loss(train, 0), 1e-12);

// %% [markdown]
// **Initialisation, and why it is random.** Training starts from random weights. If all weights started equal, all
// hidden neurons would compute the same $a_j$, receive the same gradient, take the same step, and stay equal for ever:
// eight neurons would act as one. Random weights break this symmetry. Their scale matters too: `Init.XAVIER` (Glorot)
// draws $w$ uniformly with variance $2/(n_{\text{in}} + n_{\text{out}})$ for a layer with $n_{\text{in}}$ inputs and
// $n_{\text{out}}$ neurons, so that the $z$'s keep roughly the size of their inputs from layer to layer (suited to
// tanh and the logistic function); `Init.HE` uses variance $2/n_{\text{in}}$, for ReLU, which zeroes half its inputs.
// Biases start at 0.
//
// The prediction "equal weights stay equal", measured: three hidden neurons start with the same weights and train
// for 500 epochs.

// %%
Network twins = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 2);
twins.setWeights(1, new double[][] {{0.5, 0.5, 0.5}, {-0.3, -0.3, -0.3}});
twins.setWeights(2, new double[][] {{0.4, -0.4}, {0.4, -0.4}, {0.4, -0.4}});
Trainer.builder().learningRate(1.0).epochs(500).build().fit(twins, train, null);
double[][] w = twins.weights(1);
System.out.println("after 500 epochs, weights into h1, h2, h3: " + Format.vector(w[0]) + " and " + Format.vector(w[1]));
double apart = Math.max(Math.abs(w[0][0] - w[0][1]) + Math.abs(w[0][0] - w[0][2]), Math.abs(w[1][0] - w[1][1]) + Math.abs(w[1][0] - w[1][2]));
Check.close("the weights moved, but the three hidden neurons are still identical", apart, 0, 1e-12);

// %% [markdown]
// **Two words for later.** *Weight decay* adds $\frac{\lambda}{2}\sum w^2$ to the loss, so every step also pulls each
// weight towards 0 by $\eta\lambda w$; it keeps the weights, and so the boundary, from growing wild (notebooks 04, 05).
// *Label smoothing* replaces the one-hot target by a softer one, e.g. $(0.9, 0.1)$ instead of $(1, 0)$ (notebook 01).
//
// ## 5. How to read a check
//
// A check prints one ✔ line when two independent computations agree (the library against a hand-written loop, or a
// formula against a measurement), and stops the notebook when they do not. "Agree" means within a tolerance, chosen
// once for all notebooks:
//
// - **$10^{-12}$ when both sides compute the same mathematics with different code.** A double carries 16 digits;
//   each operation rounds in the 16th, and a few hundred of them stay far below $10^{-12}$.
// - **$10^{-8}$ when one side is a finite difference** $\frac{f(x+h) - f(x-h)}{2h}$ with $h = 10^{-5}$: its error is
//   about $10^{-10}$ (measured and explained in "Going deeper").
//
// A wrong formula misses by far more than either. Later checks state their tolerance and nothing else.
//
// ## 6. Activation functions and their derivatives
//
// Backpropagation needs $\sigma'(z)$ at every hidden neuron, so each activation comes with its derivative:
//
// | activation | $\sigma(z)$ | $\sigma'(z)$ |
// |---|---|---|
// | logistic (the library's `SIGMOID`) | $\dfrac{1}{1+e^{-z}}$ | $\sigma(z)\,\bigl(1-\sigma(z)\bigr)$ |
// | tanh | $\tanh z$ | $1-\tanh^2 z$ |
// | ReLU | $\max(0, z)$ | $1$ if $z>0$, else $0$ |
//
// We call the first one "logistic" and keep $\sigma$ for *any* activation. The logistic and tanh derivatives are
// written with $\sigma(z)$ itself: once the forward pass has computed $a = \sigma(z)$, the derivative costs one
// multiplication. The library's derivatives against the definition of a derivative, the central difference, on a grid
// that avoids ReLU's kink at 0:

// %%
double[] zs = new double[120];                       // -5.95, -5.85, ..., 5.95
for (int n = 0; n < zs.length; n++) zs[n] = -5.95 + 0.1 * n;
double h = 1e-5, worst = 0;
for (Activation act : Activation.values())
    for (double z : zs)
        worst = Math.max(worst, Math.abs(act.derivative(z) - (act.apply(z + h) - act.apply(z - h)) / (2 * h)));
Check.close("σ′(z) of logistic, tanh and ReLU equals the central difference on 120 points", worst, 0, 1e-8);

// %% [markdown]
// The curves: logistic squashes into $(0,1)$, tanh into $(-1,1)$, ReLU cuts off the negative half. For large $|z|$ the
// logistic and tanh slopes nearly vanish: a *saturated* neuron passes almost no error signal back.

// %%
Map<String, double[]> values = new LinkedHashMap<>(), slopes = new LinkedHashMap<>();
for (Activation act : Activation.values()) {
    double[] v = new double[zs.length], s = new double[zs.length];
    for (int n = 0; n < zs.length; n++) { v[n] = act.apply(zs[n]); s[n] = act.derivative(zs[n]); }
    String name = act == Activation.SIGMOID ? "logistic" : act == Activation.RELU ? "ReLU" : "tanh";
    values.put(name, v);
    slopes.put(name, s);
}
show(Curves.lines("Activation functions a = σ(z)", "z", "σ(z)", zs, values));
show(Curves.lines("Their derivatives σ′(z)", "z", "σ′(z)", zs, slopes));

// %% [markdown]
// ## 7. One neuron by hand
//
// A neuron $o$ with inputs $a_1 = 1$, $a_2 = -2$, weights $w_{1\rightarrow o} = 0.5$, $w_{2\rightarrow o} = 0.25$, bias
// $b_o = 0.1$ and tanh:
//
// $$z_o = 1 \cdot 0.5 + (-2) \cdot 0.25 + 0.1 = 0.1, \qquad a_o = \tanh(0.1) \approx 0.099668.$$

// %%
double zo = 1.0 * 0.5 + (-2.0) * 0.25 + 0.1;
System.out.println(Format.of("z_o = %.6f, a_o = tanh(z_o) = %.6f", zo, Math.tanh(zo)));

// %% [markdown]
// ## 8. A whole forward pass, by hand and by the library
//
// A 2-3-2 network: 2 inputs, 3 logistic hidden neurons, 2 softmax outputs, with round weights stored as the library
// stores them: `W1[m][j]` $= w_{m\rightarrow j}$ from input $m$ to hidden neuron $j$, `W2[j][o]` from hidden neuron $j$
// to output $o$. Layer by layer,
//
// $$z_j = \sum_m x_m\, w_{m\rightarrow j} + b_j,\quad a_j = \frac{1}{1+e^{-z_j}},\qquad
//   z_o = \sum_j a_j\, w_{j\rightarrow o} + b_o,\quad \hat y_o = \frac{e^{z_o}}{\sum_{o'} e^{z_{o'}}}.$$
//
// First with plain loops that follow these formulas literally:

// %%
double[] x = {1.0, -2.0};
double[][] W1 = {{0.5, -0.25, 1.0}, {0.25, 0.5, -0.5}};
double[] b1 = {0.0, 0.1, -0.1};
double[][] W2 = {{1.0, -1.0}, {-0.5, 0.5}, {0.25, 0.75}};
double[] b2 = {0.05, -0.05};

double[] zHidden = new double[3], aHidden = new double[3], zOut = new double[2];
for (int j = 0; j < 3; j++) {
    zHidden[j] = b1[j];
    for (int m = 0; m < 2; m++) zHidden[j] += x[m] * W1[m][j];
    aHidden[j] = 1 / (1 + Math.exp(-zHidden[j]));
}
for (int o = 0; o < 2; o++) {
    zOut[o] = b2[o];
    for (int j = 0; j < 3; j++) zOut[o] += aHidden[j] * W2[j][o];
}
double sum = Math.exp(zOut[0]) + Math.exp(zOut[1]);
double[] yHat = {Math.exp(zOut[0]) / sum, Math.exp(zOut[1]) / sum};
System.out.println("z_j = " + Format.vector(zHidden) + "\na_j = " + Format.vector(aHidden));
System.out.println("z_o = " + Format.vector(zOut) + "\nŷ_o = " + Format.vector(yHat));

// %% [markdown]
// The same network in the library: `Network.create` makes a 2-3-2 logistic network (its random weights are replaced
// at once), `setWeights` and `setBiases` put in the round numbers, and `forward` runs the pass on the one input.

// %%
Network small = Network.create(Activation.SIGMOID, Init.XAVIER, 1L, 2, 3, 2);
small.setWeights(1, W1);  small.setBiases(1, b1);
small.setWeights(2, W2);  small.setBiases(2, b2);
ForwardPass pass = small.forward(new double[][] {x});
Check.close("the hidden z_j and a_j by hand equal the library's", new double[][] {zHidden, aHidden}, new double[][] {pass.z(1)[0], pass.a(1)[0]}, 1e-12);
Check.close("the logits z_o and probabilities ŷ_o by hand equal the library's", new double[][] {zOut, yHat}, new double[][] {pass.z(2)[0], pass.yHat()[0]}, 1e-12);

// %% [markdown]
// The library's pass in one picture, drawn from the `Network` and its `ForwardPass`: each neuron shows its $z$ and
// $a$ ($\hat y$ at the outputs), each line its weight $w_{j\rightarrow k}$ (blue when positive, orange when negative,
// wider when larger), each neuron its bias below it. The inputs are $x_1, x_2$, the hidden neurons $h_1, h_2, h_3$ and
// the outputs $o_0, o_1$, like the classes they stand for.

// %%
render(Inline.svg(NetworkDiagram.forward("The 2-3-2 logistic network on x = (1, −2): forward pass", small, pass, 0)))

// %% [markdown]
// The outputs are positive and add up to one: the network's probabilities for classes 0 and 1. Why softmax
// guarantees that, and what its derivative is, comes next in [01 — softmax and its derivative](01-softmax-derivative.ipynb).
//
// ## Summary
//
// - The series trains a network to separate two moons; training repeats forward, loss, backward, step, once per
//   mini-batch, for many epochs.
// - A neuron computes $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$ and $a_k = \sigma(z_k)$; the output layer turns its
//   logits into probabilities with softmax.
// - The loss is the cross-entropy, the negative log-likelihood of the labels per point; weights start random to break
//   the symmetry between neurons, scaled by Xavier or He.
// - Each activation comes with its derivative, and logistic and tanh saturate for large $|z|$.
//
// ## Exercises
//
// Write your answer in the cell under the task and run it, then run the check below it: it says ✔, or ✗ with a
// hint. The solutions are in an appendix at the very end.
//
// **Exercise 1 — a likelihood by hand.** A network gives three points the probabilities $\hat y = (0.7, 0.3)$,
// $(0.2, 0.8)$ and $(0.9, 0.1)$; their true classes are 0, 1 and 1. Work out the likelihood of the three labels and
// the mean cross-entropy $L$.
//
// *Hint:* pick from each $\hat y$ the probability of the true class.

// %% tags=["answer-ex1"]
double[] likelihoodAndLoss = null;    // your answer: {likelihood, L}

// %% tags=["check-ex1"]
double[][] given = {{0.7, 0.3}, {0.2, 0.8}, {0.9, 0.1}};
int[] classes = {0, 1, 1};
double meanLoss = 0;
for (int n = 0; n < 3; n++) meanLoss += CrossEntropy.loss(given[n], CrossEntropy.oneHot(classes[n], 2)) / 3;
boolean ex1 = Answer.close("Exercise 1", likelihoodAndLoss, new double[] {Math.exp(-3 * meanLoss), meanLoss}, 1e-9,
        "the likelihood is a product of three numbers, L is minus the mean of their logarithms");

// %% [markdown]
// **Exercise 2 — when does tanh saturate?** Beyond which $z$ is the slope of tanh below 0.01, i.e. $1 - \tanh^2 z < 0.01$?
// Derive the exact value and compute it.
//
// *Hint:* solve for $\tanh z$ first; $\operatorname{artanh} t = \frac12 \ln\frac{1+t}{1-t}$.

// %% tags=["answer-ex2"]
Double zSaturated = null;    // your answer

// %% tags=["check-ex2"]
double low = 0, high = 10;                       // bisection on the library's tanh′, independent of the formula
for (int step = 0; step < 100; step++) {
    double mid = (low + high) / 2;
    if (Activation.TANH.derivative(mid) > 0.01) low = mid; else high = mid;
}
boolean ex2 = Answer.close("Exercise 2", zSaturated, low, 1e-9, "1 − tanh² z = 0.01 gives tanh z = √0.99");

// %% [markdown]
// **Exercise 3 — counting parameters.** Write a function that takes the layer sizes of a network, such as
// `{2, 8, 2}`, and returns its number of weights and biases.
//
// *Hint:* between a layer of $n$ neurons and the next one of $n'$ there are $n \cdot n'$ weights and $n'$ biases.

// %% tags=["answer-ex3"]
java.util.function.ToIntFunction<int[]> parameterCount = null;    // your answer: sizes -> count

// %% tags=["check-ex3"]
int[][] shapes = {{2, 8, 2}, {2, 3, 3, 2}, {2, 32, 32, 2}, {5, 1}};
boolean ex3 = Answer.that("Exercise 3", parameterCount, f -> Arrays.stream(shapes)
        .allMatch(s -> f.applyAsInt(s) == Network.create(Activation.TANH, Init.XAVIER, 1L, s).parameterCount()),
        "add n·n′ + n′ over consecutive layers");

// %% [markdown]
// ## Going deeper: how exact is a finite difference?
//
// **Rounding.** A double has a 53-bit significand, so every operation is exact to a relative $u = 2^{-53} \approx
// 1.1\cdot 10^{-16}$. Some arithmetic is exact: in §7, $1\cdot 0.5$ and $(-2)\cdot 0.25$ are powers of two, their sum is
// exactly 0, and $z_o$ is exactly the double nearest 0.1.
//
// **Truncation against rounding.** By Taylor's theorem the central difference is off by
// $\frac{h^2}{6} f'''(\xi)$ for some $\xi$ near $z$. The two values $f(z \pm h)$ carry rounding errors of about
// $u\,|f(z)|$ each, which the division by $2h$ turns into about $u|f(z)|/h$. So the error is about
//
// $$E(h) \approx \frac{h^2}{6}|f'''(z)| + \frac{u\,|f(z)|}{h},$$
//
// smallest at $h^* = (3u|f|/|f'''|)^{1/3}$. For tanh at $z = 0.5$, with $f''' = -2(1-\tanh^2 z)(1 - 3\tanh^2 z)$, that
// is $h^* \approx 6\cdot 10^{-6}$, where $E \approx 10^{-11}$: the reason for $h = 10^{-5}$ and the tolerance
// $10^{-8}$. Below, the error measured for $h = 10^{-1}, \dots, 10^{-13}$ against this prediction, made before the
// measurement (the rounding part is an order of magnitude, so the measured error scatters around it).

// %%
double zAt = 0.5, t = Math.tanh(zAt), third = Math.abs(-2 * (1 - t * t) * (1 - 3 * t * t)), u = 0x1p-53;
double hBest = Math.cbrt(3 * u * t / third);
double[] logH = new double[13], measured = new double[13], predicted = new double[13];
for (int e = 1; e <= 13; e++) {
    double step = Math.pow(10, -e);
    logH[e - 1] = -e;
    double err = Math.abs((Math.tanh(zAt + step) - Math.tanh(zAt - step)) / (2 * step) - (1 - t * t));
    measured[e - 1] = Math.log10(Math.max(err, 1e-17));
    predicted[e - 1] = Math.log10(step * step / 6 * third + u * t / step);
}
Map<String, double[]> errors = new LinkedHashMap<>();
errors.put("measured", measured);
errors.put("predicted h²|f‴|/6 + u|f|/h", predicted);
show(Curves.lines("Error of the central difference of tanh at z = 0.5", "log₁₀ h", "log₁₀ error", logH, errors));
int bestE = 1;
for (int e = 1; e <= 13; e++) if (measured[e - 1] < measured[bestE - 1]) bestE = e;
Check.that(Format.of("the measured best step 1e-%d is within a factor 10 of the predicted h* = %.1e", bestE, hBest),
        Math.abs(-bestE - Math.log10(hBest)) <= 1);

// %% [markdown]
// ## Solutions
//
// Each cell below is a drop-in replacement for the answer cell of its exercise (source and output collapsed).

// %% tags=["solution-ex1"] jupyter={"source_hidden": true, "outputs_hidden": true}
double likelihood = 0.7 * 0.8 * 0.1;                      // the probabilities of the true classes 0, 1, 1
double[] likelihoodAndLoss = {likelihood, -Math.log(likelihood) / 3};

// %% tags=["solution-ex2"] jupyter={"source_hidden": true, "outputs_hidden": true}
double root = Math.sqrt(0.99);                            // tanh z* = √0.99
Double zSaturated = 0.5 * Math.log((1 + root) / (1 - root));

// %% tags=["solution-ex3"] jupyter={"source_hidden": true, "outputs_hidden": true}
java.util.function.ToIntFunction<int[]> parameterCount = sizes -> {
    int count = 0;
    for (int l = 1; l < sizes.length; l++) count += sizes[l - 1] * sizes[l] + sizes[l];
    return count;
};
