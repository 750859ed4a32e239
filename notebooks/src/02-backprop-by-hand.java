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
// # 02 — Backpropagation by hand
//
// Notebook 01 ended at the output layer: for softmax with cross-entropy the error signal of output neuron $o$ is
// $\delta_o = \partial L / \partial z_o = \hat y_o - y_o$. Backpropagation carries such signals backwards through the
// network with one rule,
//
// $$\delta_j = \frac{\partial L}{\partial z_j} = \sigma'(z_j) \sum_{k \in path(j)} \delta_k\, w_{j \rightarrow k},$$
//
// and turns them into the gradient of every weight. Here we do it all by hand, number by number, on a network small
// enough to follow: 2 inputs, 3 tanh hidden neurons, 2 softmax outputs, one labelled sample. Every number is then
// compared with the library's backward pass and with finite differences. After that come the same computation in
// matrix form for a batch, one step of gradient descent, and a count of the work finite differences would need.
//
// **Where this is in the blog:** *Feedforward Artificial Neural Network pt2* (in the
// [December 2016 archive](http://edgeofabandon.blogspot.com/2016/12)).
//
// | blog section | here |
// |---|---|
// | Backpropagation: the chain rule over all paths | §4 |
// | Error propagation: $\delta_j = \partial L/\partial z_j$, $\delta_o$ | §3 |
// | Error propagation: $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ | §4, checked in §6–§8 |
// | (implied) $\partial L/\partial w_{j\rightarrow k} = \delta_k a_j$ and the step | §5, §9 |
// | "saves the recalculation of derivatives" | §10 (and notebook 03 for the full count) |
//
// Notation as in notebook 00: classes and outputs counted from 0, $j$ a hidden neuron, $k$ the layer after it.

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
// $x = (1, 0.5)$ with true class 1, so the one-hot target is $y = (y_0, y_1) = (0, 1)$.

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
System.out.println(Format.of("output: z = (%.6f, %.6f), ŷ = (%.6f, %.6f)", z_o0, z_o1, yHat0, yHat1));
System.out.println(Format.of("loss  : L = −ln ŷ₁ = %.6f", L));

// %% [markdown]
// The same network in the library. `W1[m][j]` holds $w_{m\rightarrow j}$ from input $m$ to hidden neuron $j$,
// `W2[j][o]` from hidden neuron $j$ to output $o$ (array indices from 0); the one sample becomes a `Dataset` of size 1
// with label 1. The library sums in the same order, so the two agree to rounding ($10^{-12}$ leaves a wide margin).

// %%
double[][] W1 = {{w_x1h1, w_x1h2, w_x1h3}, {w_x2h1, w_x2h2, w_x2h3}};
double[][] W2 = {{w_h1o0, w_h1o1}, {w_h2o0, w_h2o1}, {w_h3o0, w_h3o1}};
Network net = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 2);
net.setWeights(1, W1);  net.setBiases(1, new double[] {b_h1, b_h2, b_h3});
net.setWeights(2, W2);  net.setBiases(2, new double[] {b_o0, b_o1});
Dataset sample = new Dataset(new double[][] {{x1, x2}}, new int[] {1}, 2);

ForwardPass pass = net.forward(sample);
Check.close("every hidden z and a by hand equals the library's", new double[][] {{z_h1, z_h2, z_h3}, {a_h1, a_h2, a_h3}},
        new double[][] {pass.z(1)[0], pass.a(1)[0]}, 1e-12);
Check.close("both output z and ŷ by hand equal the library's", new double[][] {{z_o0, z_o1}, {yHat0, yHat1}},
        new double[][] {pass.z(2)[0], pass.yHat()[0]}, 1e-12);
Check.close(Format.of("the library's loss equals L = %.6f", L), net.loss(sample, 0.0), L, 1e-12);

// %% [markdown]
// The same forward pass drawn from the library's numbers: $z$ and $a = \tanh z$ in each hidden neuron, $z_o$, $\hat y_o$
// and the target $y_o$ at the outputs, $w_{j\rightarrow k}$ on each line (blue positive, orange negative).

