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
// Notebook 01 ended at the output layer: for softmax with cross-entropy the error signal of output neuron $o$ is
// $\delta_o = \partial L / \partial z_o = \hat y_o - y_o$. Backpropagation carries such signals backwards through the
// network with one rule,
//
// $$\delta_j = \frac{\partial L}{\partial z_j} = \sigma'(z_j) \sum_{k \in path(j)} \delta_k\, w_{j \rightarrow k},$$
//
// and turns them into the gradient of every weight. Here we do it all by hand, number by number, on a network small
// enough to follow: 2 inputs, 3 tanh hidden neurons, 2 softmax outputs, one labelled sample. Every number is then
// compared with the library's backward pass and with finite differences. After that comes the same computation in
// matrix form for a batch, one step of gradient descent, and finally a measurement of why backpropagation, rather
// than finite differences, is how networks are trained.

// %%
import backprop.*;
import backprop.plot.*;
import tech.tablesaw.plotly.components.*;
import tech.tablesaw.plotly.traces.*;
import java.util.*;

Locale.setDefault(Locale.ROOT);  // decimal points whatever the machine's locale

/** A check: throws (and so fails the notebook) when the claim is false, otherwise prints what it verified. */
void check(boolean ok, String claim) {
    if (!ok) throw new IllegalStateException("CHECK FAILED: " + claim);
    System.out.println("PASS  " + claim);
}

double maxAbsDiff(double[] a, double[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("lengths differ: " + a.length + " vs " + b.length);
    double m = 0;
    for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
}

double maxAbsDiffMatrix(double[][] a, double[][] b) {
    if (a.length != b.length) throw new IllegalArgumentException("rows differ: " + a.length + " vs " + b.length);
    double m = 0;
    for (int i = 0; i < a.length; i++) m = Math.max(m, maxAbsDiff(a[i], b[i]));
    return m;
}

/** Shows a plot inline with display(html, "text/html"); a void method, so the cell shows no display id as its value. */
void show(Figure figure) {
    display(Inline.html(figure), "text/html");
}

String vec(double[] v) {
    StringJoiner s = new StringJoiner(", ", "[", "]");
    for (double x : v) s.add(String.format("%.6f", x));
    return s.toString();
}

// %% [markdown]
// ## 1. The network and the sample
//
// Inputs $x_1, x_2$; hidden neurons $h_1, h_2, h_3$ with $\sigma = \tanh$; outputs $o_1, o_2$ with softmax. The weights
// are round numbers, each variable named after its connection: `w_x1h2` is $w_{x_1 \rightarrow h_2}$. The sample is
// $x = (1, 0.5)$ with true class 2, so the one-hot target is $y = (0, 1)$.

// %%
double w_x1h1 = 0.5,   w_x1h2 = -1.0,  w_x1h3 = 0.25;     // input x1 -> hidden
double w_x2h1 = 0.75,  w_x2h2 = 0.5,   w_x2h3 = -0.5;     // input x2 -> hidden
double b_h1 = 0.0,     b_h2 = 0.5,     b_h3 = 0.25;
double w_h1o1 = 1.0,   w_h1o2 = -0.5;                     // hidden -> output
double w_h2o1 = -0.75, w_h2o2 = 0.25;
double w_h3o1 = 0.5,   w_h3o2 = 1.0;
double b_o1 = 0.1,     b_o2 = -0.1;

double x1 = 1.0, x2 = 0.5;     // the sample
double y1 = 0.0, y2 = 1.0;     // its one-hot label: class 2

// %% [markdown]
// ## 2. Forward pass, neuron by neuron
//
// Each hidden neuron: $z_h = x_1 w_{x_1\rightarrow h} + x_2 w_{x_2\rightarrow h} + b_h$, then $a_h = \tanh z_h$.
// Each output: $z_o = \sum_h a_h w_{h\rightarrow o} + b_o$, then softmax, then the loss
// $L = -\sum_o y_o \ln \hat y_o = -\ln \hat y_2$.

// %%
double z_h1 = x1 * w_x1h1 + x2 * w_x2h1 + b_h1;     // 1*0.5  + 0.5*0.75 + 0    = 0.875
double z_h2 = x1 * w_x1h2 + x2 * w_x2h2 + b_h2;     // 1*-1   + 0.5*0.5  + 0.5  = -0.25
double z_h3 = x1 * w_x1h3 + x2 * w_x2h3 + b_h3;     // 1*0.25 + 0.5*-0.5 + 0.25 = 0.25
double a_h1 = Math.tanh(z_h1), a_h2 = Math.tanh(z_h2), a_h3 = Math.tanh(z_h3);

double z_o1 = a_h1 * w_h1o1 + a_h2 * w_h2o1 + a_h3 * w_h3o1 + b_o1;
double z_o2 = a_h1 * w_h1o2 + a_h2 * w_h2o2 + a_h3 * w_h3o2 + b_o2;
double yHat1 = Math.exp(z_o1) / (Math.exp(z_o1) + Math.exp(z_o2));
double yHat2 = Math.exp(z_o2) / (Math.exp(z_o1) + Math.exp(z_o2));
double L = -(y1 * Math.log(yHat1) + y2 * Math.log(yHat2));

System.out.println(String.format("hidden: z = (%.6f, %.6f, %.6f), a = tanh z = (%.6f, %.6f, %.6f)", z_h1, z_h2, z_h3, a_h1, a_h2, a_h3));
System.out.println(String.format("output: z = (%.6f, %.6f), ŷ = (%.6f, %.6f)", z_o1, z_o2, yHat1, yHat2));
System.out.println(String.format("loss  : L = -ln ŷ₂ = %.6f", L));

// %% [markdown]
// The same network in the library. `W1[j][k]` holds $w_{j\rightarrow k}$ from input $j$ to hidden neuron $k$, `W2[j][k]`
// from hidden neuron $j$ to output $k$; the one sample becomes a `Dataset` of size 1 with label index 1 (class 2).

// %%
double[][] W1 = {{w_x1h1, w_x1h2, w_x1h3}, {w_x2h1, w_x2h2, w_x2h3}};
double[][] W2 = {{w_h1o1, w_h1o2}, {w_h2o1, w_h2o2}, {w_h3o1, w_h3o2}};
Network net = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 2);
net.setWeights(1, W1);  net.setBiases(1, new double[] {b_h1, b_h2, b_h3});
net.setWeights(2, W2);  net.setBiases(2, new double[] {b_o1, b_o2});
Dataset sample = new Dataset(new double[][] {{x1, x2}}, new int[] {1}, 2);

