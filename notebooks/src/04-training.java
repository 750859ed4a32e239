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
// # 04 — Training on the moons
//
// Notebooks 01 and 02 derived the two facts that make a softmax network trainable: at the output,
// $\delta_o = \partial L/\partial z_o = \hat y_o - y_o$, and further back,
// $\delta_j = \sigma'(z_j) \sum_{k \in path(j)} \delta_k\, w_{j \rightarrow k}$. The blog ends by promising to use them
// "to classify the make moons dataset". This notebook keeps that promise, with the training loop in plain sight:
//
// 1. two moons of noisy points;
// 2. a network **without** a hidden layer, and why it can only draw a straight line;
// 3. why our learning rates look large (the loss is a mean);
// 4. the training loop written out in ten lines, checked step for step against the library's `Trainer`;
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
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

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

// %%
int[] counts = new int[2];
double[] meanX2 = new double[2];
for (int n = 0; n < train.size(); n++) { counts[train.label(n)]++; meanX2[train.label(n)] += train.x(n, 1); }
meanX2[0] /= counts[0]; meanX2[1] /= counts[1];
Check.that("200 points, 2 features, 2 classes, 100 on each moon", train.size() == 200 && train.inputs() == 2 && counts[0] == 100 && counts[1] == 100);
// the outer arc has mean height 2/π = 0.64, the inner one 1/2 − 2/π = −0.14; noise 0.2 moves a mean of 100 points by ~0.02
Check.close("class 0's mean x₂ is the outer arc's mean height 2/π (within 4 standard errors)", meanX2[0], 2 / Math.PI, 0.08);
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

// %%
Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);   // no hidden layer: the activation is unused
Trainer.builder().learningRate(1.0).epochs(2000).batchSize(Trainer.FULL_BATCH).seed(1).build().fit(linear, train, null);
double linearHeldOut = linear.accuracy(heldOut);
show(BoundaryPlot.decisionBoundary(linear, train, 32, "No hidden layer: the boundary is a straight line"));

double[][] w = linear.weights(1);
double[] b = linear.biases(1);
int[] predicted = linear.predict(heldOut);
int disagreements = 0;
for (int n = 0; n < heldOut.size(); n++) {
    double s = heldOut.x(n, 0) * (w[0][1] - w[0][0]) + heldOut.x(n, 1) * (w[1][1] - w[1][0]) + (b[1] - b[0]);
    if ((s > 0 ? 1 : 0) != predicted[n]) disagreements++;
}
System.out.println(Format.of("the line: %.3f x₁ + %.3f x₂ + %.3f = 0", w[0][1] - w[0][0], w[1][1] - w[1][0], b[1] - b[0]));
Check.that("softmax regression predicts class 1 exactly where the line's function is positive (" + disagreements + " of 1000 disagree)", disagreements == 0);
Check.that("a straight line gets most but not all held-out points right: " + Format.percent(linearHeldOut), linearHeldOut > 0.80 && linearHeldOut < 0.92);

// %% [markdown]
// ## 3. Our loss is a mean, so our learning rates are large
//
// The loss is the **mean** cross-entropy over the $N$ training points:
//
// $$ L = -\frac{1}{N} \sum_{n} \sum_{i} y_{n,i} \ln \hat{y}_{n,i} .$$
//
// Gradient descent moves every weight against its gradient, $w \leftarrow w - \eta \, \partial L / \partial w$. Because of
// the $\frac{1}{N}$ the gradient is an *average* of per-point gradients and keeps its size whether we train on 200
// or on 10,000 points. Many from-scratch tutorials differentiate the **sum** of the per-point losses instead; their step
// $\eta_\Sigma \, \partial (N L) / \partial w$ equals ours with $\eta = N \eta_\Sigma$. The classic moons recipe
// $\eta_\Sigma = 0.01$ is $\eta = 200 \times 0.01 = 2$ here: learning rates of 0.5 to 2 in this series take the steps
// those tutorials take with 0.0025 to 0.01. That $L$ and its gradient are means, checked (the same terms added in a
// different order: tolerance $10^{-12}$):

