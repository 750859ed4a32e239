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
// # 03 — Why backpropagation: every path vs the recursion
//
// The blog calls backpropagation "repeated applications of the chain rule" that add up every path through the
// network, and says its strength is that it does not work out the same derivatives again and again. Notebook 02
// showed the recursion on a network with one hidden layer, where it has nothing to reuse yet. Here the network has
// **two** hidden layers, so $\delta_j$ really recurses, and we compute one derivative both ways — path by path, and by
// the recursion — and count what each one costs.
//
// | blog ([*Feedforward Artificial Neural Network pt2*](http://edgeofabandon.blogspot.com/2016/12)) | here |
// |---|---|
// | Backpropagation: "chaining together all possible paths" | §5 Every path from an early weight to the loss |
// | Backpropagation: "it saves the recalculation of derivatives" | §6 Counting the work, §7 What it costs in memory |
// | Error propagation: $\delta_j = \sigma'(z_j)\sum_{k\in path(j)}\delta_k w_{j\rightarrow k}$ | §2–§4 by hand, checked |
// | (the chain rule, organised) | §8 Automatic differentiation in one small class |
//
// Notation as in the whole series: layers $l = 0$ (the input) to $L = 3$ (the softmax output), neurons counted from
// 0, $j$ a neuron of one layer and $k$ one of the layer after it, $o$ an output, $\sigma = \tanh$ in the hidden
// layers, $w_{j\rightarrow k}$ the weight from $j$ to $k$, $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$,
// $a_k = \sigma(z_k)$ and $\delta_k = \partial L/\partial z_k$.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import java.util.*;
void show(tech.tablesaw.plotly.components.Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. A 2-3-3-2 network with round weights
//
// Two inputs, two hidden layers of three tanh neurons, two softmax outputs. `W1[j][k]` is $w_{j\rightarrow k}$ from
// input $j$ to neuron $k$ of the first hidden layer, `W2` from the first hidden layer to the second, `W3` from the
// second to the outputs. One sample, $x = (1, -0.5)$, of class 0, so $y = (1, 0)$. (The drawing names the inputs
// $x_1, x_2$, the hidden neurons $h_1 \dots h_6$ through both layers and the outputs $o_0, o_1$ like the classes; in
// the code and the formulas below each layer counts from 0.)

// %%
double[][] W1 = {{0.5, -1.0, 0.25}, {1.0, 0.5, -0.5}};
double[] b1 = {0.0, 0.25, -0.25};
double[][] W2 = {{1.0, -0.5, 0.5}, {-0.75, 1.0, 0.25}, {0.5, 0.5, -1.0}};
double[] b2 = {0.1, 0.0, -0.1};
double[][] W3 = {{1.0, -1.0}, {-0.5, 0.75}, {0.25, 0.5}};
double[] b3 = {0.0, 0.0};
double[] x = {1.0, -0.5};
double[] y = {1.0, 0.0};

Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 3, 2);
net.setWeights(1, W1); net.setBiases(1, b1);
net.setWeights(2, W2); net.setBiases(2, b2);
net.setWeights(3, W3); net.setBiases(3, b3);
Dataset sample = new Dataset(new double[][] {x}, new int[] {0}, 2);
ForwardPass pass = net.forward(sample);
display(Inline.svg(NetworkDiagram.forward("The 2-3-3-2 tanh network on x = (1, −0.5), class 0", net, pass, sample.labels(), 0)));
System.out.println(net);

// %% [markdown]
// ## 2. Forward pass by hand
//
// Layer by layer, $z_k = \sum_j a_j w_{j\rightarrow k} + b_k$ and $a_k = \tanh z_k$; at the top
// $\hat y_o = e^{z_o}/\sum_{o'} e^{z_{o'}}$ and $L = -\sum_o y_o \ln \hat y_o = -\ln \hat y_0$.

