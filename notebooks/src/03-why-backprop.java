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
// # 03 — Why backpropagation: every path, the recursion, and an autodiff built by hand
//
// *Reading time: about 25 minutes, plus 5 for "Going deeper" at the end.*
//
// The blog calls backpropagation "repeated applications of the chain rule" that add up every path through the
// network, and says its strength is that it "saves the recalculation of derivatives". Notebook 02 used a network with
// one hidden layer, where the recursion has nothing to reuse yet. Here the network has **two** hidden layers, so
// $\delta_j$ really recurses. We compute one derivative three ways (path by path, by the recursion, and with a small
// automatic differentiation built here rule by rule) and count what the first two cost.
//
// **Where this is in the blog** ([*Feedforward Artificial Neural Network pt2*](http://edgeofabandon.blogspot.com/2016/12)):
// "chaining together all possible paths" (§4 here), "saves the recalculation of derivatives" (§5), the error
// propagation $\delta_j = \sigma'(z_j)\sum_k\delta_k w_{j\rightarrow k}$ (§2, §3), and the chain rule organised as
// code (§6, §7).
//
// **Notation.** Layers are numbered $\ell = 0$ (the inputs) to $\ell = 3$ (the softmax outputs); $L$ is always the
// loss. A superscript names the layer: $z^\ell_k$, $a^\ell_k$, $\delta^\ell_k = \partial L/\partial z^\ell_k$ belong
// to neuron $k$ of layer $\ell$, and $w^{\ell}_{j\rightarrow k}$ is the weight from neuron $j$ of layer $\ell - 1$ to
// neuron $k$ of layer $\ell$, stored in `Wℓ[j][k]`. Neurons count from 0; $\sigma = \tanh$ in the hidden layers.

// %%
import backprop.*;
import backprop.plot.*;
import backprop.notebook.*;
import tech.tablesaw.plotly.components.*;
void show(Figure figure) { display(Inline.plot(figure)); }

// %% [markdown]
// ## 1. A 2-3-3-2 network and its forward pass
//
// Two inputs, two hidden layers of three tanh neurons, two softmax outputs, round weights. One sample,
// $x = (1, -0.5)$, of class 0, so $y = (1, 0)$. Layer by layer,
// $z^\ell_k = \sum_j a^{\ell-1}_j w^\ell_{j\rightarrow k} + b^\ell_k$ and $a^\ell_k = \tanh z^\ell_k$ (with $a^0 = x$); at the top $\hat y = \operatorname{softmax}(z^3)$ and
// $L = -\ln \hat y_0$.

// %%
double[][] W1 = {{0.5, -1.0, 0.25}, {1.0, 0.5, -0.5}};
double[] b1 = {0.0, 0.25, -0.25};
double[][] W2 = {{1.0, -0.5, 0.5}, {-0.75, 1.0, 0.25}, {0.5, 0.5, -1.0}};
double[] b2 = {0.1, 0.0, -0.1};
double[][] W3 = {{1.0, -1.0}, {-0.5, 0.75}, {0.25, 0.5}};
double[] b3 = {0.0, 0.0};
double[] x = {1.0, -0.5};
double[] y = {1.0, 0.0};

double[] z1 = new double[3], a1 = new double[3], z2 = new double[3], a2 = new double[3], z3 = new double[2];
for (int k = 0; k < 3; k++) { z1[k] = x[0] * W1[0][k] + x[1] * W1[1][k] + b1[k]; a1[k] = Math.tanh(z1[k]); }
for (int k = 0; k < 3; k++) { z2[k] = a1[0] * W2[0][k] + a1[1] * W2[1][k] + a1[2] * W2[2][k] + b2[k]; a2[k] = Math.tanh(z2[k]); }
for (int o = 0; o < 2; o++) z3[o] = a2[0] * W3[0][o] + a2[1] * W3[1][o] + a2[2] * W3[2][o] + b3[o];
double[] yHat = Softmax.softmax(z3);
double L = -Math.log(yHat[0]);
System.out.println("z¹ = " + Format.vector(z1) + "\nz² = " + Format.vector(z2) + "\nz³ = " + Format.vector(z3) + "\nL  = " + L);