// %%
render(Inline.svg(NetworkDiagram.forward("The 2-3-2 tanh network on x = (1, 0.5), class 1: forward pass", net, pass, sample.labels(), 0)))

// %% [markdown]
// ## 3. The error signal at the outputs
//
// From notebook 01, for softmax with cross-entropy and a one-hot target:
//
// $$\delta_{o} = \frac{\partial L}{\partial z_o} = \hat y_o - y_o .$$
//
// The network gives class 1 only $\hat y_1 \approx 0.20$, so $\delta_{o_1}$ is negative (raise $z_{o_1}$) and
// $\delta_{o_0}$ positive (lower $z_{o_0}$), and the two cancel: $\delta_{o_0} + \delta_{o_1} = (\hat y_0 + \hat y_1) -
// (y_0 + y_1) = 1 - 1 = 0$, up to the rounding of the two divisions.

// %%
double d_o0 = yHat0 - y0, d_o1 = yHat1 - y1;
System.out.println(Format.of("δ_o0 = ŷ₀ − y₀ = %.6f,  δ_o1 = ŷ₁ − y₁ = %.6f", d_o0, d_o1));
Check.that("δ_o0 > 0 (lower z_o0) and δ_o1 < 0 (raise z_o1, the true class)", d_o0 > 0 && d_o1 < 0);
Check.close("δ_o0 + δ_o1 = 0", d_o0 + d_o1, 0, 1e-15);

// %% [markdown]
// ## 4. The error signal at the hidden neurons, path by path
//
// Why the rule holds: $L$ depends on $z_j$ only through $a_j = \sigma(z_j)$, and $a_j$ reaches the loss along every
// connection leaving neuron $j$, into each $z_k$ of the next layer. The chain rule adds up these paths:
//
// $$\delta_j = \frac{\partial L}{\partial z_j}
//   = \frac{\partial a_j}{\partial z_j} \sum_{k \in path(j)} \frac{\partial L}{\partial z_k}\,\frac{\partial z_k}{\partial a_j}
//   = \sigma'(z_j) \sum_{k \in path(j)} \delta_k\, w_{j \rightarrow k},$$
//
// because $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$ gives $\partial z_k / \partial a_j = w_{j\rightarrow k}$. (The blog
// writes the same step through $\partial \hat y / \partial z_j$ and then recognises
// $\frac{\partial L}{\partial \hat y}\frac{\partial \hat y}{\partial z_k}$ as $\delta_k$.) For tanh,
// $\sigma'(z_j) = 1 - \tanh^2 z_j = 1 - a_j^2$, which the forward pass has already computed. Each hidden neuron here has
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
// `net.backward(pass, labels, λ)` runs the same recursion over whole layers (here $\lambda = 0$: no weight decay).
// Its error signals and gradients must equal ours up to rounding:

// %%
Gradients g = net.backward(pass, new int[] {1}, 0.0);
Check.close("δ at the outputs equals the library's", g.delta(2)[0], new double[] {d_o0, d_o1}, 1e-12);
Check.close("δ at the hidden neurons equals the library's", g.delta(1)[0], new double[] {d_h1, d_h2, d_h3}, 1e-12);
Check.close("∂L/∂W1 and ∂L/∂b1 equal the library's", new double[][] {dW1[0], dW1[1], db1}, new double[][] {g.dW(1)[0], g.dW(1)[1], g.db(1)}, 1e-12);
Check.close("∂L/∂W2 and ∂L/∂b2 equal the library's", new double[][] {dW2[0], dW2[1], dW2[2], db2}, new double[][] {g.dW(2)[0], g.dW(2)[1], g.dW(2)[2], g.db(2)}, 1e-12);