// %%
double[] z1 = new double[3], a1 = new double[3], z2 = new double[3], a2 = new double[3], z3 = new double[2];
for (int k = 0; k < 3; k++) { z1[k] = x[0] * W1[0][k] + x[1] * W1[1][k] + b1[k]; a1[k] = Math.tanh(z1[k]); }
for (int k = 0; k < 3; k++) { z2[k] = a1[0] * W2[0][k] + a1[1] * W2[1][k] + a1[2] * W2[2][k] + b2[k]; a2[k] = Math.tanh(z2[k]); }
for (int o = 0; o < 2; o++) { z3[o] = a2[0] * W3[0][o] + a2[1] * W3[1][o] + a2[2] * W3[2][o] + b3[o]; }
double[] yHat = {Math.exp(z3[0]) / (Math.exp(z3[0]) + Math.exp(z3[1])), Math.exp(z3[1]) / (Math.exp(z3[0]) + Math.exp(z3[1]))};
double L = -(y[0] * Math.log(yHat[0]) + y[1] * Math.log(yHat[1]));
System.out.println("z¹ = " + Arrays.toString(z1) + "\na¹ = " + Arrays.toString(a1));
System.out.println("z² = " + Arrays.toString(z2) + "\na² = " + Arrays.toString(a2));
System.out.println("z³ = " + Arrays.toString(z3) + "\nŷ  = " + Arrays.toString(yHat) + "\nL  = " + L);

// %%
Check.close("z¹ by hand equals the library's", z1, pass.z(1)[0], 1e-15);
Check.close("z² by hand equals the library's", z2, pass.z(2)[0], 1e-15);
Check.close("ŷ by hand equals the library's", yHat, pass.yHat()[0], 1e-15);
Check.close("L by hand equals the library's", L, net.loss(sample, 0), 1e-15);

// %% [markdown]
// ## 3. The error signal at the outputs
//
// For softmax with cross-entropy (notebook 01), $\delta_o = \partial L/\partial z_o = \hat y_o - y_o$.

// %%
double[] d3 = {yHat[0] - y[0], yHat[1] - y[1]};
System.out.println("δ³ = ŷ − y = " + Arrays.toString(d3));

// %% [markdown]
// ## 4. Down through the second and the first hidden layer
//
// The recursion $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ with $\sigma'(z) = 1 - \tanh^2 z$, first
// for the second hidden layer (its $k$ are the outputs), then for the first (its $k$ are the second layer's neurons).
// The second step uses $\delta^2$ and never looks at the outputs again: that is the reuse.

// %%
double[] d2 = new double[3], d1 = new double[3];
for (int j = 0; j < 3; j++) d2[j] = (1 - a2[j] * a2[j]) * (d3[0] * W3[j][0] + d3[1] * W3[j][1]);
for (int j = 0; j < 3; j++) d1[j] = (1 - a1[j] * a1[j]) * (d2[0] * W2[j][0] + d2[1] * W2[j][1] + d2[2] * W2[j][2]);
System.out.println("δ² = " + Arrays.toString(d2));
System.out.println("δ¹ = " + Arrays.toString(d1));

// %% [markdown]
// Against the library's backward pass, and against finite differences of the loss: $\partial L/\partial w_{j\rightarrow k}
// = a_j\,\delta_k$, so for the first-layer weight $w_{0\rightarrow 0}$ (from input 0 to the first neuron of hidden
// layer 1) it is $x_0\,\delta^1_0$. The central difference $(L(w+h) - L(w-h))/2h$ with $h = 10^{-5}$ is off by about
// $h^2 \approx 10^{-10}$ (the truncation) plus $10^{-16}/h \approx 10^{-11}$ (rounding); $10^{-8}$ leaves room for both.

// %%
Gradients g = net.backward(pass, sample.labels(), 0);
Check.close("δ³ by hand equals the library's", d3, g.delta(3)[0], 1e-15);
Check.close("δ² by hand equals the library's", d2, g.delta(2)[0], 1e-15);
Check.close("δ¹ by hand equals the library's", d1, g.delta(1)[0], 1e-15);
render(Inline.svg(NetworkDiagram.backward("Backward pass: δ in every neuron, ∂L/∂w on every line", net, pass, sample.labels(), g, 0)))