// %%
Network net = Network.create(Activation.TANH, Init.XAVIER, 1L, 2, 3, 3, 2);
net.setWeights(1, W1); net.setBiases(1, b1);
net.setWeights(2, W2); net.setBiases(2, b2);
net.setWeights(3, W3); net.setBiases(3, b3);
Dataset sample = new Dataset(new double[][] {x}, new int[] {0}, 2);
ForwardPass pass = net.forward(sample);
Check.close("z¹, z², z³ and L by hand equal the library's", new double[][] {z1, z2, z3, {L}},
        new double[][] {pass.z(1)[0], pass.z(2)[0], pass.z(3)[0], {net.loss(sample, 0)}}, 1e-12);

// %% [markdown]
// ## 2. The recursion, layer by layer
//
// $\delta^3 = \hat y - y$ (notebook 01), then $\delta^\ell_j = \sigma'(z^\ell_j)\sum_k \delta^{\ell+1}_k
// w^{\ell+1}_{j\rightarrow k}$ with $\sigma'(z) = 1 - \tanh^2 z$: first for the second hidden layer (its $k$ are the
// outputs), then for the first. The second step uses $\delta^2$ and never looks at the outputs again: that is the
// reuse.

// %%
double[] d3 = {yHat[0] - y[0], yHat[1] - y[1]};
double[] d2 = new double[3], d1 = new double[3];
for (int j = 0; j < 3; j++) d2[j] = (1 - a2[j] * a2[j]) * (d3[0] * W3[j][0] + d3[1] * W3[j][1]);
for (int j = 0; j < 3; j++) d1[j] = (1 - a1[j] * a1[j]) * (d2[0] * W2[j][0] + d2[1] * W2[j][1] + d2[2] * W2[j][2]);
System.out.println("δ³ = " + Format.vector(d3) + "\nδ² = " + Format.vector(d2) + "\nδ¹ = " + Format.vector(d1));
Gradients g = net.backward(pass, sample.labels(), 0);
Check.close("δ³, δ², δ¹ by hand equal the library's", new double[][] {d3, d2, d1}, new double[][] {g.delta(3)[0], g.delta(2)[0], g.delta(1)[0]}, 1e-12);
render(Inline.svg(NetworkDiagram.backward("Backward pass: δ in every neuron, ∂L/∂w on every line", net, pass, sample.labels(), g, 0)))

// %% [markdown]
// ## 3. One early weight, by the recursion and by finite differences
//
// $\partial L/\partial w^1_{0\rightarrow 0} = a^0_0\,\delta^1_0 = x_0\,\delta^1_0$: the weight from input 0 to the
// first neuron of hidden layer 1. Against a central difference of the loss (tolerance as in 00):

// %%
double h = 1e-5;
Network up = net.copy(), down = net.copy();
double[][] wUp = net.weights(1), wDown = net.weights(1);
wUp[0][0] += h; wDown[0][0] -= h;
up.setWeights(1, wUp); down.setWeights(1, wDown);
double finiteDifference = (up.loss(sample, 0) - down.loss(sample, 0)) / (2 * h);
double early = x[0] * d1[0];
Check.close(Format.of("∂L/∂w¹₀→₀ = x₀ δ¹₀ = %.10f equals the finite difference", early), early, finiteDifference, 1e-8);

// %% [markdown]
// ## 4. The same derivative along every path
//
// The chain rule without the recursion: $w^1_{0\rightarrow 0}$ changes $z^1_0$, which reaches the loss through each
// neuron $k$ of the second hidden layer and then each output $o$. Each path contributes the product of the local
// derivatives along it:
//
// $$\frac{\partial L}{\partial w^1_{0\rightarrow 0}} = \sum_{k}\sum_{o}
//   \underbrace{x_0}_{\partial z^1_0/\partial w^1_{0\rightarrow 0}}\;\sigma'(z^1_0)\,w^2_{0\rightarrow k}\;
//   \sigma'(z^2_{k})\,w^3_{k\rightarrow o}\;\delta^3_o ,$$
//
// $3 \times 2 = 6$ paths of six factors each. The library class `backprop.cost.PathSum` does the same enumeration for
// any weight of any network, counting each multiplication and addition.

// %%
double pathSum = 0;
for (int k = 0; k < 3; k++)
    for (int o = 0; o < 2; o++) {
        double term = x[0] * (1 - a1[0] * a1[0]) * W2[0][k] * (1 - a2[k] * a2[k]) * W3[k][o] * d3[o];
        System.out.println(Format.of("path w¹₀→₀ → z¹₀ → z²%d → z³%d : %+.10f", k, o, term));
        pathSum += term;
    }