// %% [markdown]
// The backward pass in the same picture: $\delta$ in every neuron, $\partial L/\partial w_{j\rightarrow k} = a_j\delta_k$ under
// each weight and $\partial L/\partial b_k = \delta_k$ under each bias. Follow $\delta_{o_0}$ and $\delta_{o_1}$ back along the
// lines into a hidden neuron: their weighted sum times $\sigma'(z_j)$ is that neuron's $\delta_j$.

// %%
render(Inline.svg(NetworkDiagram.backward("The 2-3-2 tanh network: backward pass (δ, ∂L/∂w, ∂L/∂b)", net, pass, sample.labels(), g, 0)))

// %% [markdown]
// ## 7. Check 2: finite differences
//
// Backpropagation is only a clever way of evaluating derivatives, so it must agree with the slow, obvious way: nudge
// one weight by $\pm h$, run the whole network forward again, and divide the change in loss by $2h$. First for a single
// weight, $w_{h_2\rightarrow o_0}$, by hand:

// %%
double h = 1e-5;
Network probe = net.copy();
double[][] nudged = probe.weights(2);
nudged[1][0] = w_h2o0 + h;  probe.setWeights(2, nudged);  double lossPlus = probe.loss(sample, 0.0);
nudged[1][0] = w_h2o0 - h;  probe.setWeights(2, nudged);  double lossMinus = probe.loss(sample, 0.0);
double numeric = (lossPlus - lossMinus) / (2 * h);
Check.close(Format.of("∂L/∂w_h2→o0: backprop δ_o0 a_h2 = %.8f equals the finite difference", dW2[1][0]), dW2[1][0], numeric, 1e-9);

// %% [markdown]
// `GradientCheck` does this for every weight and bias of the **library's** network (with a more accurate
// fourth-order difference formula) and reports, per tensor, the largest relative error
// $|g_{\text{backprop}} - g_{\text{numeric}}| \,/\, \max\bigl(|g_{\text{backprop}}| + |g_{\text{numeric}}|,\ 10^{-6}\bigr)$.
// The numerical derivatives are accurate to roughly $10^{-10}$ in absolute terms, so a relative error below
// $10^{-6}$ means agreement. A wrong formula shows far above that: if the backward pass forgot the factor $\sigma'$
// of a hidden neuron, it would report $\delta/\sigma'$ instead of $\delta$, and the relative error would be
// $\frac{|\delta/\sigma' - \delta|}{|\delta/\sigma'| + |\delta|} = \frac{1-\sigma'}{1+\sigma'}$: 0.33 for $h_1$ here
// ($\sigma' = 0.50$) and 0.031 for $h_2$ ($\sigma' = 0.94$), not "near 1", but $10^4$ times the threshold and more.

// %%
GradientCheck.Report report = GradientCheck.check(net, sample, 0.0, h);
System.out.println(report);
Check.that(Format.of("backprop agrees with finite differences on all %d parameters (largest relative error %.1e < 1e-6)",
        net.parameterCount(), report.maxRelativeError()), report.maxRelativeError() < 1e-6);
System.out.println(Format.of("a missing σ′ would give (1 − σ′)/(1 + σ′) = %.3f for h1 and %.3f for h2", (1 - s_h1) / (1 + s_h1), (1 - s_h2) / (1 + s_h2)));