ForwardPass pass = net.forward(sample);
double forwardDiff = Math.max(Math.max(maxAbsDiff(pass.z(1)[0], new double[] {z_h1, z_h2, z_h3}),
                                       maxAbsDiff(pass.a(1)[0], new double[] {a_h1, a_h2, a_h3})),
                              Math.max(maxAbsDiff(pass.z(2)[0], new double[] {z_o1, z_o2}),
                                       maxAbsDiff(pass.yHat()[0], new double[] {yHat1, yHat2})));
check(forwardDiff < 1e-12, String.format("every z, a and ŷ by hand equals the library's forward pass (max |diff| = %.1e)", forwardDiff));
check(Math.abs(net.loss(sample, 0.0) - L) < 1e-12, String.format("the library's loss equals L = %.6f", L));

// %% [markdown]
// ## 3. The error signal at the outputs
//
// From notebook 01, for softmax with cross-entropy and a one-hot target:
//
// $$\delta_{o} = \frac{\partial L}{\partial z_o} = \hat y_o - y_o .$$
//
// The network gives class 2 only $\hat y_2 \approx 0.20$, so $\delta_{o_2}$ is negative (raise $z_{o_2}$) and
// $\delta_{o_1}$ positive (lower $z_{o_1}$), and the two cancel: $\delta_{o_1} + \delta_{o_2} = 0$.

// %%
double d_o1 = yHat1 - y1, d_o2 = yHat2 - y2;
System.out.println(String.format("δ_o1 = ŷ₁ - y₁ = %.6f,  δ_o2 = ŷ₂ - y₂ = %.6f", d_o1, d_o2));

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

double d_h1 = s_h1 * (d_o1 * w_h1o1 + d_o2 * w_h1o2);
double d_h2 = s_h2 * (d_o1 * w_h2o1 + d_o2 * w_h2o2);
double d_h3 = s_h3 * (d_o1 * w_h3o1 + d_o2 * w_h3o2);

