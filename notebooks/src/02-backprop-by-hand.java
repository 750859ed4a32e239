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
// # 02 — Backpropagation by hand
//
// *Reading time: about 25 minutes, plus 5 for "Going deeper" at the end.*
//
// Notebook 01 ended at the output layer: for softmax with cross-entropy the error signal of output neuron $o$ is
// $\delta_o = \partial L / \partial z_o = \hat y_o - y_o$. Backpropagation carries such signals backwards through the
// network with one rule,
//
// $$\delta_j = \frac{\partial L}{\partial z_j} = \sigma'(z_j) \sum_{k} \delta_k\, w_{j \rightarrow k},$$
//
// where $k$ runs over the neurons that $j$ feeds, and turns them into the gradient of every weight. Here we do it by
// hand, number by number, on a network small enough to follow (2 inputs, 3 tanh hidden neurons, 2 softmax outputs, one
// labelled sample), and compare every number with the library's backward pass and with finite differences. Then come
// the same computation in matrix form for a batch, one step of gradient descent, and what finite differences would
// cost instead.
//
// **Where this is in the blog:** *Feedforward Artificial Neural Network pt2* (in the
// [December 2016 archive](http://edgeofabandon.blogspot.com/2016/12)): the chain rule over all paths and the error
// propagation (§3, §4 here, with the blog's slips flagged in §4), the weight gradients and the step it implies (§5,
// §9), and "saves the recalculation of derivatives" (§10 and notebook 03). Notation as in notebook 00.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. The network and the sample
//
// Inputs $x_1, x_2$; hidden neurons $h_1, h_2, h_3$ with $\sigma = \tanh$; outputs $o_0, o_1$ with softmax. The weights
// are round numbers, each variable named after its connection: `w_x1h2` is $w_{x_1 \rightarrow h_2}$. The sample is
// $x = (1, 0.5)$ of class 1, so the one-hot target is $y = (y_0, y_1) = (0, 1)$.

// %%
double w_x1h1 = 0.5,   w_x1h2 = -1.0,  w_x1h3 = 0.25;     // input x1 -> hidden
double w_x2h1 = 0.75,  w_x2h2 = 0.5,   w_x2h3 = -0.5;     // input x2 -> hidden
double b_h1 = 0.0,     b_h2 = 0.5,     b_h3 = 0.25;
double w_h1o0 = 1.0,   w_h1o1 = -0.5;                     // hidden -> output
double w_h2o0 = -0.75, w_h2o1 = 0.25;
double w_h3o0 = 0.5,   w_h3o1 = 1.0;
double b_o0 = 0.1,     b_o1 = -0.1;

double x1 = 1.0, x2 = 0.5;     // the sample
double y0 = 0.0, y1 = 1.0;     // its one-hot label: class 1

// %% [markdown]
// ## 2. Forward pass, neuron by neuron
//
// Each hidden neuron: $z_h = x_1 w_{x_1\rightarrow h} + x_2 w_{x_2\rightarrow h} + b_h$, then $a_h = \tanh z_h$.
// Each output: $z_o = \sum_h a_h w_{h\rightarrow o} + b_o$, then softmax, then the loss
// $L = -\sum_o y_o \ln \hat y_o = -\ln \hat y_1$.

// %%
double z_h1 = x1 * w_x1h1 + x2 * w_x2h1 + b_h1;     // 1*0.5  + 0.5*0.75 + 0    = 0.875
double z_h2 = x1 * w_x1h2 + x2 * w_x2h2 + b_h2;     // 1*-1   + 0.5*0.5  + 0.5  = -0.25
double z_h3 = x1 * w_x1h3 + x2 * w_x2h3 + b_h3;     // 1*0.25 + 0.5*-0.5 + 0.25 = 0.25
double a_h1 = Math.tanh(z_h1), a_h2 = Math.tanh(z_h2), a_h3 = Math.tanh(z_h3);