// %% [markdown]
// ## 8. The same in matrix form, for a batch
//
// With $N$ samples stacked as rows, each line of the hand computation becomes one matrix product. With $X$ the
// $N\times 2$ inputs, $Y$ the one-hot targets and $\odot$ the element-wise product:
//
// $$Z_1 = X W_1 + \mathbf 1 b_1^\top,\quad A_1 = \tanh Z_1,\quad Z_2 = A_1 W_2 + \mathbf 1 b_2^\top,\quad \hat Y = \operatorname{softmax}(Z_2)\ \text{row by row}$$
//
// $$\Delta_2 = \hat Y - Y,\qquad \Delta_1 = \sigma'(Z_1) \odot \bigl(\Delta_2 W_2^\top\bigr)$$
//
// $$\frac{\partial L}{\partial W_2} = \tfrac1N A_1^\top \Delta_2,\quad \frac{\partial L}{\partial b_2} = \tfrac1N \mathbf 1^\top \Delta_2,\qquad
//   \frac{\partial L}{\partial W_1} = \tfrac1N X^\top \Delta_1,\quad \frac{\partial L}{\partial b_1} = \tfrac1N \mathbf 1^\top \Delta_1$$
//
// **Where the $\frac1N$ goes.** The loss is a mean, $L = \frac1N \sum_n L_n$ with
// $L_n = -\sum_i y_{n,i}\ln\hat y_{n,i}$. Row $n$ of $\Delta_2 = \hat Y - Y$ is the **per-sample** signal
// $\partial L_n / \partial z_n$; the derivative of the mean loss is $\partial L/\partial Z_2 = (\hat Y - Y)/N$. We keep
// the $\Delta$'s per sample (that is what the library's `delta` returns) and put the single factor $\frac1N$ into the
// weight and bias gradients, where the per-sample contributions are added up.
//
// Entry $(n, j)$ of $\Delta_2 W_2^\top$ is $\sum_k \delta_{n,k} w_{j\rightarrow k}$: the path sum of §4, for all
// samples and all hidden neurons at once. Entry $(j,k)$ of $A_1^\top \Delta_2$ is $\sum_n a_{n,j}\delta_{n,k}$: the rule
// "activity at the start times signal at the end" of §5, added up over the batch. `Matrices` holds the three
// products we need (`times`, `transpose`, `scaled`); a batch of four samples:

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
// The library computes the same sums in the same order, so the match is to rounding ($10^{-12}$). The batch gradient
// must also be the mean of the four one-sample gradients: the same four products, added in a different order, so
// they agree to a few units of $10^{-16}$ (tolerance $10^{-13}$).

// %%
Gradients gb = net.gradients(batch, 0.0);
Check.close("Δ₂ (per sample) equals the library's", gb.delta(2), Delta2, 1e-12);
Check.close("Δ₁ (per sample) equals the library's", gb.delta(1), Delta1, 1e-12);
Check.close("∂L/∂W1 = (1/N) Xᵀ Δ₁ equals the library's", gb.dW(1), dW1batch, 1e-12);
Check.close("∂L/∂W2 = (1/N) A₁ᵀ Δ₂ equals the library's", gb.dW(2), dW2batch, 1e-12);

double[][] meanOfSingles = new double[3][2];
for (int n = 0; n < N; n++) {
    double[][] single = net.gradients(new Dataset(new double[][] {X[n]}, new int[] {labels[n]}, 2), 0.0).dW(2);
    for (int j = 0; j < 3; j++) for (int o = 0; o < 2; o++) meanOfSingles[j][o] += single[j][o] / N;
}
Check.close("the batch gradient is the mean of the " + N + " one-sample gradients", meanOfSingles, dW2batch, 1e-13);
double batchCheck = GradientCheck.check(net, batch, 0.0, h).maxRelativeError();
Check.that(Format.of("and it agrees with finite differences on the batch (largest relative error %.1e < 1e-6)", batchCheck), batchCheck < 1e-6);

// %% [markdown]
// ## 9. One step of gradient descent
//
// The gradient points uphill, so a small step against it lowers the loss:
//
// $$w \leftarrow w - \eta\,\frac{\partial L}{\partial w}\quad\text{for every weight and bias.}$$
//
// To first order the loss changes by $-\eta \sum_w \bigl(\partial L/\partial w\bigr)^2 = -\eta\,\|\nabla L\|^2$, which
// is negative whenever the gradient is not zero. One step with $\eta = 0.5$ on the batch, written out, and the
// first-order prediction compared with the actual change:

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
double before = net.loss(batch, 0.0), after = stepped.loss(batch, 0.0);
System.out.println(Format.of("η = %.1f: L before %.6f, after %.6f; first-order prediction %.6f", eta, before, after, before - eta * gradNormSquared));
Check.that(Format.of("one step with η = %.1f lowers the loss, by %.6f", eta, before - after), after < before);