// %%
Network probe = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
double sumOfLosses = 0;
double[][] sumOfGradients = new double[2][3];
for (int n = 0; n < train.size(); n++) {
    Dataset one = new Dataset(new double[][] {train.x()[n]}, new int[] {train.label(n)}, 2);
    sumOfLosses += probe.loss(one, 0.0);
    double[][] g = probe.gradients(one, 0.0).dW(1);
    for (int m = 0; m < 2; m++) for (int j = 0; j < 3; j++) sumOfGradients[m][j] += g[m][j];
}
Check.close("L is the mean of the 200 per-point losses", probe.loss(train, 0.0), sumOfLosses / train.size(), 1e-12);
Check.close("∂L/∂W₁ is the mean of the 200 per-point gradients", probe.gradients(train, 0.0).dW(1), Matrices.scaled(1.0 / train.size(), sumOfGradients), 1e-12);

// %% [markdown]
// ## 4. The training loop, written out
//
// Put three tanh neurons between the inputs and the outputs: a 2-3-2 network. One epoch of full-batch gradient
// descent is exactly the computation of notebook 02 on all 200 points at once, followed by the step:
//
// 1. `net.gradients(train, 0.0)`: the forward pass, $\delta_o = \hat y_o - y_o$ per point, the hidden
//    $\delta_j = \sigma'(z_j) \sum_k \delta_k w_{j \rightarrow k}$, and
//    $\partial L/\partial w_{j\rightarrow k} = \frac1N \sum_n a_{n,j}\delta_{n,k}$, $\partial L/\partial b_k = \frac1N\sum_n \delta_{n,k}$;
// 2. the step $w \leftarrow w - \eta\, \partial L/\partial w$ for every weight and bias of every layer: the library
//    keeps them all in one vector $\theta$ (`net.parameters()`), and `g.gradient()` is $\partial L/\partial\theta$ in the
//    same layout, so `Backprop.step` is one loop;
// 3. the loss, recorded: `g.loss()` is $L$ at the weights the gradients were computed at.
//
// **Before training, a sanity check.** A network that knows nothing gives both classes probability ½, and then
// $L = -\ln \tfrac12 = \ln 2 \approx 0.693$ for every point. With the output weights set to zero the logits are the
// biases, zero, and the loss is $\ln 2$ exactly. A freshly initialised network has small random logits, so its first
// loss should be of the order of $\ln 2$; how close depends on the draw (we measure it over ten initial seeds). A first
// loss of, say, 5 would mean a bug (labels mixed up, a sum where a mean belongs) or an initialisation far too large.
//
// The loop runs 2,000 epochs at $\eta = 0.5$; the bar shows the progress and the current loss.

// %%
Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
Network twin = net.copy();                                    // the same start, for the Trainer below
double eta = 0.5;
int epochs = 2000;
double[] loss = new double[epochs + 1];
ProgressBar bar = new ProgressBar("training 2-3-2", epochs, "epochs");
String progress = display(bar.render(0), "text/plain");

for (int epoch = 0; epoch < epochs; epoch++) {
    Gradients g = net.gradients(train, 0.0);                  // forward pass + backpropagation, mean over the N points
    loss[epoch] = g.loss();                                   // L before this epoch's step
    Parameters theta = net.parameters();                      // every weight and bias, θ = (W1, b1, W2, b2)
    Backprop.step(theta, g.gradient(), eta);                  // θ ← θ − η ∂L/∂θ, one loop over all of them
    net.setParameters(theta);
    if ((epoch + 1) % 50 == 0) updateDisplay(progress, bar.render(epoch + 1, loss[epoch]), "text/plain");
}
loss[epochs] = net.loss(train, 0.0);
updateDisplay(progress, bar.render(epochs, loss[epochs]), "text/plain");