double byPathSum = new backprop.cost.PathSum(net, x, 0).derivative(1, 0, 0, new backprop.cost.OpCounter());
Check.close(Format.of("the 6 paths add up to %.10f, the recursion's x₀ δ¹₀ (by hand and by PathSum)", pathSum),
        new double[] {pathSum, byPathSum}, new double[] {early, early}, 1e-12);

// %% [markdown]
// ## 5. Counting the work
//
// Both ways start from the same forward pass (the $a$'s, the $\sigma'(z)$'s and $\delta^3 = \hat y - y$) and then
// compute $\partial L/\partial w$ for **every weight**, doing each multiplication and addition through a counter, so the
// numbers below are what the code executed. For a network of $D$ weight layers with widths $n_0, \dots, n_D$:
//
// - **every path** (`PathSum`): a weight of layer $\ell$ has $n_{\ell+1} n_{\ell+2}\cdots n_D$ paths to the outputs,
//   each a product of $2(D-\ell)+2$ factors. The number of paths is a **product of the layer widths**;
// - **the recursion** (`CountedBackprop`): one product $a_j\delta_k$ per weight, and per hidden neuron one weighted
//   sum $\sum_k \delta_k w_{j\rightarrow k}$ and one factor $\sigma'$: in all $3W - 2n_0n_1$ operations for $W$
//   weights, **proportional to the number of weights**.
//
// The closed forms (`OperationCounts`) are the predictions; the counters measure. Deeper networks (hidden layers of
// 4), then wider ones (three hidden layers):

// %%
import backprop.cost.*;
List<int[]> shapes = List.of(new int[] {2, 4, 2}, new int[] {2, 4, 4, 2}, new int[] {2, 4, 4, 4, 2},
        new int[] {2, 4, 4, 4, 4, 2}, new int[] {2, 4, 4, 4, 4, 4, 2}, new int[] {2, 4, 4, 4, 4, 4, 4, 2},
        new int[] {2, 2, 2, 2, 2}, new int[] {2, 8, 8, 8, 2}, new int[] {2, 16, 16, 16, 2});
List<Measurement> rows = new ArrayList<>();
boolean asPredicted = true;
double worstDifference = 0;
System.out.println("network              weights  multiply-adds: every path   recursion    ratio");
for (int[] s : shapes) {
    Measurement m = Measurement.of(s, 1);
    rows.add(m);
    asPredicted &= m.pathMultiplications() == OperationCounts.allPathMultiplications(s) && m.pathAdditions() == OperationCounts.allPathAdditions(s)
            && m.backpropMultiplications() == OperationCounts.backpropMultiplications(s) && m.backpropAdditions() == OperationCounts.backpropAdditions(s);
    worstDifference = Math.max(worstDifference, m.largestDifference());
    System.out.println(Format.of("%-20s %7d %27d %11d %8.0f", m.shape(), m.weights(), m.pathOperations(), m.backpropOperations(),
            (double) m.pathOperations() / m.backpropOperations()));
}
Check.that("for all 9 networks the counted operations equal the predicted closed forms", asPredicted);
Check.close("and both ways give the same gradient for every weight", worstDifference, 0, 1e-12);

// %% [markdown]
// On a logarithmic scale against the depth: each extra hidden layer of width 4 multiplies the number of paths from
// every earlier weight by 4, so the path sum's work grows geometrically, while the recursion adds 3 operations for
// each of the 16 weights the layer brings.

// %%
int depths = 6;
double[] hiddenLayers = new double[depths], pathWork = new double[depths], recursionWork = new double[depths];
for (int i = 0; i < depths; i++) {
    hiddenLayers[i] = i + 1;
    pathWork[i] = Math.log10(rows.get(i).pathOperations());
    recursionWork[i] = Math.log10(rows.get(i).backpropOperations());
}
Map<String, double[]> work = new LinkedHashMap<>();
work.put("every path (PathSum), counted", pathWork);
work.put("recursion (backpropagation), counted", recursionWork);
show(Curves.lines("Operations for the gradient of one sample, hidden layers of width 4", "hidden layers", "log₁₀ (operations)", hiddenLayers, work));

// %% [markdown]
// ## 6. The chain rule as code: an autodiff, rule by rule
//
// Backpropagation is one case of *reverse-mode automatic differentiation*. The idea fits in a small class: a `Node` is
// a number that remembers the nodes it was computed from and a **local rule**: how a gradient arriving at it is passed
// on to those operands. `grad` will hold $\partial L/\partial(\text{node})$.

