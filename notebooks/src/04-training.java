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
// # 04 — Training on the moons
//
// *Reading time: about 30 minutes; the "Going deeper" section at the end, 10 more.*
//
// Notebooks 01 and 02 derived the two facts that make a softmax network trainable: at the output,
// $\delta_o = \partial L/\partial z_o = \hat y_o - y_o$, and further back,
// $\delta_j = \sigma'(z_j) \sum_{k} \delta_k\, w_{j \rightarrow k}$. The blog ends by promising to use them
// "to classify the make moons dataset". This notebook keeps that promise, with the whole training loop in plain sight:
//
// 1. two moons of noisy points;
// 2. a network **without** a hidden layer, and why it can only draw a straight line;
// 3. why our learning rates look large (the loss is a mean);
// 4. the training loop written out in matrix form, a dozen lines of `double[][]`, checked epoch by epoch against the
//    library's `Trainer`;
// 5. the trained 2-3-2 network: its loss curve and its boundary;
// 6. the sanity check every course teaches: a network must be able to learn 20 points by heart.
//
// Comparisons between settings (sizes, learning rates, activations, batches) come in
// [05 — experiments](05-experiments.ipynb), over many seeds.
//
// **Where this is in the blog:** *Feedforward Artificial Neural Network pt2* (in the
// [December 2016 archive](http://edgeofabandon.blogspot.com/2016/12)); the post that would describe its moons network
// (pt3) is not available, so the network here is this project's own choice.
//
// | blog | here |
// |---|---|
// | the mean loss $L = -\frac1N\sum_n\sum_i y_{n,i}\ln\hat y_{n,i}$ | §3 |
// | $\delta_o = \hat y_o - y_o$, $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$, the step | §4 |
// | "classify the make moons dataset" | §1, §2, §5 |
//
// Notation as in notebook 00: classes 0 and 1, outputs $\hat y_0, \hat y_1$.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import static backprop.notebook.Matrices.*;
void show(tech.tablesaw.plotly.components.Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. Two moons of data
//
// scikit-learn's `make_moons` places points on two interlocking half circles, parametrised by $t \in [0, \pi]$:
//
// $$\text{outer moon (class 0): } \big(\cos t,\ \sin t\big), \qquad
//   \text{inner moon (class 1): } \big(1 - \cos t,\ \tfrac{1}{2} - \sin t\big),$$
//
// and then moves each coordinate by independent Gaussian noise of standard deviation $0.2$. `Moons.make` reproduces it:
// half the points on each moon, shuffled, seeded. Class 0 has the one-hot target $y = (1, 0)$, class 1 has $y = (0, 1)$.
//
// We train on 200 points. To judge a network on points it has **not** seen we draw a second, independent sample of
// 1,000 points from the same distribution, the *held-out* set: an accuracy near 95% is then measured to within about
// $\sqrt{0.95 \cdot 0.05 / 1000} \approx 0.7$ percentage points (one standard error of the sampling).

// %%
Dataset train = Moons.make(200, 0.2, 7);
Dataset heldOut = Moons.make(1000, 0.2, 8);
System.out.println("train:    " + train + "\nheld-out: " + heldOut);
show(DataPlot.scatter(train, "Two moons: 200 training points, noise 0.2"));

// %% [markdown]
// The outer arc has mean height $\frac1\pi\int_0^\pi \sin t\,dt = 2/\pi \approx 0.64$, the inner one
// $\tfrac12 - 2/\pi \approx -0.14$; the noise moves the mean of 100 points by about $0.2/\sqrt{100} = 0.02$, so the
// class means of $x_2$ should land within $4 \times 0.02$ of those heights:

// %%
double[] meanX2 = new double[2];
for (int n = 0; n < train.size(); n++) meanX2[train.label(n)] += train.x(n, 1) / 100;
Check.that("200 points, 2 features, 100 on each moon", train.size() == 200 && train.inputs() == 2 && Arrays.stream(train.labels()).sum() == 100);
Check.close("class 0's mean x₂ is the outer arc's mean height 2/π", meanX2[0], 2 / Math.PI, 0.08);
Check.close("class 1's mean x₂ is the inner arc's 1/2 − 2/π", meanX2[1], 0.5 - 2 / Math.PI, 0.08);

// %% [markdown]
// ## 2. A baseline without a hidden layer
//
// With layer sizes $\{2, 2\}$ there are no hidden neurons: the inputs feed the two output neurons directly,
// $z_o = \sum_m x_m\, w_{m \rightarrow o} + b_o$, and $\hat y = \mathrm{softmax}(z)$. This is softmax (multinomial
// logistic) regression. The network predicts class 1 exactly when $\hat y_1 > \hat y_0$, and because softmax divides
// both by the same sum, that is when $z_1 > z_0$:
//
// $$ x_1 \,(w_{1 \rightarrow 1} - w_{1 \rightarrow 0}) + x_2 \,(w_{2 \rightarrow 1} - w_{2 \rightarrow 0}) + (b_1 - b_0) > 0 .$$
//
// Whatever weights training finds, the boundary is a straight line. Two interlocking moons cannot be separated by
// a line, so some points at the tips of each moon end up on the wrong side.
//
// **Training, in words.** The weights start random (small, seeded draws: `Init.XAVIER` scales them to the layer
// sizes; random, so that hidden neurons start different from each other). Then gradient descent repeats the step
// $w \leftarrow w - \eta\, \partial L/\partial w$ for every weight and bias. The **learning rate** $\eta$ is the size of
// that step. One **epoch** is one pass over all training points; here every step uses all 200 of them
// (*full-batch* gradient descent, `Trainer`'s default), so an epoch is one step. 2,000 epochs at $\eta = 1$:

// %%
Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);   // no hidden layer: the activation is unused
Trainer.builder().learningRate(1.0).epochs(2000).build().fit(linear, train, null);
double linearHeldOut = linear.accuracy(heldOut);
show(BoundaryPlot.decisionBoundary(linear, train, 32, "No hidden layer: the boundary is a straight line"));
System.out.println("no hidden layer: held-out accuracy " + Format.percent(linearHeldOut));