double z_o0 = a_h1 * w_h1o0 + a_h2 * w_h2o0 + a_h3 * w_h3o0 + b_o0;
double z_o1 = a_h1 * w_h1o1 + a_h2 * w_h2o1 + a_h3 * w_h3o1 + b_o1;
double yHat0 = Math.exp(z_o0) / (Math.exp(z_o0) + Math.exp(z_o1));
double yHat1 = Math.exp(z_o1) / (Math.exp(z_o0) + Math.exp(z_o1));
double L = -(y0 * Math.log(yHat0) + y1 * Math.log(yHat1));

System.out.println(Format.of("hidden: z = (%.6f, %.6f, %.6f), a = tanh z = (%.6f, %.6f, %.6f)", z_h1, z_h2, z_h3, a_h1, a_h2, a_h3));
System.out.println(Format.of("output: z = (%.6f, %.6f), ŷ = (%.6f, %.6f), L = −ln ŷ₁ = %.6f", z_o0, z_o1, yHat0, yHat1, L));

// %% [markdown]
// The same network in the library. `W1[m][j]` holds $w_{m\rightarrow j}$ from input $m$ to hidden neuron $j$,
// `W2[j][o]` from hidden neuron $j$ to output $o$ (indices from 0); the sample becomes a `Dataset` of size 1.

// %%
double[][] W1 = {{w_x1h1, w_x1h2, w_x1h3}, {w_x2h1, w_x2h2, w_x2h3}};
double[][] W2 = {{w_h1o0, w_h1o1}, {w_h2o0, w_h2o1}, {w_h3o0, w_h3o1}};
Network net = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 2);
net.setWeights(1, W1);  net.setBiases(1, new double[] {b_h1, b_h2, b_h3});
net.setWeights(2, W2);  net.setBiases(2, new double[] {b_o0, b_o1});
Dataset sample = new Dataset(new double[][] {{x1, x2}}, new int[] {1}, 2);

ForwardPass pass = net.forward(sample);
Check.close("every z, a and ŷ by hand equals the library's", new double[][] {{z_h1, z_h2, z_h3}, {a_h1, a_h2, a_h3}, {z_o0, z_o1}, {yHat0, yHat1}},
        new double[][] {pass.z(1)[0], pass.a(1)[0], pass.z(2)[0], pass.yHat()[0]}, 1e-12);
Check.close("the library's loss equals L by hand", net.loss(sample, 0), L, 1e-12);
render(Inline.svg(NetworkDiagram.forward("The 2-3-2 tanh network on x = (1, 0.5), class 1: forward pass", net, pass, sample.labels(), 0)))

// %% [markdown]
// ## 3. The error signal at the outputs
//
// From notebook 01: $\delta_o = \partial L/\partial z_o = \hat y_o - y_o$. The network gives class 1 only
// $\hat y_1 \approx 0.20$, so $\delta_{o_1}$ is negative (raise $z_{o_1}$) and $\delta_{o_0}$ positive (lower
// $z_{o_0}$).

// %%
double d_o0 = yHat0 - y0, d_o1 = yHat1 - y1;
System.out.println(Format.of("δ_o0 = ŷ₀ − y₀ = %+.6f,  δ_o1 = ŷ₁ − y₁ = %+.6f", d_o0, d_o1));

// %% [markdown]
// ## 4. The error signal at the hidden neurons, path by path
//
// $L$ depends on $z_j$ only through $a_j = \sigma(z_j)$, and $a_j$ reaches the loss along every connection leaving
// neuron $j$, into each $z_k$ of the next layer. The chain rule adds up these paths:
//
// $$\delta_j = \frac{\partial L}{\partial z_j}
//   = \frac{\partial a_j}{\partial z_j} \sum_{k} \frac{\partial L}{\partial z_k}\,\frac{\partial z_k}{\partial a_j}
//   = \sigma'(z_j) \sum_{k} \delta_k\, w_{j \rightarrow k},$$
//
// because $z_k = \sum_{j'} a_{j'} w_{j'\rightarrow k} + b_k$ gives $\partial z_k / \partial a_j = w_{j\rightarrow k}$.
//
// **Two slips in the blog.** (1) It writes $z_k = a_j w_{j\rightarrow k}$, without the sum over $j$ and without the
// bias. The derivative $\partial z_k/\partial a_j = w_{j\rightarrow k}$ survives, since the other terms do not contain
// $a_j$, but the forward pass needs the full sum. (2) It starts from $\delta_j = \frac{\partial L}{\partial \hat y}
// \frac{\partial \hat y}{\partial z_j}$, as if there were one output $\hat y$. With several outputs the chain rule
// sums over them, $\delta_j = \sum_o \frac{\partial L}{\partial \hat y_o}\frac{\partial \hat y_o}{\partial z_j}$, and
// the "$\delta_k$ in disguise" it then recognises is $\sum_o \frac{\partial L}{\partial \hat y_o}\frac{\partial \hat
// y_o}{\partial z_k}$. Routed through $z_k$ as above, no such sum is needed: it is inside $\delta_k$.
//
// For tanh, $\sigma'(z_j) = 1 - \tanh^2 z_j = 1 - a_j^2$, already known from the forward pass. Each hidden neuron has
// two paths, one to each output:

// %%
double s_h1 = 1 - a_h1 * a_h1, s_h2 = 1 - a_h2 * a_h2, s_h3 = 1 - a_h3 * a_h3;     // σ'(z_h) = 1 - tanh² z_h

double d_h1 = s_h1 * (d_o0 * w_h1o0 + d_o1 * w_h1o1);
double d_h2 = s_h2 * (d_o0 * w_h2o0 + d_o1 * w_h2o1);
double d_h3 = s_h3 * (d_o0 * w_h3o0 + d_o1 * w_h3o1);

System.out.println(Format.of("δ_h1 = σ′(z_h1) [δ_o0 w_h1→o0 + δ_o1 w_h1→o1] = %.6f × [%+.6f %+.6f] = %+.6f", s_h1, d_o0 * w_h1o0, d_o1 * w_h1o1, d_h1));
System.out.println(Format.of("δ_h2 = σ′(z_h2) [δ_o0 w_h2→o0 + δ_o1 w_h2→o1] = %.6f × [%+.6f %+.6f] = %+.6f", s_h2, d_o0 * w_h2o0, d_o1 * w_h2o1, d_h2));
System.out.println(Format.of("δ_h3 = σ′(z_h3) [δ_o0 w_h3→o0 + δ_o1 w_h3→o1] = %.6f × [%+.6f %+.6f] = %+.6f", s_h3, d_o0 * w_h3o0, d_o1 * w_h3o1, d_h3));

// %% [markdown]
// ## 5. From error signals to weight gradients
//
// A weight $w_{j\rightarrow k}$ enters the loss only through $z_k$, and $\partial z_k / \partial w_{j\rightarrow k} = a_j$;
// a bias has $\partial z_k / \partial b_k = 1$. So
//
// $$\frac{\partial L}{\partial w_{j\rightarrow k}} = \delta_k\, a_j, \qquad \frac{\partial L}{\partial b_k} = \delta_k :$$
//
// the error signal at the end of the connection times the activity at its start. For the first layer $a_j$ is the
// input $x_j$. All 17 derivatives of our network, laid out like the weights:

// %%
double[][] dW1 = {{x1 * d_h1, x1 * d_h2, x1 * d_h3},
                  {x2 * d_h1, x2 * d_h2, x2 * d_h3}};
double[]   db1 = {d_h1, d_h2, d_h3};
double[][] dW2 = {{a_h1 * d_o0, a_h1 * d_o1},
                  {a_h2 * d_o0, a_h2 * d_o1},
                  {a_h3 * d_o0, a_h3 * d_o1}};
double[]   db2 = {d_o0, d_o1};
for (int m = 0; m < 2; m++) System.out.println("∂L/∂W1[x" + (m + 1) + "→h] = " + Format.vector(dW1[m]));
System.out.println("∂L/∂b1         = " + Format.vector(db1));
for (int j = 0; j < 3; j++) System.out.println("∂L/∂W2[h" + (j + 1) + "→o] = " + Format.vector(dW2[j]));
System.out.println("∂L/∂b2         = " + Format.vector(db2));

// %% [markdown]
// ## 6. Check 1: the library's backward pass
//
// `net.backward(pass, labels, λ)` runs the same recursion over whole layers ($\lambda = 0$: no weight decay). Its
// error signals and gradients against ours:

// %%
Gradients g = net.backward(pass, sample.labels(), 0);
Check.close("δ at the outputs and at the hidden neurons equal the library's", new double[][] {{d_o0, d_o1}, {d_h1, d_h2, d_h3}},
        new double[][] {g.delta(2)[0], g.delta(1)[0]}, 1e-12);
Check.close("all 17 derivatives ∂L/∂w and ∂L/∂b equal the library's", new double[][] {dW1[0], dW1[1], db1, dW2[0], dW2[1], dW2[2], db2},
        new double[][] {g.dW(1)[0], g.dW(1)[1], g.db(1), g.dW(2)[0], g.dW(2)[1], g.dW(2)[2], g.db(2)}, 1e-12);

// %% [markdown]
// The backward pass in the same picture: $\delta$ in every neuron, $\partial L/\partial w_{j\rightarrow k} = a_j\delta_k$
// under each weight and $\partial L/\partial b_k = \delta_k$ under each bias. Follow $\delta_{o_0}$ and $\delta_{o_1}$
// back along the lines into a hidden neuron: their weighted sum times $\sigma'(z_j)$ is that neuron's $\delta_j$.

// %%
render(Inline.svg(NetworkDiagram.backward("The 2-3-2 tanh network: backward pass (δ, ∂L/∂w, ∂L/∂b)", net, pass, sample.labels(), g, 0)))

// %% [markdown]
// ## 7. Check 2: finite differences
//
// The library and our hand computation follow the same recursion, so a shared misunderstanding would pass check 1.
// Finite differences do not use the recursion at all: nudge one weight by $\pm h$, run the whole network forward
// again, and divide the change in loss by $2h$. First for one weight, $w_{h_2\rightarrow o_0}$, then with
// `GradientCheck` for every weight and bias (it reports the largest *relative* error; below $10^{-6}$ is agreement,
// see "Going deeper").

// %%
double h = 1e-5;
Network probe = net.copy();
double[][] nudged = probe.weights(2);
nudged[1][0] = w_h2o0 + h;  probe.setWeights(2, nudged);  double lossPlus = probe.loss(sample, 0);
nudged[1][0] = w_h2o0 - h;  probe.setWeights(2, nudged);  double lossMinus = probe.loss(sample, 0);
double numeric = (lossPlus - lossMinus) / (2 * h);
Check.close(Format.of("∂L/∂w_h2→o0: δ_o0 a_h2 = %.8f equals the finite difference", dW2[1][0]), dW2[1][0], numeric, 1e-8);
GradientCheck.Report report = GradientCheck.check(net, sample, 0, h);
Check.that(Format.of("backprop agrees with finite differences on all %d parameters (largest relative error %.1e)",
        net.parameterCount(), report.maxRelativeError()), report.maxRelativeError() < 1e-6);

// %% [markdown]
// ## 8. The same in matrix form, for a batch
//
// With $N$ samples stacked as rows, each line of the hand computation becomes one matrix product. With $X$ the
// $N\times 2$ inputs, $Y$ the one-hot targets and $\odot$ the element-wise product:
//
// $$Z_1 = X W_1 + \mathbf 1 b_1^\top,\quad A_1 = \tanh Z_1,\quad Z_2 = A_1 W_2 + \mathbf 1 b_2^\top,\quad \hat Y = \operatorname{softmax}(Z_2)\ \text{row by row}$$
//
// $$\Delta_2 = \hat Y - Y,\qquad \Delta_1 = \sigma'(Z_1) \odot \bigl(\Delta_2 W_2^\top\bigr),\qquad
//   \frac{\partial L}{\partial W_2} = \tfrac1N A_1^\top \Delta_2,\quad \frac{\partial L}{\partial W_1} = \tfrac1N X^\top \Delta_1$$
//
// The loss of a batch is the mean $L = \frac1N \sum_n L_n$, so each gradient gets one factor $\frac1N$; the rows of
// the $\Delta$'s are kept per sample (as the library's `delta` returns them). Entry $(n, j)$ of $\Delta_2 W_2^\top$ is
// $\sum_k \delta_{n,k} w_{j\rightarrow k}$, the path sum of §4 for all samples at once; entry $(j,k)$ of
// $A_1^\top \Delta_2$ is $\sum_n a_{n,j}\delta_{n,k}$, the rule of §5 added up over the batch. A batch of four:

// %%
double[][] X = {{1.0, 0.5}, {-0.5, 1.0}, {0.0, -1.0}, {2.0, 0.25}};
int[] labels = {1, 0, 0, 1};
Dataset batch = new Dataset(X, labels, 2);
int N = X.length;
double[] b1 = net.biases(1), b2 = net.biases(2);

double[][] Z1 = Matrices.times(X, W1), A1 = new double[N][3], S1 = new double[N][3];
for (int n = 0; n < N; n++)
    for (int j = 0; j < 3; j++) { Z1[n][j] += b1[j]; A1[n][j] = Math.tanh(Z1[n][j]); S1[n][j] = 1 - A1[n][j] * A1[n][j]; }
double[][] Z2 = Matrices.times(A1, W2), Delta2 = new double[N][];
for (int n = 0; n < N; n++) {
    for (int o = 0; o < 2; o++) Z2[n][o] += b2[o];
    Delta2[n] = CrossEntropy.gradient(Softmax.softmax(Z2[n]), CrossEntropy.oneHot(labels[n], 2));   // ŷ − y, row n
}
double[][] Delta1 = Matrices.times(Delta2, Matrices.transpose(W2));
for (int n = 0; n < N; n++) for (int j = 0; j < 3; j++) Delta1[n][j] *= S1[n][j];                   // ⊙ σ'(Z1)

double[][] dW2batch = Matrices.scaled(1.0 / N, Matrices.times(Matrices.transpose(A1), Delta2));
double[][] dW1batch = Matrices.scaled(1.0 / N, Matrices.times(Matrices.transpose(X), Delta1));

// %% [markdown]
// Against the library, and against the mean of the four one-sample gradients (a second, independent route to the
// same number):

// %%
Gradients gb = net.gradients(batch, 0);
double worstMatrix = Math.max(Math.max(Check.maxAbsDiff(gb.delta(1), Delta1), Check.maxAbsDiff(gb.delta(2), Delta2)),
        Math.max(Check.maxAbsDiff(gb.dW(1), dW1batch), Check.maxAbsDiff(gb.dW(2), dW2batch)));
Check.close("Δ₁, Δ₂, ∂L/∂W1 and ∂L/∂W2 of the matrix form equal the library's", worstMatrix, 0, 1e-12);

double[][] meanOfSingles = new double[3][2];
for (int n = 0; n < N; n++) {
    double[][] single = net.gradients(new Dataset(new double[][] {X[n]}, new int[] {labels[n]}, 2), 0).dW(2);
    for (int j = 0; j < 3; j++) for (int o = 0; o < 2; o++) meanOfSingles[j][o] += single[j][o] / N;
}
Check.close("∂L/∂W2 of the batch is the mean of the four one-sample gradients", meanOfSingles, dW2batch, 1e-12);

// %% [markdown]
// ## 9. One step of gradient descent
//
// The gradient points uphill, so a small step against it lowers the loss:
//
// $$w \leftarrow w - \eta\,\frac{\partial L}{\partial w}\quad\text{for every weight and bias.}$$
//
// To first order the loss changes by $-\eta \sum_w \bigl(\partial L/\partial w\bigr)^2 = -\eta\,\|\nabla L\|^2$, which
// is negative whenever the gradient is not zero. The prediction, then the step with $\eta = 0.5$ on the batch:

// %%
double eta = 0.5;
Network stepped = net.copy();
double gradNormSquared = 0;
for (int l = 1; l <= net.layers(); l++) {
    double[][] w = stepped.weights(l), dw = gb.dW(l);
    double[] b = stepped.biases(l), db = gb.db(l);
    for (int j = 0; j < w.length; j++) for (int k = 0; k < w[j].length; k++) { w[j][k] -= eta * dw[j][k]; gradNormSquared += dw[j][k] * dw[j][k]; }
    for (int k = 0; k < b.length; k++) { b[k] -= eta * db[k]; gradNormSquared += db[k] * db[k]; }
    stepped.setWeights(l, w);
    stepped.setBiases(l, b);
}
double before = net.loss(batch, 0), after = stepped.loss(batch, 0);
System.out.println(Format.of("η = %.1f: L before %.6f, after %.6f; first-order prediction %.6f", eta, before, after, before - eta * gradNormSquared));
Check.that(Format.of("as predicted, the step lowers the loss, by %.6f", before - after), after < before);