System.out.println(String.format("δ_h1 = σ'(z_h1) [δ_o1 w_h1→o1 + δ_o2 w_h1→o2] = %.6f × [%+.6f %+.6f] = %+.6f", s_h1, d_o1 * w_h1o1, d_o2 * w_h1o2, d_h1));
System.out.println(String.format("δ_h2 = σ'(z_h2) [δ_o1 w_h2→o1 + δ_o2 w_h2→o2] = %.6f × [%+.6f %+.6f] = %+.6f", s_h2, d_o1 * w_h2o1, d_o2 * w_h2o2, d_h2));
System.out.println(String.format("δ_h3 = σ'(z_h3) [δ_o1 w_h3→o1 + δ_o2 w_h3→o2] = %.6f × [%+.6f %+.6f] = %+.6f", s_h3, d_o1 * w_h3o1, d_o2 * w_h3o2, d_h3));

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
double[][] dW2 = {{a_h1 * d_o1, a_h1 * d_o2},
                  {a_h2 * d_o1, a_h2 * d_o2},
                  {a_h3 * d_o1, a_h3 * d_o2}};
double[]   db2 = {d_o1, d_o2};
for (int j = 0; j < 2; j++) System.out.println("dL/dW1[x" + (j + 1) + "→h] = " + vec(dW1[j]));
System.out.println("dL/db1        = " + vec(db1));
for (int j = 0; j < 3; j++) System.out.println("dL/dW2[h" + (j + 1) + "→o] = " + vec(dW2[j]));
System.out.println("dL/db2        = " + vec(db2));

// %% [markdown]
// ## 6. Check 1: the library's backward pass
//
// `net.backward(pass, labels, λ)` runs the same recursion over whole layers (here $\lambda = 0$: no weight decay).
// Its error signals and gradients must equal ours up to rounding:

// %%
Gradients g = net.backward(pass, new int[] {1}, 0.0);
double deltaDiff = Math.max(maxAbsDiff(g.delta(2)[0], new double[] {d_o1, d_o2}),
                            maxAbsDiff(g.delta(1)[0], new double[] {d_h1, d_h2, d_h3}));
double gradDiff = Math.max(Math.max(maxAbsDiffMatrix(g.dW(1), dW1), maxAbsDiff(g.db(1), db1)),
                           Math.max(maxAbsDiffMatrix(g.dW(2), dW2), maxAbsDiff(g.db(2), db2)));
check(deltaDiff < 1e-12, String.format("δ at the outputs and at the hidden neurons equal the library's (max |diff| = %.1e)", deltaDiff));
check(gradDiff < 1e-12, String.format("all 17 weight and bias gradients equal the library's (max |diff| = %.1e)", gradDiff));

// %% [markdown]
// ## 7. Check 2: finite differences
//
// Backpropagation is only a clever way of evaluating derivatives, so it must agree with the slow, obvious way: nudge
// one weight by $\pm h$, run the whole network forward again, and divide the change in loss by $2h$. First for a single
// weight, $w_{h_2\rightarrow o_1}$, by hand:

// %%
double h = 1e-5;
Network probe = net.copy();
double[][] nudged = probe.weights(2);
nudged[1][0] = w_h2o1 + h;  probe.setWeights(2, nudged);  double lossPlus = probe.loss(sample, 0.0);
nudged[1][0] = w_h2o1 - h;  probe.setWeights(2, nudged);  double lossMinus = probe.loss(sample, 0.0);
double numeric = (lossPlus - lossMinus) / (2 * h);
check(Math.abs(numeric - dW2[1][0]) < 1e-9,
      String.format("dL/dw_h2→o1: backprop δ_o1 a_h2 = %.8f, finite difference %.8f", dW2[1][0], numeric));

// %% [markdown]
// `GradientCheck` does this for every weight and bias (with a more accurate fourth-order difference formula) and
// reports, per tensor, the largest relative error
// $|g_{\text{backprop}} - g_{\text{numeric}}| \,/\, \max\bigl(|g_{\text{backprop}}| + |g_{\text{numeric}}|,\ 10^{-6}\bigr)$.
// The numerical derivatives are accurate to roughly $10^{-10}$ in absolute terms, so a relative
// error below $10^{-6}$ means agreement; a wrong formula (a missing $\sigma'$, a transposed weight) gives errors near 1.