// %%
Network silent = twin.copy();
silent.setWeights(2, new double[3][2]);
Check.close("with zero output weights (and biases) the loss is ln 2 exactly", silent.loss(train, 0.0), Math.log(2), 1e-13);
double[] firstLoss = new double[10];
for (int s = 0; s < 10; s++) firstLoss[s] = Network.create(Activation.TANH, Init.XAVIER, s + 1, 2, 3, 2).loss(train, 0.0);
double lowestFirst = Arrays.stream(firstLoss).min().getAsDouble(), highestFirst = Arrays.stream(firstLoss).max().getAsDouble();
Check.that(Format.of("over initial seeds 1 to 10 the first loss lies between %.2f and %.2f: of the order of ln 2 (this run: %.4f)",
        lowestFirst, highestFirst, loss[0]), lowestFirst > 0.3 && highestFirst < 1.5);
Check.close("seed 1 is this run: Network.loss gives the loop's first loss", firstLoss[0], loss[0], 1e-13);

History library = Trainer.builder().learningRate(eta).epochs(epochs).batchSize(Trainer.FULL_BATCH).seed(1)
        .recordEvery(1).build().fit(twin, train, null);
Check.close("the loop above and Trainer.fit give the same loss at every one of the 2001 epochs", loss, library.trainLoss(), 1e-12);
Check.close("and the same final weights", net.weights(1), twin.weights(1), 1e-12);

// %% [markdown]
// The two agree to the last few bits at every epoch: `Trainer` runs this very loop, only on flat arrays and, for
// large batches, on several threads. (At much larger learning rates the two can part after many epochs: when
// training itself is unstable, a difference in the last bit of one sum grows; see notebook 05 on learning rates.)
//
// ## 5. The trained network
//
// The loss on log-scaled axes: epochs 1–10 get as much room as 100–1,000. The loss first sits on a plateau near the
// straight line's loss while the hidden neurons find their directions, then falls as the boundary bends around the
// tips of the moons.

// %%
show(LossCurves.logLog("2-3-2 tanh, η = 0.5, full batch: the training loss L", Map.of("training loss L", loss)));
show(BoundaryPlot.decisionBoundary(net, train, 32, "2-3-2 tanh after 2,000 epochs: the boundary bends around the moons"));
double netHeldOut = net.accuracy(heldOut);
System.out.println("2-3-2 tanh: train accuracy " + Format.percent(net.accuracy(train)) + ", held-out accuracy " + Format.percent(netHeldOut));
Check.that(Format.of("training lowers L from %.3f to %.3f, below a fifth", loss[0], loss[epochs]), loss[epochs] < loss[0] / 5);
Check.that("the 2-3-2 network beats the straight line on the held-out points by more than 5 points: "
        + Format.percent(netHeldOut) + " against " + Format.percent(linearHeldOut), netHeldOut > linearHeldOut + 0.05);

// %% [markdown]
// The colour shows $\hat y_1$, the predicted probability of class 1; the black line is the boundary
// $\hat y_1 = \hat y_0 = \tfrac12$. Each tanh neuron contributes one soft step across the plane along its own direction,
// and their weighted sum bends the boundary.
//
// ## 6. Can it learn 20 points by heart?
//
// The second sanity check the best courses teach: before training on all the data, take a handful of points and make
// sure the network can drive their loss to (nearly) zero. A network with enough neurons can memorise 20 points; if
// the loss stalls instead, the gradients or the step are wrong. Our 2-3-2 network, the first 20 training points,
// 5,000 epochs at $\eta = 2$:

// %%
Dataset twenty = new Dataset(Arrays.copyOf(train.x(), 20), Arrays.copyOf(train.labels(), 20), 2);
Network memoriser = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
History memorised = Trainer.builder().learningRate(2.0).epochs(5000).batchSize(Trainer.FULL_BATCH).seed(1)
        .recordEvery(50).build().fit(memoriser, twenty, null);