// %% [markdown]
// The first-order prediction is off by a term of order $\eta^2$; at $\eta = 0.5$ that is visible. Exercise 3 shrinks
// $\eta$ and watches the prediction become exact.
//
// ## 10. Why backpropagation: counting the work
//
// The blog's closing point is efficiency: backpropagation reuses what the forward pass and the later layers have
// already computed. Let $P$ be the number of parameters.
//
// * **Finite differences** evaluate the loss twice *per parameter*: $2P$ forward passes over the data.
// * **Backpropagation** needs one forward pass and one backward pass, whatever $P$ is.
//
// A forward pass costs about one multiply-add per weight and sample, so the work of finite differences grows like $P^2$
// and that of backpropagation like $P$. The table counts $P$ for networks $2 \rightarrow m \rightarrow m \rightarrow 2$
// on 50 moons points; finite differences (the library's `FiniteDifferences`, $2P$ loss evaluations by construction)
// must give the same gradient as backpropagation. Notebook [03](03-why-backprop.ipynb) measures the multiply-adds in
// instrumented code.

// %%
int[] widths = {2, 4, 8, 16, 32};
Dataset moons = Moons.make(50, 0.2, 5L);
double[] parameters = new double[widths.length], fdPasses = new double[widths.length], bpPasses = new double[widths.length];
double worstFd = 0;
System.out.println("  m |     P | forward passes: finite differences | backpropagation");
for (int i = 0; i < widths.length; i++) {
    Network wide = Network.create(Activation.TANH, Init.XAVIER, 11L, 2, widths[i], widths[i], 2);
    double[] fdGradient = FiniteDifferences.gradient(wide, moons, 0, h);
    worstFd = Math.max(worstFd, Check.maxAbsDiff(fdGradient, wide.gradients(moons, 0).gradient().toArray()));
    parameters[i] = wide.parameterCount();
    fdPasses[i] = 2 * parameters[i];
    bpPasses[i] = 2;
    System.out.println(Format.of("%3d | %,5d | %,34d | 1 forward + 1 backward", widths[i], wide.parameterCount(), 2 * wide.parameterCount()));
}
Check.close("for every width the finite-difference gradient equals backpropagation's", worstFd, 0, 1e-8);
show(Curves.lines("Passes over the data for one gradient", "P (weights and biases)", "passes over the 50 points", parameters,
        new LinkedHashMap<>(Map.of("finite differences: 2P forward", fdPasses, "backpropagation: 1 forward + 1 backward", bpPasses))));

// %% [markdown]
// At $m = 32$ the network has 1,218 parameters, $2\cdot 32 + 32$ in the first layer, $32\cdot 32 + 32$ in the second and
// $32\cdot 2 + 2$ in the third, and finite differences need 2,436 forward passes for one gradient; backpropagation still
// one forward and one backward pass. At a million weights the gap is two million passes to two.
//
// ## Summary
//
// | quantity | formula | in |
// |---|---|---|
// | forward pass | $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$, $a_k = \sigma(z_k)$, $\hat y = \operatorname{softmax}(z)$ | §2 |
// | output error | $\delta_o = \hat y_o - y_o$ | §3 |
// | hidden error | $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ | §4, §6, §7 |
// | weight gradient | $\partial L/\partial w_{j\rightarrow k} = \delta_k a_j$, $\partial L/\partial b_k = \delta_k$ | §5–§7 |
// | batch | $\Delta_1 = \sigma'(Z_1)\odot(\Delta_2 W_2^\top)$, $\partial L/\partial W = \frac1N A^\top\Delta$ | §8 |
// | descent | $w \leftarrow w - \eta\,\partial L/\partial w$ lowers $L$ | §9 |
// | cost | finite differences $2P$ forward passes, backprop 1 forward + 1 backward | §10 |
//
// Next, [03 — why backpropagation](03-why-backprop.ipynb) compares the recursion with summing over every path and
// builds an automatic differentiation, and [04 — training](04-training.ipynb) writes the training loop out.
//
// ## Exercises
//
// Write your answer in the cell under the task, run it and the check below it. Solutions are in the appendix at the end.
//
// **Exercise 1 — a new backward rule: one logistic output with squared error.** Instead of softmax, a network may end
// in a single logistic neuron, $\hat y = 1/(1+e^{-z})$, the probability of class 1, and could be trained with the
// squared error $L = \frac12(\hat y - y)^2$, $y \in \{0, 1\}$. Derive $\delta = \partial L/\partial z$ and code it as a
// function of $z$ and $y$.
//
// *Hint:* the chain rule through $\hat y$; the logistic derivative from notebook 00.