// %% [markdown]
// The formula above predicts where the line lies. Take three points on it, $x_1 = -1, 0.5, 2$ and $x_2$ solved from
// the equation with "$= 0$": the trained network, which knows nothing of the formula, must be exactly undecided there,
// $\hat y_1 = \tfrac12$.

// %%
double[][] w = linear.weights(1);
double[] b = linear.biases(1);
double[][] onLine = new double[3][];
for (int i = 0; i < 3; i++) {
    double x1 = -1 + 1.5 * i;
    onLine[i] = new double[] {x1, -(x1 * (w[0][1] - w[0][0]) + (b[1] - b[0])) / (w[1][1] - w[1][0])};
}
double[][] yHatOnLine = linear.predictProbabilities(onLine);
Check.close("on the predicted line the network gives ŷ₁ = ½ at all three points", new double[] {yHatOnLine[0][1], yHatOnLine[1][1], yHatOnLine[2][1]}, new double[] {0.5, 0.5, 0.5}, 1e-12);

// %% [markdown]
// ## 3. Our loss is a mean, so our learning rates are large
//
// The loss is the **mean** cross-entropy over the $N$ training points:
//
// $$ L = -\frac{1}{N} \sum_{n} \sum_{i} y_{n,i} \ln \hat{y}_{n,i} .$$
//
// Because of the $\frac{1}{N}$ the gradient is an *average* of per-point gradients and keeps its size whether we train
// on 200 or on 10,000 points. Many from-scratch tutorials differentiate the **sum** of the per-point losses instead;
// their step $\eta_\Sigma \, \partial (N L) / \partial w$ equals ours with $\eta = N \eta_\Sigma$. The classic moons
// recipe $\eta_\Sigma = 0.01$ is $\eta = 200 \times 0.01 = 2$ here: learning rates of 0.5 to 2 in this series take the
// steps those tutorials take with 0.0025 to 0.01. (A **mini-batch** is a subset of $B$ training points; mini-batch
// gradient descent takes a step on each in turn, $N/B$ steps per epoch, each on the mean over its $B$ points:
// [05](05-experiments.ipynb) compares it with full batches.) That the gradient is the mean, checked point by point:

// %%
Network probe = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
double[][] sumOfGradients = new double[2][3];
for (int n = 0; n < train.size(); n++) {
    Dataset one = new Dataset(new double[][] {train.x()[n]}, new int[] {train.label(n)}, 2);
    double[][] g = probe.gradients(one, 0.0).dW(1);
    for (int m = 0; m < 2; m++) for (int j = 0; j < 3; j++) sumOfGradients[m][j] += g[m][j];
}
Check.close("∂L/∂W₁ on all 200 points is the mean of the 200 per-point gradients", probe.gradients(train, 0.0).dW(1), scaled(1.0 / train.size(), sumOfGradients), 1e-12);

// %% [markdown]
// ## 4. The training loop, written out
//
// Put three tanh neurons between the inputs and the outputs: a 2-3-2 network. Notebook 02 pushed one point at a
// time through it; stacking all $N = 200$ points as the rows of a matrix turns each of its sums into a matrix product.
// With $X$ the $N \times 2$ inputs, $Y$ the $N \times 2$ one-hot targets, $W_1$ ($2 \times 3$) and $W_2$ ($3 \times 2$)
// the weights with $[W]_{jk} = w_{j\rightarrow k}$, and the biases $b_1, b_2$ as rows added to every sample's row:
//
// | step | matrix form | row $n$ of it, in the blog's notation |
// |---|---|---|
// | forward, hidden | $Z_1 = X W_1 + b_1$, $\;A_1 = \tanh(Z_1)$ | $z_j = \sum_m x_m w_{m\rightarrow j} + b_j$, $a_j = \sigma(z_j)$ |
// | forward, output | $Z_2 = A_1 W_2 + b_2$, $\;\hat Y = \mathrm{softmax}(Z_2)$ row by row | $z_o = \sum_j a_j w_{j\rightarrow o} + b_o$ |
// | loss | $L = -\frac1N \sum_{n,i} (Y \odot \ln \hat Y)_{ni}$ | $-\sum_i y_i \ln \hat y_i$, averaged |
// | output error | $\Delta_2 = \hat Y - Y$ | $\delta_o = \hat y_o - y_o$ |
// | hidden error | $\Delta_1 = (\Delta_2 W_2^\top) \odot (1 - A_1 \odot A_1)$ | $\delta_j = \sigma'(z_j) \sum_o \delta_o w_{j\rightarrow o}$, $\tanh' = 1 - \tanh^2$ |
// | gradients | $\frac{\partial L}{\partial W_2} = \frac1N A_1^\top \Delta_2$, $\;\frac{\partial L}{\partial b_2} = \frac1N \mathbf 1^\top \Delta_2$ (and the same for layer 1 with $X$, $\Delta_1$) | $\frac1N\sum_n a_{n,j}\delta_{n,o}$, $\;\frac1N\sum_n \delta_{n,o}$ |
// | step | $W \leftarrow W - \eta\, \partial L/\partial W$ for $W_1, b_1, W_2, b_2$ | |
//
// ($\odot$ multiplies entry by entry; $\mathbf 1^\top \Delta$ sums each column over the samples.) The helpers are
// plain loops in `backprop.notebook.Matrices`: `times`, `transpose`, `plusRow`, `map`, `hadamard`, `minus`,
// `plus`, `scaled`, `columnSums`, `softmaxRows`. Here is the whole loop, 2,000 epochs at $\eta = 0.5$, starting from a seeded
// random network:

// %%
Network start = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
double[][] X = train.x(), Y = oneHot(train.labels(), 2);
double[][] W1 = start.weights(1), b1 = {start.biases(1)}, W2 = start.weights(2), b2 = {start.biases(2)};
int N = train.size(), epochs = 2000;
double eta = 0.5;
double[] loss = new double[epochs + 1];
double[][] theta = new double[epochs + 1][];                           // all parameters after each epoch, kept for §4's check
for (int epoch = 0; epoch <= epochs; epoch++) {
    theta[epoch] = flatten(W1, b1, W2, b2);
    double[][] Z1 = plusRow(times(X, W1), b1), A1 = map(Z1, Math::tanh);       // forward, hidden layer
    double[][] Z2 = plusRow(times(A1, W2), b2), Yhat = softmaxRows(Z2);         // forward, output layer
    loss[epoch] = -sum(hadamard(Y, map(Yhat, Math::log))) / N;                   // L, before this epoch's step
    if (epoch == epochs) break;
    double[][] D2 = minus(Yhat, Y);                                              // Δ2 = Ŷ − Y
    double[][] D1 = hadamard(times(D2, transpose(W2)), map(A1, a -> 1 - a * a)); // Δ1 = (Δ2 W2ᵀ) ⊙ tanh'(Z1)
    double[][] dW2 = scaled(1.0 / N, times(transpose(A1), D2)), db2 = scaled(1.0 / N, columnSums(D2));
    double[][] dW1 = scaled(1.0 / N, times(transpose(X), D1)), db1 = scaled(1.0 / N, columnSums(D1));
    W2 = minus(W2, scaled(eta, dW2)); b2 = minus(b2, scaled(eta, db2));          // the step, θ ← θ − η ∂L/∂θ
    W1 = minus(W1, scaled(eta, dW1)); b1 = minus(b1, scaled(eta, db1));
}
System.out.println(Format.of("L from %.4f before training to %.4f after %d epochs", loss[0], loss[epochs], epochs));

// %% [markdown]
// **Checked against the library.** `Trainer` computes the same thing its own way: on flat arrays, with the samples'
// sums taken four at a time, and its own fast tanh. We let it take the same 2,000 full-batch epochs from the same
// start, one epoch per `fit` so that we can compare after each (full batch involves no shuffling, so 2,000 fits of
// one epoch are one fit of 2,000), and compare every parameter after every epoch and every loss. The two differ by
// rounding only: each epoch's sums over 200 points, added in another order, differ by a few units of
// $10^{-16} \times 200$; if the differences simply added up over 2,000 epochs they would stay below
// $2000 \times 200 \times 2.2\cdot 10^{-16} \approx 10^{-10}$, the tolerance (Going deeper says why they do not grow faster).

// %%
Network twin = start.copy();
Trainer oneEpoch = Trainer.builder().learningRate(eta).epochs(1).build();
double[] trainerLoss = new double[epochs + 1];
double worst = 0;
for (int epoch = 1; epoch <= epochs; epoch++) {
    trainerLoss[epoch - 1] = oneEpoch.fit(twin, train, null).trainLoss()[0];
    worst = Math.max(worst, Check.maxAbsDiff(twin.parameters().toArray(), theta[epoch]));
}
trainerLoss[epochs] = twin.loss(train, 0.0);
Check.that(Format.of("after every one of the 2,000 epochs the loop's 17 parameters equal Trainer's (largest difference %.1e)", worst), worst < 1e-10);
Check.close("and so does the loss, at every epoch", loss, trainerLoss, 1e-10);

// %% [markdown]
// **A sanity check before training.** A network that knows nothing gives both classes probability ½, and then
// $L = -\ln \tfrac12 = \ln 2 \approx 0.693$. A freshly initialised network has small random logits, so its first
// loss should be near $\ln 2$: Going deeper derives that, averaged over the random output weights, it lies between
// $\ln 2$ and $\ln 2 + 0.3$. A first loss of, say, 5 would mean a bug (labels mixed up, a sum where a mean belongs) or
// an initialisation far too large. This run started at the loss printed above; over 100 initial seeds:

// %%
double[] firstLoss = new double[100];
for (int s = 0; s < 100; s++) firstLoss[s] = Network.create(Activation.TANH, Init.XAVIER, s + 1, 2, 3, 2).loss(train, 0.0);
double meanFirst = Spread.mean(firstLoss), seFirst = Spread.sd(firstLoss) / 10;
Check.that(Format.of("the mean first loss over 100 seeds, %.3f ± %.3f, lies between ln 2 = 0.693 and ln 2 + 0.3 (within 3 standard errors)", meanFirst, seFirst),
        meanFirst > Math.log(2) - 3 * seFirst && meanFirst < Math.log(2) + 0.3 + 3 * seFirst);

// %% [markdown]
// ## 5. The trained network
//
// The loss on log-scaled axes: epochs 1–10 get as much room as 100–1,000. It falls, then sits on a plateau from
// about epoch 20 to 100, close to the straight line's loss (printed below), while the hidden neurons find their
// directions; then it falls again as the boundary bends around the tips of the moons.

// %%
show(Curves.logLog("2-3-2 tanh, η = 0.5, full batch: the training loss L", Map.of("training loss L", loss)));
show(BoundaryPlot.decisionBoundary(twin, train, 32, "2-3-2 tanh after 2,000 epochs: the boundary bends around the moons"));
double netHeldOut = twin.accuracy(heldOut);
System.out.println(Format.of("L at epochs 20, 50, 100: %.3f, %.3f, %.3f; the straight line's training loss: %.3f", loss[20], loss[50], loss[100], linear.loss(train, 0.0)));
System.out.println("2-3-2 tanh: train accuracy " + Format.percent(twin.accuracy(train)) + ", held-out accuracy " + Format.percent(netHeldOut));

// %% [markdown]
// The colour shows $\hat y_1$, the predicted probability of class 1; the black line is the boundary
// $\hat y_1 = \hat y_0 = \tfrac12$. Each tanh neuron contributes one soft step across the plane along its own direction,
// and their weighted sum bends the boundary. Both accuracies are measured on the same 1,000 held-out points; the
// standard error of their difference is at most $\sqrt{(0.13 \cdot 0.87 + 0.04 \cdot 0.96)/1000} \approx 1.2$ points,
// so a gain of more than 3 standard errors is not luck of the sample:

// %%
Check.that(Format.of("the hidden layer gains %.1f points on the held-out set over the straight line, more than 3 × 1.2", 100 * (netHeldOut - linearHeldOut)), netHeldOut - linearHeldOut > 3 * 0.012);

// %% [markdown]
// ## 6. Can it learn 20 points by heart?
//
// The second sanity check the best courses teach: before training on all the data, take a handful of points and make
// sure the network can drive their loss to (nearly) zero. A network with enough neurons can memorise 20 points; if
// the loss stalls instead, the gradients or the step are wrong. Our 2-3-2 network, the first 20 training points,
// 5,000 epochs at $\eta = 2$:

// %%
Dataset twenty = new Dataset(Arrays.copyOf(train.x(), 20), Arrays.copyOf(train.labels(), 20), 2);
Network memoriser = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
History memorised = Trainer.builder().learningRate(2.0).epochs(5000).build().fit(memoriser, twenty, null);
double finalTiny = memorised.trainLoss()[memorised.points().size() - 1];
Check.that(Format.of("20 points learnt by heart: L from %.3f to %.1e, all 20 classified right", memorised.trainLoss()[0], finalTiny), finalTiny < 1e-3 && memoriser.accuracy(twenty) == 1.0);