double finalTiny = memorised.trainLoss()[memorised.size() - 1];
System.out.println(Format.of("20 points: L from %.4f to %.2e, accuracy %s", memorised.trainLoss()[0], finalTiny, Format.percent(memoriser.accuracy(twenty))));
Check.that("the network drives the loss of 20 points below 0.001 and classifies all of them right", finalTiny < 1e-3 && memoriser.accuracy(twenty) == 1.0);

// %% [markdown]
// ## Summary
//
// - Without a hidden layer, softmax regression can only draw a straight line (§2).
// - The loss is a mean, so $\eta$ here is $N$ times the rate of tutorials that sum (§3).
// - Training is ten lines: gradients by backpropagation, a step against them, the loss recorded; `Trainer` does
//   exactly that (§4). Two sanity checks frame it: a first loss of the order of $\ln 2$ (§4) and 20 points learnt by
//   heart (§6).
// - Three tanh neurons bend the boundary around the moons (§5). Which settings matter, and by how much across
//   seeds, is the subject of [05 — experiments](05-experiments.ipynb).
//
// ## Exercises
//
// **Exercise 1 — weight decay in your loop.** Add an L2 penalty $\frac{\lambda}{2}\sum w^2$ with $\lambda = 10^{-3}$
// to the loop of §4 and check that 300 epochs of it follow `Trainer` with `.l2(1e-3)`.
//
// *Hint:* `net.gradients(train, λ)` already adds $\lambda w$ to every $\partial L/\partial w$ (not to the biases), so
// the step itself does not change. `Trainer` records the cross-entropy without the penalty: record
// `net.loss(train, 0.0)` to compare.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double lambda = 1e-3;
Network decayed = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), decayedTwin = decayed.copy();
double[] decayedLoss = new double[301];
for (int epoch = 0; epoch < 300; epoch++) {
    decayedLoss[epoch] = decayed.loss(train, 0.0);                    // the cross-entropy, as Trainer records it
    Gradients g = decayed.gradients(train, lambda);
    for (int l = 1; l <= decayed.layers(); l++) {
        double[][] weights = decayed.weights(l), dW = g.dW(l);
        double[] biases = decayed.biases(l), db = g.db(l);
        for (int j = 0; j < weights.length; j++) for (int k = 0; k < weights[j].length; k++) weights[j][k] -= eta * dW[j][k];
        for (int k = 0; k < biases.length; k++) biases[k] -= eta * db[k];
        decayed.setWeights(l, weights);  decayed.setBiases(l, biases);
    }
}
decayedLoss[300] = decayed.loss(train, 0.0);
History decayedLibrary = Trainer.builder().learningRate(eta).epochs(300).batchSize(Trainer.FULL_BATCH).l2(lambda).seed(1)
        .recordEvery(1).build().fit(decayedTwin, train, null);
Check.close("with λ = 1e-3 the loop follows Trainer at every epoch", decayedLoss, decayedLibrary.trainLoss(), 1e-12);
// END SOLUTION

// %% [markdown]
// **Exercise 2 — the tutorials' raw rate.** Train the 2-3-2 network of §4 with `Trainer` at $\eta = 0.01$ for the
// same 2,000 epochs. How far does its loss get, compared with $\eta = 0.5$?
//
// *Hint:* with our mean loss, 0.01 is the step a summing tutorial would take with $\eta_\Sigma = 0.00005$.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
Network slow = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
History slowHistory = Trainer.builder().learningRate(0.01).epochs(2000).batchSize(Trainer.FULL_BATCH).seed(1)
        .build().fit(slow, train, null);
double slowLoss = slowHistory.trainLoss()[slowHistory.size() - 1];
System.out.println(Format.of("η = 0.01: L = %.4f after 2000 epochs (η = 0.5: %.4f); held-out accuracy %s", slowLoss, loss[epochs], Format.percent(slow.accuracy(heldOut))));
Check.that("at η = 0.01 the loss is still more than twice that at η = 0.5", slowLoss > 2 * loss[epochs]);
// END SOLUTION