// %%
class Node {
    final double data;
    final String label;
    final List<Node> operands;
    double grad = 0;
    Runnable passBack = () -> {};    // the local rule: adds this node's share of grad to its operands' grads

    Node(double data, String label, Node... operands) {
        this.data = data;
        this.label = label;
        this.operands = List.of(operands);
    }
}
Node leaf(double data, String label) { return new Node(data, label); }

// %% [markdown]
// Each operation computes its value and, right beside it, its local rule. For $z = u + v$: $\partial z/\partial u =
// \partial z/\partial v = 1$, so both operands receive the gradient unchanged. For $z = u\cdot v$: $u$ receives $v$
// times it and $v$ receives $u$ times it. Every rule *adds* (`+=`): a node used twice receives two contributions.

// %%
Node plus(Node u, Node v) {
    Node z = new Node(u.data + v.data, "+", u, v);
    z.passBack = () -> { u.grad += z.grad;  v.grad += z.grad; };                   // ∂z/∂u = 1, ∂z/∂v = 1
    return z;
}
Node minus(Node u, Node v) {
    Node z = new Node(u.data - v.data, "−", u, v);
    z.passBack = () -> { u.grad += z.grad;  v.grad -= z.grad; };                   // ∂z/∂u = 1, ∂z/∂v = −1
    return z;
}
Node times(Node u, Node v) {
    Node z = new Node(u.data * v.data, "×", u, v);
    z.passBack = () -> { u.grad += v.data * z.grad;  v.grad += u.data * z.grad; };  // ∂z/∂u = v, ∂z/∂v = u
    return z;
}

// %% [markdown]
// The functions of one operand, each with the derivative that the forward value already gives: $\tanh' = 1 - \tanh^2$,
// $\exp' = \exp$, $\ln'(u) = 1/u$.

// %%
Node tanh(Node u) {
    double t = Math.tanh(u.data);
    Node z = new Node(t, "tanh", u);
    z.passBack = () -> u.grad += (1 - t * t) * z.grad;                              // ∂z/∂u = 1 − tanh² u
    return z;
}
Node exp(Node u) {
    double e = Math.exp(u.data);
    Node z = new Node(e, "exp", u);
    z.passBack = () -> u.grad += e * z.grad;                                        // ∂z/∂u = e^u
    return z;
}
Node log(Node u) {
    Node z = new Node(Math.log(u.data), "ln", u);
    z.passBack = () -> u.grad += z.grad / u.data;                                   // ∂z/∂u = 1/u
    return z;
}

// %% [markdown]
// **The backward sweep.** Put the nodes in *topological order*, every node after the nodes it is computed from (a
// depth-first walk). Then set $\partial L/\partial L = 1$ and run every local rule once, from the loss down: when a
// node's rule runs, every use of the node has already added its contribution, so its `grad` is complete. A node used
// by several later nodes, like $a_j$ used by every neuron of the next layer, collects one contribution per use: that
// sum *is* $\sum_k \delta_k w_{j\rightarrow k}$.

// %%
void visit(Node node, Set<Node> seen, List<Node> order) {
    if (!seen.add(node)) return;
    for (Node operand : node.operands) visit(operand, seen, order);
    order.add(node);                                       // after all its operands
}
void backward(Node loss) {
    List<Node> order = new ArrayList<>();
    visit(loss, new HashSet<>(), order);
    loss.grad = 1;                                         // ∂L/∂L
    for (int i = order.size() - 1; i >= 0; i--) order.get(i).passBack.run();
}

// %% [markdown]
// The loss of our 2-3-3-2 network built from `Node`s, every weight, bias and input a leaf, with
// $L = \ln(e^{z^3_0} + e^{z^3_1}) - z^3_0$ (that is $-\ln \hat y_0$). After one `backward`, the `grad` of each weight
// leaf is $\partial L/\partial w$: against the recursion's (the library's backward pass), and against the library's own
// autodiff `Value`, the same loop written with its methods.