// %%
GradientCheck.Report report = GradientCheck.check(net, sample, 0.0, h);
System.out.println(report);
check(report.maxRelativeError() < 1e-6,
      String.format("backprop agrees with finite differences on all %d parameters (max relative error %.1e)", net.parameterCount(), report.maxRelativeError()));

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
// Entry $(n, j)$ of $\Delta_2 W_2^\top$ is $\sum_k \delta_{n,k} w_{j\rightarrow k}$: the path sum of section 4, for all
// samples and all hidden neurons at once. Entry $(j,k)$ of $A_1^\top \Delta_2$ is $\sum_n a_{n,j}\delta_{n,k}$: the rule
// "activity at the start times signal at the end" of section 5, added up over the batch. The $\frac1N$ comes from the
// loss being a mean, $L = -\frac1N\sum_n\sum_i y_{n,i}\ln\hat y_{n,i}$. A few matrix helpers, then a batch of four
// samples:

// %%
double[][] times(double[][] a, double[][] b) {              // a b
    double[][] c = new double[a.length][b[0].length];
    for (int n = 0; n < a.length; n++)
        for (int j = 0; j < b.length; j++)
            for (int k = 0; k < b[0].length; k++) c[n][k] += a[n][j] * b[j][k];
    return c;
}
double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int n = 0; n < a.length; n++) for (int j = 0; j < a[0].length; j++) t[j][n] = a[n][j];
    return t;
}
double[][] scaled(double s, double[][] a) {
    double[][] c = new double[a.length][];
    for (int n = 0; n < a.length; n++) { c[n] = a[n].clone(); for (int j = 0; j < c[n].length; j++) c[n][j] *= s; }
    return c;
}
double[] columnMeans(double[][] a) {                        // (1/N) 1ᵀ a
    double[] m = new double[a[0].length];
    for (double[] row : a) for (int j = 0; j < row.length; j++) m[j] += row[j] / a.length;
    return m;
}

// %%
double[][] X = {{1.0, 0.5}, {-0.5, 1.0}, {0.0, -1.0}, {2.0, 0.25}};
int[] labels = {1, 0, 0, 1};
Dataset batch = new Dataset(X, labels, 2);
int N = X.length;
double[] b1 = net.biases(1), b2 = net.biases(2);

double[][] Z1 = times(X, W1), A1 = new double[N][3], S1 = new double[N][3];
for (int n = 0; n < N; n++)
    for (int j = 0; j < 3; j++) { Z1[n][j] += b1[j]; A1[n][j] = Math.tanh(Z1[n][j]); S1[n][j] = 1 - A1[n][j] * A1[n][j]; }
double[][] Z2 = times(A1, W2), Delta2 = new double[N][];
for (int n = 0; n < N; n++) {
    for (int k = 0; k < 2; k++) Z2[n][k] += b2[k];
    Delta2[n] = CrossEntropy.gradient(Softmax.softmax(Z2[n]), CrossEntropy.oneHot(labels[n], 2));   // ŷ - y, row n
}
double[][] Delta1 = times(Delta2, transpose(W2));
for (int n = 0; n < N; n++) for (int j = 0; j < 3; j++) Delta1[n][j] *= S1[n][j];                   // ⊙ σ'(Z1)

double[][] dW2batch = scaled(1.0 / N, times(transpose(A1), Delta2)), dW1batch = scaled(1.0 / N, times(transpose(X), Delta1));
double[] db2batch = columnMeans(Delta2), db1batch = columnMeans(Delta1);

// %%
Gradients gb = net.gradients(batch, 0.0);
double batchDiff = Math.max(Math.max(maxAbsDiffMatrix(gb.delta(2), Delta2), maxAbsDiffMatrix(gb.delta(1), Delta1)),
                            Math.max(Math.max(maxAbsDiffMatrix(gb.dW(1), dW1batch), maxAbsDiff(gb.db(1), db1batch)),
                                     Math.max(maxAbsDiffMatrix(gb.dW(2), dW2batch), maxAbsDiff(gb.db(2), db2batch))));
check(batchDiff < 1e-12, String.format("matrix form: Δ₂, Δ₁ and all gradients for the batch of %d equal the library's (max |diff| = %.1e)", N, batchDiff));

double[][] meanOfSingles = new double[3][2];
for (int n = 0; n < N; n++) {
    double[][] single = net.gradients(new Dataset(new double[][] {X[n]}, new int[] {labels[n]}, 2), 0.0).dW(2);
    for (int j = 0; j < 3; j++) for (int k = 0; k < 2; k++) meanOfSingles[j][k] += single[j][k] / N;
}
check(maxAbsDiffMatrix(meanOfSingles, dW2batch) < 1e-15,
      String.format("the batch gradient is the mean of the %d one-sample gradients (max |diff| = %.1e)", N, maxAbsDiffMatrix(meanOfSingles, dW2batch)));