// %% tags=["answer-ex1"]
java.util.function.DoubleBinaryOperator deltaSquaredError = null;    // your answer: (z, y) -> ∂L/∂z

// %% tags=["check-ex1"]
double squaredError(double zz, double yy) { double p = 1 / (1 + Math.exp(-zz)); return 0.5 * (p - yy) * (p - yy); }
boolean ex1 = Answer.that("Exercise 1", deltaSquaredError, f -> java.util.stream.IntStream.rangeClosed(-30, 30).allMatch(n -> {
            double zz = 0.2 * n + 0.05;
            return java.util.stream.DoubleStream.of(0, 1).allMatch(yy -> Math.abs(f.applyAsDouble(zz, yy)
                    - (squaredError(zz + h, yy) - squaredError(zz - h, yy)) / (2 * h)) < 1e-8);
        }), "∂L/∂ŷ = ŷ − y, and ∂ŷ/∂z = ŷ(1 − ŷ)");

// %% [markdown]
// **Exercise 2 — the other label.** Give the sample of §1 the label 0 instead of 1. Compute the new hidden error
// signals $\delta_{h_1}, \delta_{h_2}, \delta_{h_3}$ by hand (from the numbers above) and predict which of them change
// sign.
//
// *Hint:* now $y = (1, 0)$: each output $\delta$ drops by 1 at $o_0$ and rises by 1 at $o_1$, so each hidden $\delta_j$
// changes by $\sigma'(z_j)\,(w_{j\rightarrow o_1} - w_{j\rightarrow o_0})$. The outputs' signs flip; the hidden ones
// need not.

// %% tags=["answer-ex2"]
double[] hiddenDeltaClass0 = null;    // your answer: {δ_h1, δ_h2, δ_h3} for label 0

// %% tags=["check-ex2"]
Dataset relabelled = new Dataset(new double[][] {{x1, x2}}, new int[] {0}, 2);
boolean ex2 = Answer.close("Exercise 2", hiddenDeltaClass0, net.gradients(relabelled, 0).delta(1)[0], 1e-12,
        "δ_o = ŷ_o − y_o with y = (1, 0), then the same recursion as §4");

// %% [markdown]
// **Exercise 3 — how good is the first-order prediction?** Repeat the step of §9 with $\eta = 0.01$ and compute the
// ratio of the actual decrease of $L$ to the predicted one, $\eta \|\nabla L\|^2$. How close to 1 is it, and why?
//
// *Hint:* copy the step of §9 into a method of $\eta$; the error of the prediction is of order $\eta^2$.

// %% tags=["answer-ex3"]
Double ratioAtSmallStep = null;    // your answer: (L before − L after) / (η ‖∇L‖²) at η = 0.01

// %% tags=["check-ex3"]
Parameters moved = net.parameters();
Backprop.step(moved, gb.gradient(), 0.01);
Network movedNet = net.copy();
movedNet.setParameters(moved);
boolean ex3 = Answer.close("Exercise 3", ratioAtSmallStep, (before - movedNet.loss(batch, 0)) / (0.01 * gradNormSquared), 1e-6,
        "the step of §9 with η = 0.01, and ‖∇L‖² as summed there");