// %%
import backprop.autodiff.*;
Node[][][] weightLeaf = new Node[4][][];
Node[] a = {leaf(x[0], "x₀"), leaf(x[1], "x₁")};
for (int l = 1; l <= 3; l++) {
    double[][] w = net.weights(l);
    double[] b = net.biases(l);
    weightLeaf[l] = new Node[w.length][w[0].length];
    Node[] next = new Node[w[0].length];
    for (int k = 0; k < next.length; k++) {
        next[k] = leaf(b[k], "b");
        for (int j = 0; j < a.length; j++) next[k] = plus(next[k], times(a[j], weightLeaf[l][j][k] = leaf(w[j][k], "w")));
        if (l < 3) next[k] = tanh(next[k]);
    }
    a = next;
}
Node loss = minus(log(plus(exp(a[0]), exp(a[1]))), a[0]);
backward(loss);

// %%
double[][] gradOf(Node[][] leaves) { return Arrays.stream(leaves).map(r -> Arrays.stream(r).mapToDouble(n -> n.grad).toArray()).toArray(double[][]::new); }
Value[][][] valueLeaf = new Value[4][][];
Value[] av = {Value.of(x[0], "x₀"), Value.of(x[1], "x₁")};
for (int l = 1; l <= 3; l++) {
    double[][] w = net.weights(l);
    double[] b = net.biases(l);
    valueLeaf[l] = new Value[w.length][w[0].length];
    Value[] next = new Value[w[0].length];
    for (int k = 0; k < next.length; k++) {
        next[k] = Value.of(b[k], "b");
        for (int j = 0; j < av.length; j++) next[k] = next[k].plus(av[j].times(valueLeaf[l][j][k] = Value.of(w[j][k], "w")));
        if (l < 3) next[k] = next[k].tanh();
    }
    av = next;
}
av[0].exp().plus(av[1].exp()).log().minus(av[0]).backward();
double worstVsRecursion = 0, worstVsValue = 0;
for (int l = 1; l <= 3; l++) {
    double[][] byValue = Arrays.stream(valueLeaf[l]).map(r -> Arrays.stream(r).mapToDouble(Value::grad).toArray()).toArray(double[][]::new);
    worstVsRecursion = Math.max(worstVsRecursion, Check.maxAbsDiff(gradOf(weightLeaf[l]), g.dW(l)));
    worstVsValue = Math.max(worstVsValue, Check.maxAbsDiff(gradOf(weightLeaf[l]), byValue));
}
System.out.println(Format.of("L = %.12f from the Node graph, %.12f by hand", loss.data, L));
Check.close("the Node graph's grads of all 21 weights equal the recursion's ∂L/∂w", worstVsRecursion, 0, 1e-12);
Check.close("and the library's autodiff Value gives the same 21 gradients", worstVsValue, 0, 1e-12);

// %% [markdown]
// One neuron's worth of such a graph, drawn by the library from its `Value`s: a tanh neuron with the squared error
// $L = (\tanh(w x + b) - y)^2$ at $w = 0.5$, $x = 2$, $b = 0$, $y = 1$. Each box shows a node's value and, after
// `backward()`, its gradient $\partial L/\partial(\text{node})$. Read it from the right: each arrow passes the gradient
// back multiplied by one local derivative, and where two arrows leave a node (the difference $d$ feeds both factors of
// $d \cdot d$) their contributions add up.

// %%
Value w = Value.of(0.5, "w"), xv = Value.of(2.0, "x");
Value d = w.times(xv).plus(Value.of(0.0, "b")).tanh().minus(Value.of(1.0, "y"));
Value squared = d.times(d);
squared.backward();
display(Inline.svg(ComputationGraph.svg(squared, "L = (tanh(w·x + b) − y)²: value and ∂L/∂(node) of every node")));
double t = Math.tanh(1.0);
Check.close("∂L/∂w from the graph equals 2(tanh(wx) − y)(1 − tanh²(wx)) x", w.grad(), 2 * (t - 1) * (1 - t * t) * 2.0, 1e-12);

// %% [markdown]
// ## 7. The gradient-accumulation trap
//
// Every rule *adds* to `grad`, and `backward` never clears it. So a second `backward` on the same graph does not give
// the gradient again: it adds a second round on top of the first, and the round itself starts from the already
// accumulated grads of the nodes above. Prediction, for a chain: a leaf $d$ steps below the loss ends with $(d+1)$
// times its gradient (the node right under the loss gets $1 + 1$, the next $1 + 2$, and so on). Measured on
// $L = \tanh(e^{w\cdot x})$, where $w$ is 3 steps below $L$. The cure is to zero every `grad` of the graph before each
// `backward` (or to build a fresh graph, as a training loop does every step).