// %% [markdown]
// ## Summary
//
// - Without a hidden layer, softmax regression can only draw a straight line (§2).
// - The loss is a mean, so $\eta$ here is $N$ times the rate of tutorials that sum (§3).
// - Training is a dozen lines of matrices: forward, $\hat Y - Y$, the hidden $\Delta_1$, the gradients, the step; `Trainer`
//   computes the same parameters at every epoch (§4). Two sanity checks frame it: a first loss near $\ln 2$ (§4) and
//   20 points learnt by heart (§6).
// - Three tanh neurons bend the boundary around the moons (§5). Which settings matter, and by how much across
//   seeds, is the subject of [05 — experiments](05-experiments.ipynb).
//
// ## Exercises
//
// Each exercise has a cell for your answer (run it as it is and the check says "not answered yet") and a check cell.
// Solutions are in the appendix at the very end.
//
// **Exercise 1 — weight decay, derived and coded.** *Weight decay* adds an L2 penalty to the loss,
// $L_\lambda = L + \frac{\lambda}{2}\sum w^2$ over all weights (not the biases). Derive $\partial L_\lambda/\partial W$,
// then copy the loop of §4 and add the penalty's gradient, with $\lambda = 10^{-3}$, $\eta = 0.5$, 300 epochs, from the
// same `start`. Your answer: the weights $W_1$ after 300 epochs, in `decayedW1`.
//
// *Hint:* the derivative of $\frac{\lambda}{2} w^2$ is $\lambda w$, so every weight gradient gets $+\lambda W$; the
// step then shrinks each weight by the factor $(1 - \eta\lambda)$ before the usual step, hence the name.

// %% tags=["answer-ex1"]
double[][] decayedW1 = null;   // your code here

// %% tags=["check-ex1"]
Network decayedByTrainer = start.copy();
Trainer.builder().learningRate(0.5).epochs(300).l2(1e-3).build().fit(decayedByTrainer, train, null);
boolean ex1 = Answer.close("Exercise 1", decayedW1, decayedByTrainer.weights(1), 1e-10, "add λ·W1 to ∂L/∂W1 and λ·W2 to ∂L/∂W2, but nothing to the biases");

// %% [markdown]
// **Exercise 2 — the loop for mini-batches.** Write one epoch of mini-batch gradient descent in matrix form, from
// `start`, with $\eta = 0.5$ and batches of $B = 50$ taken in order: rows 0–49, then 50–99, 100–149, 150–199, one
// step on each. Your answer: $W_1$ after the epoch, in `miniW1`.
//
// *Hint:* `Arrays.copyOfRange(X, from, from + 50)` gives a batch's rows (the same for `Y`); inside the loop, $N$
// becomes the batch size $B$, since each step uses the mean over its batch.

// %% tags=["answer-ex2"]
double[][] miniW1 = null;   // your code here

// %% tags=["check-ex2"]
Network batchByBatch = start.copy();
for (int from = 0; from < 200; from += 50)   // one full-batch Trainer step on each batch of 50, in order
    oneEpoch.fit(batchByBatch, new Dataset(Arrays.copyOfRange(X, from, from + 50), Arrays.copyOfRange(train.labels(), from, from + 50), 2), null);
boolean ex2 = Answer.close("Exercise 2", miniW1, batchByBatch.weights(1), 1e-12, "four steps per epoch, each with the mean over its 50 rows (divide by 50, not 200)");