// %% [markdown]
// ## Going deeper: what `GradientCheck` measures
//
// `GradientCheck` nudges every weight and bias of the library's network with a fourth-order difference formula and
// reports, per tensor, the largest relative error
// $|g_{\text{backprop}} - g_{\text{numeric}}| \,/\, \max\bigl(|g_{\text{backprop}}| + |g_{\text{numeric}}|,\ 10^{-6}\bigr)$.
// The numerical derivatives are accurate to roughly $10^{-10}$ in absolute terms, so below $10^{-6}$ means agreement.
//
// How far above would a wrong formula land? If the backward pass forgot the factor $\sigma'$ of a hidden neuron, it
// would report $\delta/\sigma'$ instead of $\delta$, and the relative error would be
// $\frac{|\delta/\sigma' - \delta|}{|\delta/\sigma'| + |\delta|} = \frac{1-\sigma'}{1+\sigma'}$: predicted below, then
// measured by feeding `GradientCheck`'s formula the wrong $\delta$ of $h_1$ and $h_2$.

// %%
System.out.println(report);
double[] slope = {s_h1, s_h2};
double[] right = {x1 * d_h1, x1 * d_h2}, wrong = {x1 * d_h1 / s_h1, x1 * d_h2 / s_h2};
double[] predicted = new double[2], measured = new double[2];
for (int j = 0; j < 2; j++) {
    predicted[j] = (1 - slope[j]) / (1 + slope[j]);
    measured[j] = Math.abs(wrong[j] - right[j]) / Math.max(Math.abs(wrong[j]) + Math.abs(right[j]), 1e-6);
}
Check.close(Format.of("a missing σ′ gives relative errors %.3f (h1) and %.3f (h2), as predicted: far above 1e-6", measured[0], measured[1]),
        measured, predicted, 1e-12);

// %% [markdown]
// ## Solutions
//
// Each cell below is a drop-in replacement for the answer cell of its exercise.

// %% tags=["solution-ex1"] jupyter={"source_hidden": true, "outputs_hidden": true}
// L = ½(ŷ − y)², ŷ = logistic(z):  ∂L/∂z = ∂L/∂ŷ · ∂ŷ/∂z = (ŷ − y) · ŷ(1 − ŷ).
// (Cross-entropy would give ŷ − y: the squared error's extra factor ŷ(1 − ŷ) vanishes when the neuron saturates.)
java.util.function.DoubleBinaryOperator deltaSquaredError = (zz, yy) -> {
    double p = 1 / (1 + Math.exp(-zz));
    return (p - yy) * p * (1 - p);
};

// %% tags=["solution-ex2"] jupyter={"source_hidden": true, "outputs_hidden": true}
double e_o0 = yHat0 - 1, e_o1 = yHat1 - 0;                     // y = (1, 0) now
double[] hiddenDeltaClass0 = {s_h1 * (e_o0 * w_h1o0 + e_o1 * w_h1o1),
                              s_h2 * (e_o0 * w_h2o0 + e_o1 * w_h2o1),
                              s_h3 * (e_o0 * w_h3o0 + e_o1 * w_h3o1)};
// Each δ_j changes by σ′(z_j)(w_j→o1 − w_j→o0): −1.5 σ′, +1.0 σ′, +0.5 σ′ for h1, h2, h3.

// %% tags=["solution-ex3"] jupyter={"source_hidden": true, "outputs_hidden": true}
double lossAfterStep(double rate) {
    Network n = net.copy();
    for (int l = 1; l <= n.layers(); l++) {
        double[][] w = n.weights(l), dw = gb.dW(l);
        double[] b = n.biases(l), db = gb.db(l);
        for (int j = 0; j < w.length; j++) for (int k = 0; k < w[j].length; k++) w[j][k] -= rate * dw[j][k];
        for (int k = 0; k < b.length; k++) b[k] -= rate * db[k];
        n.setWeights(l, w);
        n.setBiases(l, b);
    }
    return n.loss(batch, 0);
}
Double ratioAtSmallStep = (before - lossAfterStep(0.01)) / (0.01 * gradNormSquared);   // ≈ 1, off by O(η)