// %%
Node wt = leaf(0.3, "w"), xt = leaf(-1.2, "x");
Node chain = tanh(exp(times(wt, xt)));
backward(chain);
double once = wt.grad;
backward(chain);
System.out.println(Format.of("∂L/∂w = %.6f after one backward, %.6f after two (ratio %.3f)", once, wt.grad, wt.grad / once));
Check.close("after a second backward w's grad is 4 times the gradient, as predicted for depth 3", wt.grad, 4 * once, 1e-12);

void zeroGrads(Node loss) {
    List<Node> order = new ArrayList<>();
    visit(loss, new HashSet<>(), order);
    for (Node node : order) node.grad = 0;
}
zeroGrads(chain);
backward(chain);
Check.close("zeroing the grads first gives the gradient again", wt.grad, once, 1e-15);

// %% [markdown]
// The library's `Value` measured the same way (the sentence is printed from the measurement):

// %%
Value wl = Value.of(0.3, "w");
Value chainL = wl.times(Value.of(-1.2, "x")).exp().tanh();
chainL.backward();
double onceL = wl.grad();
chainL.backward();
System.out.println(wl.grad() == onceL ? "the library's Value.backward() zeroes the graph's grads first: a second call gives the same gradient"
        : Format.of("the library's Value accumulates: after a second backward() w's grad is %.3f times the gradient", wl.grad() / onceL));

// %% [markdown]
// ## Summary
//
// - On a network with two hidden layers the recursion $\delta^\ell_j = \sigma'(z^\ell_j)\sum_k \delta^{\ell+1}_k
//   w^{\ell+1}_{j\rightarrow k}$ gave every $\delta$; the library, finite differences and the sum over all paths agree.
// - The number of paths is a product of layer widths, so summing them costs work that grows geometrically with depth;
//   the recursion computes each $\delta$ once and reuses it for every path through it: about three operations per
//   weight, counted. That is the blog's "saves the recalculation of derivatives".
// - An autodiff is that bookkeeping for any expression: each operation's local rule beside its forward value, one
//   backward sweep in topological order, contributions added with `+=`. Backpropagation is that, applied to a
//   network; and because the grads add up, they must be zeroed before every new backward sweep.
//
// Next, [04 — training](04-training.ipynb) repeats forward, backward and step until the moons are learned.
//
// ## Exercises
//
// Write your answer in the cell under the task, run it and the check below it. Solutions are in the appendix at the end.
//
// **Exercise 1 — counting paths by hand.** How many paths lead from a weight $w^2_{j\rightarrow k}$ of the second
// weight layer of our 2-3-3-2 network to the outputs, and how many multiplications and additions does `PathSum` make
// to add them up? Work it out by hand.
//
// *Hint:* the path ends at one of the outputs; on it are the factors $a^1_j$, $\sigma'(z^2_k)$, $w^3_{k\rightarrow o}$
// and $\delta^3_o$.

// %% tags=["answer-ex1"]
long[] pathsMultiplicationsAdditions = null;    // your answer: {paths, multiplications, additions}

// %% tags=["check-ex1"]
OpCounter layerTwo = new OpCounter();
new PathSum(net, x, 0).derivative(2, 1, 2, layerTwo);
boolean ex1 = Answer.that("Exercise 1", pathsMultiplicationsAdditions, answer -> answer.length == 3 && answer[0] == net.sizes()[3]
        && answer[1] == layerTwo.multiplications() && answer[2] == layerTwo.additions(), "one path per output, four factors on each");

// %% [markdown]
// **Exercise 2 — a derivative by hand, checked by your autodiff.** Differentiate $f(u) = u\,\tanh u + e^{u}$ by hand
// and evaluate $f'(0.5)$.
//
// *Hint:* the product rule for $u \tanh u$. The check builds $f$ from `Node`s: $u$ is used three times, and its `grad`
// collects three contributions.

// %% tags=["answer-ex2"]
Double derivativeAtHalf = null;    // your answer: f′(0.5)

// %% tags=["check-ex2"]
Node u = leaf(0.5, "u");
backward(plus(times(u, tanh(u)), exp(u)));
boolean ex2 = Answer.close("Exercise 2", derivativeAtHalf, u.grad, 1e-12, "f′(u) = tanh u + u(1 − tanh² u) + e^u");