// %%
double h = 1e-5;
Network up = net.copy(), down = net.copy();
double[][] wUp = net.weights(1), wDown = net.weights(1);
wUp[0][0] += h; wDown[0][0] -= h;
up.setWeights(1, wUp); down.setWeights(1, wDown);
double finiteDifference = (up.loss(sample, 0) - down.loss(sample, 0)) / (2 * h);
double early = x[0] * d1[0];
System.out.println(String.format(Locale.ROOT, "∂L/∂w₀→₀ (layer 1): x₀ δ¹₀ = %.10f, finite difference = %.10f", early, finiteDifference));
Check.close("x₀ δ¹₀ equals the finite difference of L in w₀→₀", early, finiteDifference, 1e-8);
Check.that("every gradient of the library agrees with fourth-order differences (largest relative error < 1e-7)",
        GradientCheck.check(net, sample, 0, 1e-3).maxRelativeError() < 1e-7);

// %% [markdown]
// ## 5. The same derivative along every path
//
// The chain rule without the recursion: $w_{0\rightarrow 0}$ changes $z^1_0$, which reaches the loss through each
// neuron $k_2$ of the second hidden layer and then each output $o$. Each path contributes the product of the local
// derivatives along it,
//
// $$\frac{\partial L}{\partial w_{0\rightarrow 0}} = \sum_{k_2}\sum_{o}
//   \underbrace{x_0}_{\partial z^1_0/\partial w}\;\sigma'(z^1_0)\,w_{0\rightarrow k_2}\;\sigma'(z^2_{k_2})\,w_{k_2\rightarrow o}\;\delta^3_o ,$$
//
// $3 \times 2 = 6$ paths of six factors each. Here they are one by one:

// %%
double pathSum = 0;
for (int k2 = 0; k2 < 3; k2++) {
    for (int o = 0; o < 2; o++) {
        double term = x[0] * (1 - a1[0] * a1[0]) * W2[0][k2] * (1 - a2[k2] * a2[k2]) * W3[k2][o] * d3[o];
        System.out.println(String.format(Locale.ROOT, "path w₀→₀ → z¹₀ → z²%d → z³%d : %+.10f", k2, o, term));
        pathSum += term;
    }
}
System.out.println(String.format(Locale.ROOT, "sum of the 6 paths                : %+.10f", pathSum));

// %% [markdown]
// The sum equals the recursion's $x_0\delta^1_0$, the library's gradient and the finite difference. The library class
// `backprop.cost.PathSum` does the same enumeration for any weight of any network, multiplying every path's factors
// afresh and counting each multiplication and addition it performs.

// %%
import backprop.cost.*;
OpCounter onePath = new OpCounter();
double byPaths = new PathSum(net, x, 0).derivative(1, 0, 0, onePath);
Check.close("the sum over the 6 paths equals x₀ δ¹₀ from the recursion", pathSum, early, 1e-15);
Check.close("PathSum's enumeration equals the library's ∂L/∂w₀→₀", byPaths, g.dW(1)[0][0], 1e-15);
Check.close("and the finite difference", byPaths, finiteDifference, 1e-8);
System.out.println("PathSum for this one weight: " + onePath);

// %% [markdown]
// ## 6. Counting the work
//
// Both ways start from the same forward pass (the $a$'s, the $\sigma'(z)$'s and $\delta^L = \hat y - y$), and then
// compute $\partial L/\partial w$ for **every weight** of the network, doing each multiplication and addition through
// a counter (`OpCounter`), so the numbers below are what the code executed:
//
// - **every path** (`PathSum`): a weight of layer $l$ has $P_l = n_{l+1} n_{l+2}\cdots n_L$ paths to the outputs, each
//   a product of $2(L-l)+2$ factors, then the $P_l$ products are added: $P_l(2(L-l)+1)$ multiplications and
//   $P_l - 1$ additions. The number of paths is a **product of the layer widths**;
// - **the recursion** (`CountedBackprop`): $a_j\delta_k$ for every weight, and for each neuron below the top
//   $\sum_k \delta_k w_{j\rightarrow k}$ and one $\sigma'$: $\sum_l n_{l-1}n_l + \sum_{l\ge2} n_{l-1}(n_l+1)$
//   multiplications and $\sum_{l\ge 2} n_{l-1}(n_l-1)$ additions, **proportional to the number of weights**.
//
// First deeper networks (hidden layers of 4), then wider ones (three hidden layers):