double batchCheck = GradientCheck.check(net, batch, 0.0, h).maxRelativeError();
check(batchCheck < 1e-6, String.format("and it agrees with finite differences on the batch (max relative error %.1e)", batchCheck));

// %% [markdown]
// ## 9. One step of gradient descent
//
// The gradient points uphill, so a small step against it lowers the loss:
//
// $$w \leftarrow w - \eta\,\frac{\partial L}{\partial w}\quad\text{for every weight and bias.}$$
//
// To first order the loss changes by $-\eta \sum_w \bigl(\partial L/\partial w\bigr)^2 = -\eta\,\|\nabla L\|^2$, which
// is negative whenever the gradient is not zero. One step with $\eta = 0.5$ on the batch, and the first-order
// prediction compared with the actual change:

// %%
/** A copy of n after one gradient-descent step with learning rate eta, using gradients gr. */
Network step(Network n, Gradients gr, double eta) {
    Network next = n.copy();
    for (int l = 1; l <= n.layers(); l++) {
        double[][] w = n.weights(l), dw = gr.dW(l);
        double[] b = n.biases(l), db = gr.db(l);
        for (int j = 0; j < w.length; j++) for (int k = 0; k < w[j].length; k++) w[j][k] -= eta * dw[j][k];
        for (int k = 0; k < b.length; k++) b[k] -= eta * db[k];
        next.setWeights(l, w);
        next.setBiases(l, b);
    }
    return next;
}

double gradNormSquared = 0;
for (int l = 1; l <= 2; l++) {
    for (double[] row : gb.dW(l)) for (double v : row) gradNormSquared += v * v;
    for (double v : gb.db(l)) gradNormSquared += v * v;
}
double eta = 0.5, before = net.loss(batch, 0.0), after = step(net, gb, eta).loss(batch, 0.0);
System.out.println(String.format("η = %.1f: L before %.6f, after %.6f; first-order prediction %.6f", eta, before, after, before - eta * gradNormSquared));
check(after < before, String.format("one step with η = %.1f lowers the loss by %.6f", eta, before - after));

// %% [markdown]
// For a small step the first-order prediction should be nearly exact (the error is of order $\eta^2$):

// %%
double smallEta = 0.01, actualDrop = before - step(net, gb, smallEta).loss(batch, 0.0), predictedDrop = smallEta * gradNormSquared;
check(Math.abs(actualDrop / predictedDrop - 1) < 0.02,
      String.format("η = %.2f: actual decrease %.3e vs η‖∇L‖² = %.3e (ratio %.4f)", smallEta, actualDrop, predictedDrop, actualDrop / predictedDrop));

// %% [markdown]
// ## 10. Why backpropagation: counting the work
//
// The blog's closing point is efficiency: backpropagation reuses what the forward pass and the later layers have
// already computed, instead of recomputing the network for every derivative. Let $P$ be the number of parameters.
// One forward pass costs about $P$ multiply-adds per sample (one per weight).
//
// * **Finite differences** need two forward passes *per parameter*: $2P$ passes, about $2P^2$ multiply-adds per
//   sample. The work grows with the square of the network's size.
// * **Backpropagation** needs one forward pass and one backward pass; the backward pass touches each weight twice
//   (once for $\delta_j$, once for $\partial L/\partial w$), so about $3P$ multiply-adds per sample in all.
//
// So the ratio of the two costs grows in proportion to $P$. First the count of multiply-adds (counted from the layer
// sizes) for networks $2 \rightarrow m \rightarrow m \rightarrow 2$ of growing width $m$, then the measured times on 50
// moons samples. Each finite-difference gradient is also compared with the backprop one.

// %%
int[] widths = {2, 4, 8, 16, 24, 32};
Dataset moons = Moons.make(50, 0.2, 5L);
double[] params = new double[widths.length], fdOverBp = new double[widths.length];

/** Multiply-adds of one forward pass for one sample: one per weight. */
long forwardCost(Network n) {
    long c = 0;
    int[] s = n.sizes();
    for (int l = 1; l < s.length; l++) c += (long) s[l - 1] * s[l];
    return c;
}