// %% [markdown]
// The first-order prediction is off by a term of order $\eta^2$; at $\eta = 0.5$ that is visible. Exercise 3 below
// shrinks $\eta$ and watches the prediction become exact.
//
// ## 10. Why backpropagation: counting the work
//
// The blog's closing point is efficiency: backpropagation reuses what the forward pass and the later layers have
// already computed, instead of recomputing the network for every derivative. Let $P$ be the number of parameters.
//
// * **Finite differences** evaluate the loss twice *per parameter*: $2P$ forward passes over the data.
// * **Backpropagation** needs one forward pass and one backward pass, whatever $P$ is.
//
// `FiniteDifferences` (in the library) computes the gradient the obvious way and counts the loss evaluations it
// really executes; we run it on networks $2 \rightarrow m \rightarrow m \rightarrow 2$ of growing width $m$ on 50 moons
// points and compare its gradient with backpropagation's. A forward pass itself costs about one multiply-add per
// weight and sample, so the work of finite differences grows like $P^2$ and that of backpropagation like $P$; notebook
// [03 — why backpropagation](03-why-backprop.ipynb) counts those multiply-adds in instrumented code.

// %%
int[] widths = {2, 4, 8, 16, 32};
Dataset moons = Moons.make(50, 0.2, 5L);
double[] parameters = new double[widths.length];
Map<String, double[]> passes = new LinkedHashMap<>();
passes.put("finite differences (counted)", new double[widths.length]);
passes.put("backpropagation: 1 forward + 1 backward", new double[widths.length]);
System.out.println("  m |    P | forward passes, finite differences | backprop");
for (int i = 0; i < widths.length; i++) {
    int m = widths[i];
    Network wide = Network.create(Activation.TANH, Init.XAVIER, 11L, 2, m, m, 2);
    FiniteDifferences fd = new FiniteDifferences();
    double[] numericGradient = fd.gradient(wide, moons, 0.0, 1e-5);
    parameters[i] = wide.parameterCount();
    passes.get("finite differences (counted)")[i] = fd.lossEvaluations();
    passes.get("backpropagation: 1 forward + 1 backward")[i] = 2;
    System.out.println(Format.of("%3d | %4d | %34d | 1 forward + 1 backward", m, wide.parameterCount(), fd.lossEvaluations()));
    Check.close("m = " + m + ": the finite-difference gradient equals backprop's", numericGradient, FiniteDifferences.flatten(wide.gradients(moons, 0.0)), 1e-8);
    Check.that("m = " + m + ": finite differences ran exactly 2P = " + 2 * wide.parameterCount() + " forward passes", fd.lossEvaluations() == 2L * wide.parameterCount());
}
show(Curves.lines("Passes over the data for one gradient, against the number of parameters P", "P (weights and biases)", "passes over the 50 points", parameters, passes));