// %%
List<int[]> shapes = List.of(new int[] {2, 4, 2}, new int[] {2, 4, 4, 2}, new int[] {2, 4, 4, 4, 2},
        new int[] {2, 4, 4, 4, 4, 2}, new int[] {2, 4, 4, 4, 4, 4, 2}, new int[] {2, 4, 4, 4, 4, 4, 4, 2},
        new int[] {2, 4, 4, 4, 4, 4, 4, 4, 2},
        new int[] {2, 2, 2, 2, 2}, new int[] {2, 6, 6, 6, 2}, new int[] {2, 8, 8, 8, 2}, new int[] {2, 12, 12, 12, 2},
        new int[] {2, 16, 16, 16, 2});
List<Measurement> rows = new ArrayList<>();
System.out.println("network              weights  paths/weight  multiply-adds: every path   recursion    ratio");
for (int[] sizes : shapes) {
    Measurement m = Measurement.of(sizes, 1);
    rows.add(m);
    System.out.println(String.format(Locale.ROOT, "%-20s %7d %13d %27d %11d %8.0f", m.shape(), m.weights(), m.paths(),
            m.pathOperations(), m.backpropOperations(), (double) m.pathOperations() / m.backpropOperations()));
}

// %%
for (Measurement m : rows) {
    int[] s = m.sizes();
    Check.that(m.shape() + ": measured counts equal the formulas (paths " + OperationCounts.paths(s, 1)
            + ", every-path " + OperationCounts.allPathMultiplications(s) + "×/" + OperationCounts.allPathAdditions(s)
            + "+, recursion " + OperationCounts.backpropMultiplications(s) + "×/" + OperationCounts.backpropAdditions(s) + "+)",
            m.paths() == OperationCounts.paths(s, 1)
            && m.pathMultiplications() == OperationCounts.allPathMultiplications(s)
            && m.pathAdditions() == OperationCounts.allPathAdditions(s)
            && m.backpropMultiplications() == OperationCounts.backpropMultiplications(s)
            && m.backpropAdditions() == OperationCounts.backpropAdditions(s));
}
double worst = rows.stream().mapToDouble(Measurement::largestDifference).max().orElseThrow();
Check.that("both ways give the same gradients for every network (largest difference " + worst + ")", worst < 1e-13);
Check.that("the recursion's work stays between 1 and 3 times the number of weights", rows.stream()
        .allMatch(m -> m.backpropOperations() >= m.weights() && m.backpropOperations() <= 3 * m.weights()));

// %% [markdown]
// The same on a logarithmic scale: each extra hidden layer of width 4 multiplies the work of the path sum by a factor
// that falls from 7.8 towards the width, 4, while the recursion's work grows by the same 48 operations per layer,
// 3 for each of the 16 weights the layer adds.

// %%
int depths = 7;
double[] hiddenLayers = new double[depths], pathWork = new double[depths], recursionWork = new double[depths], weightCount = new double[depths];
for (int i = 0; i < depths; i++) {
    hiddenLayers[i] = i + 1;
    pathWork[i] = Math.log10(rows.get(i).pathOperations());
    recursionWork[i] = Math.log10(rows.get(i).backpropOperations());
    weightCount[i] = Math.log10(rows.get(i).weights());
}
Map<String, double[]> work = new LinkedHashMap<>();
work.put("every path (PathSum), measured", pathWork);
work.put("recursion (backpropagation), measured", recursionWork);
work.put("number of weights", weightCount);
show(Curves.lines("Multiply-adds for the gradient of one sample, hidden layers of width 4",
        "hidden layers", "log₁₀ (count)", hiddenLayers, work));

// %%
for (int i = 1; i < depths; i++) {
    Measurement before = rows.get(i - 1), after = rows.get(i);
    double factor = (double) after.pathOperations() / before.pathOperations();
    Check.that(String.format(Locale.ROOT, "%s → %s: every-path work × %.2f (between 4 and 8), recursion + %d = 3 × %d added weights",
            before.shape(), after.shape(), factor, after.backpropOperations() - before.backpropOperations(), after.weights() - before.weights()),
            factor > 4 && factor < 8 && after.backpropOperations() - before.backpropOperations() == 3 * (after.weights() - before.weights()));
}