// %% [markdown]
// ## Going deeper
//
// **Why the first loss lies between $\ln 2$ and $\ln 2 + 0.3$ on average.** With two classes the loss of a point is a
// function of the logit difference $d = z_1 - z_0$ alone: $\ell = \ln(1 + e^{-s d})$ with $s = +1$ for class 1 and
// $-1$ for class 0. At initialisation the output weights are drawn symmetric around 0, so $d$ and $-d$ are equally
// likely, and the expected loss is the average of $\ln(1 + e^{-d})$ and $\ln(1 + e^{d})$:
//
// $$ \mathbb E[\ell] = \mathbb E\big[\ln\big(2\cosh\tfrac d2\big)\big], \qquad
//    \ln 2 \;\le\; \ln(2\cosh u) \;\le\; \ln 2 + \tfrac{u^2}{2} .$$
//
// So $\ln 2 \le \mathbb E[\ell] \le \ln 2 + \mathbb E[d^2]/8$. With zero biases, $d = \sum_j a_j (w_{j\rightarrow 1} - w_{j\rightarrow 0})$,
// and Xavier draws each output weight uniformly from $\pm\sqrt{6/(3+2)}$, variance $r^2/3 = 0.4$; the three terms are
// uncorrelated, so $\mathbb E[d^2] = \sum_j a_j^2 \cdot 2 \cdot 0.4 \le 3 \cdot 0.8 = 2.4$ (since $|a_j| = |\tanh| \le 1$),
// and $\mathbb E[\ell] \le \ln 2 + 0.3$. The mean over 100 seeds measured in §4 estimates this expectation, with
// the standard error printed beside it.
//
// **Why the loop and `Trainer` agree to $10^{-10}$ and not bit for bit.** Floating-point addition is not associative:
// the loop sums each column over the 200 samples one after the other, `Trainer` in four interleaved partial sums, and
// its tanh is a polynomial that differs from `Math.tanh` in the last bit or two. So after the first epoch the two
// parameter vectors differ by a few $10^{-16}$. Whether such differences grow depends on the training itself: near a
// minimum gradient descent pulls nearby weights together (the differences shrink), on an unstable trajectory it pushes
// them apart. The bound $10^{-10}$ assumes only that they do not grow faster than they are added, one epoch's
// rounding at a time; the measured largest difference, printed in §4, is far below it. At much larger learning rates
// (notebook 05, $\eta = 20$) the training is chaotic and the two would part after a few hundred epochs.
//
// ## Solutions
//
// The solution cells replace the answer cells above; run them in place of your own answer to compare.

// %% jupyter={"outputs_hidden": true, "source_hidden": true} tags=["solution-ex1"]
double[][] w1 = start.weights(1), c1 = {start.biases(1)}, w2 = start.weights(2), c2 = {start.biases(2)};
double lambda = 1e-3;
for (int epoch = 0; epoch < 300; epoch++) {
    double[][] A = map(plusRow(times(X, w1), c1), Math::tanh), D = minus(softmaxRows(plusRow(times(A, w2), c2)), Y);
    double[][] E = hadamard(times(D, transpose(w2)), map(A, a -> 1 - a * a));
    double[][] g2 = plus(scaled(1.0 / N, times(transpose(A), D)), scaled(lambda, w2));   // + λ W2
    double[][] g1 = plus(scaled(1.0 / N, times(transpose(X), E)), scaled(lambda, w1));   // + λ W1
    c2 = minus(c2, scaled(0.5 / N, columnSums(D))); c1 = minus(c1, scaled(0.5 / N, columnSums(E)));   // biases: no λ
    w2 = minus(w2, scaled(0.5, g2)); w1 = minus(w1, scaled(0.5, g1));
}
double[][] decayedW1 = w1;

// %% jupyter={"outputs_hidden": true, "source_hidden": true} tags=["solution-ex2"]
double[][] v1 = start.weights(1), d1 = {start.biases(1)}, v2 = start.weights(2), d2 = {start.biases(2)};
for (int from = 0; from < 200; from += 50) {
    double[][] Xb = Arrays.copyOfRange(X, from, from + 50), Yb = Arrays.copyOfRange(Y, from, from + 50);
    double[][] A = map(plusRow(times(Xb, v1), d1), Math::tanh), D = minus(softmaxRows(plusRow(times(A, v2), d2)), Yb);
    double[][] E = hadamard(times(D, transpose(v2)), map(A, a -> 1 - a * a));
    v2 = minus(v2, scaled(0.5 / 50, times(transpose(A), D))); d2 = minus(d2, scaled(0.5 / 50, columnSums(D)));
    v1 = minus(v1, scaled(0.5 / 50, times(transpose(Xb), E))); d1 = minus(d1, scaled(0.5 / 50, columnSums(E)));
}
double[][] miniW1 = v1;