// %% [markdown]
// At $m = 32$ the network has 1,252 parameters and finite differences need 2,504 forward passes for one gradient;
// backpropagation still one forward and one backward pass. At a million weights the gap is two million passes to two.
//
// ## Summary
//
// | quantity | formula | checked in |
// |---|---|---|
// | forward pass | $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$, $a_k = \sigma(z_k)$, $\hat y = \operatorname{softmax}(z)$ | §2 |
// | output error | $\delta_o = \hat y_o - y_o$, summing to 0 over the outputs | §3, §6 |
// | hidden error | $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ | §4, §6 |
// | weight gradient | $\partial L/\partial w_{j\rightarrow k} = \delta_k a_j$, $\partial L/\partial b_k = \delta_k$ | §5–§7 |
// | batch | $\Delta_1 = \sigma'(Z_1)\odot(\Delta_2 W_2^\top)$ per sample, $\partial L/\partial W = \frac1N A^\top\Delta$ | §8 |
// | descent | $w \leftarrow w - \eta\,\partial L/\partial w$ lowers $L$ | §9 |
// | cost | finite differences $2P$ forward passes, backprop 1 forward + 1 backward | §10 |
//
// Next, [03 — why backpropagation](03-why-backprop.ipynb) compares the recursion with summing over every path, and
// [04 — training](04-training.ipynb) writes the training loop out: forward pass, backward pass, step, repeated.
//
// ## Exercises
//
// **Exercise 1 — a forgotten σ′.** Drop the factor `s_h1` from `d_h1` on purpose. Which comparison of this notebook
// catches the mistake, and which does not?
//
// *Hint:* `GradientCheck` checks the library's backward pass, not the numbers you typed; §6 compares yours with it.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double wrong_d_h1 = d_o0 * w_h1o0 + d_o1 * w_h1o1;                      // σ′(z_h1) forgotten
double offBy = Math.abs(wrong_d_h1 - g.delta(1)[0][0]);
System.out.println(Format.of("δ_h1 without σ′: %.6f, the library's: %.6f", wrong_d_h1, g.delta(1)[0][0]));
Check.that(Format.of("the §6 comparison catches it: off by %.3f, far above 1e-12", offBy), offBy > 1e-3);
Check.that("GradientCheck does not: it never sees the hand-written δ (still < 1e-6)", GradientCheck.check(net, sample, 0.0, h).maxRelativeError() < 1e-6);
// END SOLUTION

// %% [markdown]
// **Exercise 2 — the other label.** Change the sample's label to class 0. Which δ's change sign? Check your answer
// against the library.
//
// *Hint:* $\delta_o = \hat y_o - y_o$ with $y = (1, 0)$ now; the hidden δ's follow through the same weights.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
double e_o0 = yHat0 - 1, e_o1 = yHat1 - 0;
double[] hiddenOther = {s_h1 * (e_o0 * w_h1o0 + e_o1 * w_h1o1), s_h2 * (e_o0 * w_h2o0 + e_o1 * w_h2o1), s_h3 * (e_o0 * w_h3o0 + e_o1 * w_h3o1)};
Gradients other = net.gradients(new Dataset(new double[][] {{x1, x2}}, new int[] {0}, 2), 0.0);
System.out.println("output δ: " + Format.vector(new double[] {e_o0, e_o1}) + ", hidden δ: " + Format.vector(hiddenOther));
Check.close("the hand-computed δ's for class 0 equal the library's", other.delta(1)[0], hiddenOther, 1e-12);
Check.that("every δ changes sign: with two classes δ_o0 = −δ_o1 and the new δ's are the old ones minus 1 at o0, plus 1 at o1",
        e_o0 * d_o0 < 0 && e_o1 * d_o1 < 0 && hiddenOther[0] * d_h1 < 0 && hiddenOther[1] * d_h2 < 0 && hiddenOther[2] * d_h3 < 0);
// END SOLUTION

// %% [markdown]
// **Exercise 3 — how good is the first-order prediction?** Repeat the step of §9 with $\eta = 0.01$ and compare the
// actual decrease of $L$ with $\eta \|\nabla L\|^2$. Then try $\eta = 20$.
//
// *Hint:* the error of the prediction is of order $\eta^2$, so the ratio actual/predicted tends to 1 as $\eta \to 0$.

// %% tags=["solution"] jupyter={"source_hidden": true}
// BEGIN SOLUTION
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
    return n.loss(batch, 0.0);
}
double ratioSmall = (before - lossAfterStep(0.01)) / (0.01 * gradNormSquared);
System.out.println(Format.of("η = 0.01: actual/predicted decrease = %.4f; η = 20: L goes from %.4f to %.4f", ratioSmall, before, lossAfterStep(20)));
Check.close("at η = 0.01 the first-order prediction is within 2% of the actual decrease", ratioSmall, 1.0, 0.02);
Check.that("at η = 20 the step overshoots and the loss rises", lossAfterStep(20) > before);
// END SOLUTION