// %% [markdown]
// **Exercise 3 — a new rule: ReLU.** Add ReLU, $\max(0, u)$, to the autodiff: write its forward value and its local
// backward rule, in the style of `tanh` above.
//
// *Hint:* the slope is 1 where $u > 0$ and 0 elsewhere (at the kink $u = 0$, take 0).

// %% tags=["answer-ex3"]
java.util.function.UnaryOperator<Node> relu = null;    // your answer: u -> the node max(0, u) with its rule

// %% tags=["check-ex3"]
boolean ex3 = Answer.that("Exercise 3", relu, f -> java.util.stream.IntStream.rangeClosed(-6, 6).allMatch(n -> {
            Node wr = leaf(0.25 * n + 0.1, "w");
            Node out = times(f.apply(times(wr, leaf(2.0, "x"))), leaf(3.0, "c"));      // 3 · relu(2w)
            backward(out);
            double slope = 2 * (wr.data > 0 ? 1 : 0) * 3;
            return out.data == 3 * Math.max(0, 2 * wr.data) && wr.grad == slope;
        }), "the value is Math.max(0, u.data); the rule adds (u.data > 0 ? 1 : 0) · z.grad to u.grad");

// %% [markdown]
// ## Going deeper: wider networks, and what the recursion costs in memory
//
// **Against the width.** With three hidden layers (2-$n$-$n$-$n$-2), the $2n$ first-layer weights have $2n^2$ paths
// each and the $n^2$ second-layer weights $2n$ each, so the path sum's work grows like $n^3$ and the recursion's like
// the $2n^2 + 4n$ weights. The table of §5 shows it: from $n = 8$ to $n = 16$ the path sum's operations grow about
// eight-fold, the recursion's about four-fold.
//
// **Memory.** The recursion needs, for each sample, the activations $a_j$ of every layer below the output (for
// $\partial L/\partial w_{j\rightarrow k} = a_j\delta_k$) and the slopes $\sigma'(z_j)$ of the hidden layers (for the
// $\delta$'s): all computed in the forward pass and **kept** until the backward pass has used them. For our 2-3-3-2
// network that is $a^0$: 2, $a^1$ and $\sigma'(z^1)$: 3 + 3, $a^2$ and $\sigma'(z^2)$: 3 + 3, 14 numbers per sample;
// `CountedBackprop` reports what it holds:

// %%
for (Measurement m : List.of(rows.get(2), rows.get(8)))
    System.out.println(Format.of("%-16s keeps %3d numbers per sample: %,10d bytes for a batch of 10,000 samples",
            m.shape(), m.keptValues(), 8 * 10_000 * m.keptValues()));
CountedBackprop recursion = new CountedBackprop(net, x, 0);
recursion.gradient(new OpCounter());
System.out.println("2-3-3-2 keeps " + recursion.keptValues() + " numbers per sample");

// %% [markdown]
// Memory grows with the number of **neurons** times the batch size: modest next to the work saved, but it is why a
// large network trained on large batches runs out of memory before it runs out of time. (For tanh,
// $\sigma'(z) = 1 - a^2$ can be recomputed from $a$, halving the hidden part; the library's training loop does that.)
// Only a method that never goes backwards, such as finite differences, can forget the forward values, at the price of
// one more forward pass per weight.
//
// ## Solutions
//
// Each cell below is a drop-in replacement for the answer cell of its exercise.

// %% tags=["solution-ex1"] jupyter={"source_hidden": true, "outputs_hidden": true}
// One path per output: 2 paths. Each multiplies 4 factors, a¹_j σ′(z²_k) w³_k→o δ³_o: 3 multiplications per path,
// 6 in all; adding the 2 products takes 1 addition.
long[] pathsMultiplicationsAdditions = {2, 6, 1};

// %% tags=["solution-ex2"] jupyter={"source_hidden": true, "outputs_hidden": true}
double th = Math.tanh(0.5);
Double derivativeAtHalf = th + 0.5 * (1 - th * th) + Math.exp(0.5);     // (u tanh u)′ = tanh u + u(1 − tanh² u)

// %% tags=["solution-ex3"] jupyter={"source_hidden": true, "outputs_hidden": true}
java.util.function.UnaryOperator<Node> relu = u -> {
    Node z = new Node(Math.max(0, u.data), "relu", u);
    z.passBack = () -> u.grad += (u.data > 0 ? 1 : 0) * z.grad;        // ∂z/∂u = 1 for u > 0, else 0
    return z;
};