for (int i = 0; i < widths.length; i++) {
    Network n = Network.create(Activation.TANH, Init.XAVIER, 11L, 2, widths[i], widths[i], 2);
    params[i] = n.parameterCount();
    long forward = forwardCost(n), backprop = 3 * forward, finiteDiff = 2L * n.parameterCount() * forward;
    fdOverBp[i] = (double) finiteDiff / backprop;
    System.out.println(String.format("m = %2d: P = %4d, multiply-adds per sample: backprop %6d, finite differences %9d, ratio %6.1f",
                                     widths[i], n.parameterCount(), backprop, finiteDiff, fdOverBp[i]));
}
int last = widths.length - 1;
boolean increasing = true;
for (int i = 1; i <= last; i++) increasing &= fdOverBp[i] > fdOverBp[i - 1];
double ratioGrowth = fdOverBp[last] / fdOverBp[0], sizeGrowth = params[last] / params[0];
check(increasing && ratioGrowth > 0.5 * sizeGrowth,
      String.format("the work ratio grows with every step in size, ×%.1f from P = %.0f to P = %.0f (P itself grew ×%.1f)", ratioGrowth, params[0], params[last], sizeGrowth));

// %% [markdown]
// Now the clock. The finite-difference gradient below is written out with the public API: nudge one parameter,
// evaluate the loss, nudge it the other way, evaluate again, restore. Both are timed after a warm-up (so that the
// JIT compiler has done its work). A time here is the CPU time of the thread doing the work, not the time on the
// wall clock, so other programs running at the same moment do not inflate it; and it is the fastest of repeated
// runs (at least one, more while they add up to under 0.5 s).
// Times depend on the machine, so the printed checks only state what holds on any machine: both gradients agree,
// and backpropagation's advantage grows with $P$. The measured times are in the plot.

// %%
/** The finite-difference gradient of every weight and bias, flattened layer by layer (W1, b1, W2, b2, ...). */
double[] finiteDifferenceGradient(Network n, Dataset d, double eps) {
    Network p = n.copy();
    List<Double> grad = new ArrayList<>();
    for (int l = 1; l <= p.layers(); l++) {
        double[][] w = p.weights(l);
        for (int j = 0; j < w.length; j++)
            for (int k = 0; k < w[j].length; k++) {
                double keep = w[j][k];
                w[j][k] = keep + eps;  p.setWeights(l, w);  double up = p.loss(d, 0.0);
                w[j][k] = keep - eps;  p.setWeights(l, w);  double down = p.loss(d, 0.0);
                w[j][k] = keep;        p.setWeights(l, w);
                grad.add((up - down) / (2 * eps));
            }
        double[] b = p.biases(l);
        for (int k = 0; k < b.length; k++) {
            double keep = b[k];
            b[k] = keep + eps;  p.setBiases(l, b);  double up = p.loss(d, 0.0);
            b[k] = keep - eps;  p.setBiases(l, b);  double down = p.loss(d, 0.0);
            b[k] = keep;        p.setBiases(l, b);
            grad.add((up - down) / (2 * eps));
        }
    }
    return grad.stream().mapToDouble(Double::doubleValue).toArray();
}