// %% [markdown]
// And against the width $n$, with three hidden layers (2-$n$-$n$-$n$-2): the $2n$ first-layer weights have $2n^2$
// paths each and the $n^2$ second-layer weights $2n$ each, so the path sum's work grows like $n^3$; the recursion's
// grows like the $2n^2 + 4n$ weights.

// %%
int[] byWidth = {7, 2, 8, 9, 10, 11};   // the rows 2-n-n-n-2 for n = 2, 4, 6, 8, 12, 16
double[] width = new double[byWidth.length], pathWorkW = new double[byWidth.length], recursionWorkW = new double[byWidth.length], weightCountW = new double[byWidth.length];
for (int i = 0; i < byWidth.length; i++) {
    Measurement m = rows.get(byWidth[i]);
    width[i] = m.sizes()[1];
    pathWorkW[i] = Math.log10(m.pathOperations());
    recursionWorkW[i] = Math.log10(m.backpropOperations());
    weightCountW[i] = Math.log10(m.weights());
}
Map<String, double[]> workW = new LinkedHashMap<>();
workW.put("every path (PathSum), measured", pathWorkW);
workW.put("recursion (backpropagation), measured", recursionWorkW);
workW.put("number of weights", weightCountW);
show(Curves.lines("Multiply-adds for the gradient of one sample, three hidden layers", "width of each hidden layer",
        "log₁₀ (count)", width, workW));

// %%
Measurement w8 = rows.get(9), w16 = rows.get(11);
double pathFactor = (double) w16.pathOperations() / w8.pathOperations();
double recursionFactor = (double) w16.backpropOperations() / w8.backpropOperations();
double weightFactor = (double) w16.weights() / w8.weights();
Check.that(String.format(Locale.ROOT, "width 8 → 16: every-path work × %.2f (2³ = 8 within 1)", pathFactor), Math.abs(pathFactor - 8) < 1);
Check.that(String.format(Locale.ROOT, "width 8 → 16: recursion × %.2f, within 0.5 of the weights' × %.2f", recursionFactor, weightFactor),
        Math.abs(recursionFactor - weightFactor) < 0.5);

// %% [markdown]
// ## 7. What the recursion costs in return: memory
//
// The recursion needs, for each sample, the activations $a_j$ of every layer below the output (for
// $\partial L/\partial w_{j\rightarrow k} = a_j\delta_k$) and the slopes $\sigma'(z_j)$ of the hidden layers (for the
// $\delta$'s): all of them are computed in the forward pass and must be **kept** until the backward pass has used
// them. `CountedBackprop` reports how many numbers it holds; per layer of our 2-3-3-2 network that is
// $a^0$: 2, $a^1$ and $\sigma'(z^1)$: 3 + 3, $a^2$ and $\sigma'(z^2)$: 3 + 3.

// %%
CountedBackprop recursion = new CountedBackprop(net, x, 0);
recursion.gradient(new OpCounter());
long kept = recursion.keptValues();
System.out.println(String.format(Locale.ROOT, "kept for one sample: %d numbers = %d bytes as doubles", kept, 8 * kept));
Check.that("the 2-3-3-2 network keeps 2 + (3+3) + (3+3) = 14 numbers per sample", kept == 14);
for (Measurement m : List.of(rows.get(2), rows.get(11))) {
    System.out.println(String.format(Locale.ROOT, "%-16s keeps %3d numbers per sample: %,10d bytes for a batch of 10,000 samples",
            m.shape(), m.keptValues(), 8 * 10_000 * m.keptValues()));
    Check.that(m.shape() + ": kept numbers equal Σ_{l<L} n_l + Σ_{0<l<L} n_l", m.keptValues() == OperationCounts.keptValues(m.sizes()));
}

// %% [markdown]
// So memory grows with the number of **neurons** times the batch size: modest next to the work saved, but it is why a
// large network trained on large batches runs out of memory before it runs out of time. (For tanh,
// $\sigma'(z) = 1 - a^2$ can be recomputed from $a$, halving the hidden part; the library's training loop does that.)
// The path sum would need the same forward values; only a method that never goes backwards, such as finite
// differences, can forget them — at the price of one more forward pass per weight.
//
// ## 8. The chain rule, organised: automatic differentiation in one small class
//
// `backprop.autodiff.Value` is a number that remembers how it was made. Each operation (`plus`, `minus`, `times`,
// `tanh`, `exp`, `log`) computes its value and, right next to it, stores its **local** rule: how a gradient arriving
// at its result is passed on to its operands (for $u\cdot v$: $u$ gets $v$ times it, $v$ gets $u$ times it).
// `backward()` sorts the graph so that every node comes after everything it is computed from, sets
// $\partial L/\partial L = 1$, and runs each node's rule **once**, from the loss down. A node used by several later
// nodes (like $a_j$, used by every neuron of the next layer) receives one contribution per use, added with `+=`:
// that sum *is* $\sum_k \delta_k w_{j\rightarrow k}$. The six operations with their local rules, the backward sweep
// and the topological order take 65 lines of code; with the accessors and the argument checks the class has 109.
//
// `NetworkGraph` builds our network's loss out of `Value`s — every weight, bias and input a leaf — and reads the
// $\delta$'s off the gradients of the $z$ nodes.

// %%
import backprop.autodiff.*;
NetworkGraph graph = new NetworkGraph(net, x, 0);
graph.backward();
List<Value> nodes = graph.loss().graph();
System.out.println("nodes in the graph of L: " + nodes.size() + " (each local rule ran once)");
System.out.println("L      = " + graph.loss().data());
for (int l = 1; l <= 3; l++) System.out.println("δ" + "¹²³".charAt(l - 1) + " (grads of z) = " + Arrays.toString(graph.delta(l)));

// %%
Check.close("the graph's L equals the by-hand L", graph.loss().data(), L, 1e-15);
Check.close("the grads of z³ are δ³ = ŷ − y", graph.delta(3), d3, 1e-15);
Check.close("the grads of z² are the recursion's δ²", graph.delta(2), d2, 1e-15);
Check.close("the grads of z¹ are the recursion's δ¹", graph.delta(1), d1, 1e-15);
for (int l = 1; l <= 3; l++) {
    Check.close("the grads of the layer-" + l + " weights equal the library's ∂L/∂W", graph.dW(l), g.dW(l), 1e-15);
}
Check.close("the grad of the leaf w₀→₀ (layer 1) equals the sum over its 6 paths", graph.w(1, 0, 0).grad(), pathSum, 1e-15);

// %% [markdown]
// The whole graph has too many nodes to read, so here is one neuron's worth of it: the loss of a 1-1-2 network
// (one input, one tanh neuron, two outputs), with each node's value and, after `backward()`, its gradient
// $\partial L/\partial(\text{node})$. Read it from the right: every arrow passes the gradient back, multiplied by one
// local derivative, and where two arrows leave a node ($a$ feeds both outputs) their contributions add up. The
// constant `max z`, subtracted from the logits so that $e^{z}$ cannot overflow, gets gradient 0: the loss does not
// depend on it.

// %%
Network tiny = Network.create(Activation.TANH, Init.XAVIER, 1, 1, 1, 2);
tiny.setWeights(1, new double[][] {{0.5}}); tiny.setBiases(1, new double[] {0.0});
tiny.setWeights(2, new double[][] {{1.0, -1.0}}); tiny.setBiases(2, new double[] {0.0, 0.0});
NetworkGraph tinyGraph = new NetworkGraph(tiny, new double[] {2.0}, 0);
tinyGraph.backward();
display(Inline.svg(ComputationGraph.svg(tinyGraph.loss(), "L of a 1-1-2 tanh network on x = 2, class 0: value and ∂L/∂(node) of every node")));
System.out.println(tinyGraph.loss().graph().size() + " nodes, L = " + tinyGraph.loss().data());

// %%
double aTiny = Math.tanh(0.5 * 2.0);
double[] yHatTiny = Softmax.softmax(new double[] {aTiny * 1.0, aTiny * -1.0});
double dzTiny = (1 - aTiny * aTiny) * ((yHatTiny[0] - 1) * 1.0 + yHatTiny[1] * -1.0);
Check.close("∂L/∂w of the tiny graph equals x σ′(z) Σ_o δ_o w_o from the recursion", tinyGraph.w(1, 0, 0).grad(), 2.0 * dzTiny, 1e-15);