double[] flatten(Gradients gr, int layers) {
    List<Double> all = new ArrayList<>();
    for (int l = 1; l <= layers; l++) {
        for (double[] row : gr.dW(l)) for (double v : row) all.add(v);
        for (double v : gr.db(l)) all.add(v);
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
}

/**
 * Runs r at least once and then again until 0.5 s have passed (at most 15 times); returns the fastest run in ms of
 * CPU time of this thread (the library computes a gradient on the calling thread).
 */
double fastestMillis(Runnable r) {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.POSITIVE_INFINITY, total = 0;
    for (int run = 0; run < 15 && (run == 0 || total < 0.5e3); run++) {
        long t = cpu.getCurrentThreadCpuTime();
        r.run();
        double ms = (cpu.getCurrentThreadCpuTime() - t) / 1e6;
        best = Math.min(best, ms);
        total += ms;
    }
    return best;
}

// %%
double[] bpMillis = new double[widths.length], fdMillis = new double[widths.length];
double worstAgreement = 0;
Network warmUp = Network.create(Activation.TANH, Init.XAVIER, 11L, 2, 8, 8, 2);
for (int r = 0; r < 3; r++) { warmUp.gradients(moons, 0.0); finiteDifferenceGradient(warmUp, moons, 1e-5); }   // let the JIT compile
for (int i = 0; i < widths.length; i++) {
    Network n = Network.create(Activation.TANH, Init.XAVIER, 11L, 2, widths[i], widths[i], 2);
    bpMillis[i] = fastestMillis(() -> n.gradients(moons, 0.0));
    fdMillis[i] = fastestMillis(() -> finiteDifferenceGradient(n, moons, 1e-5));
    double[] bp = flatten(n.gradients(moons, 0.0), n.layers()), fd = finiteDifferenceGradient(n, moons, 1e-5);
    worstAgreement = Math.max(worstAgreement, maxAbsDiff(bp, fd));
}
check(worstAgreement < 1e-8, String.format("for all %d networks the finite-difference gradient equals the backprop gradient (max |diff| < 1e-8)", widths.length));
boolean fasterEverywhere = true;
for (int i = 0; i < widths.length; i++) fasterEverywhere &= bpMillis[i] < fdMillis[i];
double growth = (fdMillis[last] / bpMillis[last]) / (fdMillis[0] / bpMillis[0]);
check(fasterEverywhere && growth > 10, "backprop is faster at every size, and its advantage grows more than tenfold from the smallest network to the largest");

// %%
Trace[] timing = {
    ScatterTrace.builder(params, fdMillis).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name("finite differences (2P forward passes)").build(),
    ScatterTrace.builder(params, bpMillis).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name("backpropagation (1 forward + 1 backward)").build()
};
Layout timingLayout = Layout.builder().title("Time for one gradient of L (50 samples) vs number of parameters P")
    .showLegend(true).height(420)
    .xAxis(Axis.builder().title("P (weights and biases)").type(Axis.Type.LOG).build())
    .yAxis(Axis.builder().title("CPU milliseconds per gradient").type(Axis.Type.LOG).build()).build();
show(new Figure(timingLayout, timing));

// %% [markdown]
// On log–log axes a cost that grows like $P^a$ is a straight line of slope $a$. The finite-difference curve
// steepens towards slope 2 as the network grows: from a few hundred parameters on, each step in size multiplies its
// time by about the square of the step in $P$. The backprop curve stays almost flat over this whole range: for
// networks this small its time is mostly fixed costs per call (allocating the arrays of the forward and backward
// pass), and only for much larger networks does it rise, with slope 1. Either way the gap widens with every
// parameter added: at a million weights, finite differences would need two million forward passes for a single
// gradient, backpropagation still one forward and one backward pass.
//
// ## Summary
//
// | quantity | formula | checked in |
// |---|---|---|
// | forward pass | $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$, $a_k = \sigma(z_k)$, $\hat y = \operatorname{softmax}(z)$ | section 2 |
// | output error | $\delta_o = \hat y_o - y_o$ | sections 3, 6 |
// | hidden error | $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ | sections 4, 6 |
// | weight gradient | $\partial L/\partial w_{j\rightarrow k} = \delta_k a_j$, $\partial L/\partial b_k = \delta_k$ | sections 5–7 |
// | batch | $\Delta_1 = \sigma'(Z_1)\odot(\Delta_2 W_2^\top)$, $\partial L/\partial W = \frac1N A^\top\Delta$ | section 8 |
// | descent | $w \leftarrow w - \eta\,\partial L/\partial w$ lowers $L$ | section 9 |
// | cost | backprop $\approx 3P$, finite differences $\approx 2P^2$ per sample | section 10 |
//
// With these, training is a loop of forward pass, backward pass and step: [03 — training on the moons](03-training-on-moons.ipynb).
//
// ## Try it
// - Change the label of the sample to class 1 (`y1 = 1.0, y2 = 0.0` and label index 0): which δ's change sign?
// - Replace `Math.tanh` by the sigmoid in section 2 (and `Activation.TANH` by `Activation.SIGMOID` in the library
//   network). Which line of section 4 must change too? Find out by letting the checks fail.
// - Drop the factor `s_h1` from `d_h1` on purpose and look at what `GradientCheck` reports for `W1` and `b1`.
// - Try `eta = 5` in section 9: does the step still lower the loss? Why can a step too large fail?
// - Add widths 48 and 64 to `widths` in section 10 and predict the finite-difference time before running it.