// %% [markdown]
// ## 9. Exercises
//
// **Exercise 1.** How many paths lead from a weight of the **second** weight layer ($W2$) of our 2-3-3-2 network to the
// outputs, and how many multiplications and additions does `PathSum` make for it? Work it out by hand, then measure.
//
// *Hint:* a weight $w_{j\rightarrow k}$ of layer 2 ends at $z^2_k$; count the choices of output, and the factors
// $a_j$, $\sigma'(z^2_k)$, $w_{k\rightarrow o}$, $\delta_o$ on each path.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
// 2 paths (one per output), 4 factors each: 3 multiplications per path, 6 in all, and 1 addition.
OpCounter layerTwo = new OpCounter();
new PathSum(net, x, 0).derivative(2, 1, 2, layerTwo);
System.out.println(layerTwo);
Check.that("a layer-2 weight of 2-3-3-2 costs 6 multiplications and 1 addition by paths",
        layerTwo.multiplications() == 6 && layerTwo.additions() == 1);
// END SOLUTION

// %% [markdown]
// **Exercise 2.** With `Value`, differentiate $f(u) = u\,\tanh u + e^{u}$ at $u = 0.5$ and compare with the derivative
// worked out by hand.
//
// *Hint:* $f'(u) = \tanh u + u(1-\tanh^2 u) + e^u$. Note that $u$ is used three times: its gradient collects three
// contributions.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
Value u = Value.of(0.5, "u");
Value f = u.times(u.tanh()).plus(u.exp());
f.backward();
double t = Math.tanh(0.5);
System.out.println("f(0.5) = " + f.data() + ", f′(0.5) = " + u.grad());
Check.close("Value's gradient of u tanh u + e^u equals tanh u + u(1 − tanh² u) + e^u", u.grad(), t + 0.5 * (1 - t * t) + Math.exp(0.5), 1e-15);
// END SOLUTION

// %% [markdown]
// **Exercise 3.** For a 2-8-8-8-8-2 network, how many times more multiply-adds does the path sum need than the
// recursion? Predict it with `OperationCounts`, then measure.
//
// *Hint:* `Measurement.of(sizes, seed)` measures; the closed forms are `OperationCounts.allPathMultiplications` and
// friends.

// %% jupyter={"source_hidden": true} tags=["solution"]
// BEGIN SOLUTION
int[] deep = {2, 8, 8, 8, 8, 2};
long predictedPaths = OperationCounts.allPathMultiplications(deep) + OperationCounts.allPathAdditions(deep);
long predictedRecursion = OperationCounts.backpropMultiplications(deep) + OperationCounts.backpropAdditions(deep);
Measurement measured = Measurement.of(deep, 2);
System.out.println(String.format(Locale.ROOT, "paths %d, recursion %d: %.0f times more", measured.pathOperations(),
        measured.backpropOperations(), (double) measured.pathOperations() / measured.backpropOperations()));
Check.that("the measured counts of 2-8-8-8-8-2 equal the predicted ones",
        measured.pathOperations() == predictedPaths && measured.backpropOperations() == predictedRecursion);
// END SOLUTION

// %% [markdown]
// ## Summary
//
// - On a network with two hidden layers, $\delta_j = \sigma'(z_j)\sum_k \delta_k w_{j\rightarrow k}$ gave the
//   second layer's $\delta$'s from the outputs' and the first layer's from the second's; every number agreed with the
//   library and with finite differences.
// - The chain rule summed over every path gives the same derivative, but the number of paths is a product of layer
//   widths. Counted, not estimated: the path sum's work grows by about the layer width with every layer, the
//   recursion's stays between one and three operations per weight, because each $\delta$ is computed once and reused
//   by every path through it — the blog's "saves the recalculation of derivatives".
// - The price is memory: the forward pass's activations and slopes, a few numbers per neuron per sample.
// - A scalar autodiff (65 lines for its operations, backward sweep and topological order) does the same bookkeeping for any expression: local rules, one backward sweep
//   in topological order, gradients added with `+=`. Backpropagation is that, applied to a network.
