"""Builds notebooks/00-forward-pass.ipynb (run: python notebooks/src/nb00_forward_pass.py)."""
from nbgen import SETUP, code, md, write

cells = [
    md(r"""
    # 00 — The forward pass

    Before differentiating anything we need the thing being differentiated: the map from an input $x$ to the
    network's output $\hat y$. This short notebook fixes the notation used in the whole series and checks the
    library against arithmetic done by hand.

    Every neuron $o$ does two things. It adds up what flows into it, each incoming value scaled by the weight of its
    connection, plus a bias:

    $$z_o = \sum_{j \in input(o)} a_j\, w_{j \rightarrow o} + b_o$$

    and then passes that sum through its activation function:

    $$a_o = \sigma(z_o).$$

    Here $a_j$ is the output of neuron $j$ in the layer before (for the first hidden layer it is simply the input
    $x_j$), and $w_{j \rightarrow o}$ is the weight on the connection from $j$ to $o$. The blog writes the sum with
    $z_j$ and leaves out the bias; the library uses the activations $a_j$ and a bias $b_o$ per neuron, which is the
    usual convention and the one these notebooks follow. The output layer uses softmax instead of $\sigma$
    (notebook 01).

    The first cell loads the library and defines a few helpers used in every notebook of the series: `check` throws
    when a claim is false, so a wrong claim stops the notebook (and fails the test that runs it); `show` draws a plot
    inline; `maxAbsDiff` and `vec` compare and print vectors.
    """),
    code(SETUP),
    md(r"""
    ## 1. Three activation functions and their derivatives

    Backpropagation will need $\sigma'(z)$ at every hidden neuron, so each activation comes with its derivative:

    | activation | $\sigma(z)$ | $\sigma'(z)$ |
    |---|---|---|
    | sigmoid | $\dfrac{1}{1+e^{-z}}$ | $\sigma(z)\,\bigl(1-\sigma(z)\bigr)$ |
    | tanh | $\tanh z$ | $1-\tanh^2 z$ |
    | ReLU | $\max(0, z)$ | $1$ if $z>0$, else $0$ |

    The sigmoid and tanh derivatives are written with $\sigma(z)$ itself: once the forward pass has computed $a=\sigma(z)$,
    the derivative costs one multiplication. First the library's $\sigma$ against these formulas on a grid of $z$
    values:
    """),
    code(r"""
    double[] zs = new double[120];                       // -5.95, -5.85, ..., 5.95 (never exactly 0: ReLU has a kink there)
    for (int i = 0; i < zs.length; i++) zs[i] = -5.95 + 0.1 * i;

    double worst = 0;
    for (double z : zs) {
        worst = Math.max(worst, Math.abs(Activation.SIGMOID.apply(z) - 1 / (1 + Math.exp(-z))));
        worst = Math.max(worst, Math.abs(Activation.TANH.apply(z) - Math.tanh(z)));
        worst = Math.max(worst, Math.abs(Activation.RELU.apply(z) - Math.max(0, z)));
    }
    check(worst < 1e-12, String.format("sigma(z) of all three activations matches its formula on %d points (max |diff| = %.1e)", zs.length, worst));
    """),
    md(r"""
    Now the derivatives, not against their formulas but against the definition of a derivative. The central
    difference

    $$\sigma'(z) \approx \frac{\sigma(z+h)-\sigma(z-h)}{2h}$$

    has an error of about $\tfrac{h^2}{6}|\sigma'''(z)|$ from truncation plus about $\varepsilon/h$ from rounding
    ($\varepsilon \approx 10^{-16}$). With $h=10^{-5}$ both are near $10^{-11}$, so a tolerance of $10^{-8}$ leaves a
    wide margin and would still catch any wrong formula. For ReLU the grid stays away from the kink at $z=0$, where
    the derivative does not exist.
    """),
    code(r"""
    double h = 1e-5;
    for (Activation act : Activation.values()) {
        double maxErr = 0;
        for (double z : zs) {
            double numeric = (act.apply(z + h) - act.apply(z - h)) / (2 * h);
            maxErr = Math.max(maxErr, Math.abs(act.derivative(z) - numeric));
        }
        check(maxErr < 1e-8, String.format("%-7s sigma'(z) agrees with the central difference on %d points (max |diff| = %.1e)", act, zs.length, maxErr));
    }
    """),
    md(r"""
    The curves: sigmoid squashes into $(0,1)$, tanh into $(-1,1)$, ReLU cuts off the negative half. Note how small
    $\sigma'$ gets for large $|z|$ with sigmoid and tanh: a saturated neuron passes almost no error signal back.
    """),
    code(r"""
    Map<String, double[]> values = new LinkedHashMap<>(), slopes = new LinkedHashMap<>();
    for (Activation act : Activation.values()) {
        double[] v = new double[zs.length], s = new double[zs.length];
        for (int i = 0; i < zs.length; i++) { v[i] = act.apply(zs[i]); s[i] = act.derivative(zs[i]); }
        values.put(act.toString().toLowerCase(), v);
        slopes.put(act.toString().toLowerCase(), s);
    }
    show(Curves.lines("Activation functions a = σ(z)", "z", "σ(z)", zs, values));
    show(Curves.lines("Their derivatives σ′(z)", "z", "σ′(z)", zs, slopes));
    """),
    md(r"""
    ## 2. One neuron by hand

    A neuron with two inputs $a_1 = 1$, $a_2 = -2$, weights $w_{1\rightarrow o} = 0.5$, $w_{2\rightarrow o} = 0.25$,
    bias $b_o = 0.1$ and a tanh activation:

    $$z_o = 1 \cdot 0.5 + (-2) \cdot 0.25 + 0.1 = 0.1, \qquad a_o = \tanh(0.1) \approx 0.099668.$$
    """),
    code(r"""
    double zo = 1.0 * 0.5 + (-2.0) * 0.25 + 0.1;
    double ao = Activation.TANH.apply(zo);
    System.out.println(String.format("z_o = %.6f, a_o = tanh(z_o) = %.6f", zo, ao));
    check(Math.abs(zo - 0.1) < 1e-15 && Math.abs(ao - 0.0996679946) < 1e-9, "z_o = 0.1 and a_o = tanh(0.1) = 0.099668, as computed above");
    """),
    md(r"""
    ## 3. A whole forward pass, by hand and by the library

    A network with 2 inputs, 3 sigmoid hidden neurons and 2 softmax outputs. Its weights are round numbers, stored as
    the library stores them: `W1[j][k]` $= w_{j\rightarrow k}$ from input $j$ to hidden neuron $k$, `W2[j][k]` from hidden
    neuron $j$ to output $k$. Layer by layer:

    $$z^{(1)}_k = \sum_j x_j\, w_{j\rightarrow k} + b^{(1)}_k,\quad a^{(1)}_k = \sigma(z^{(1)}_k),\qquad
      z^{(2)}_o = \sum_k a^{(1)}_k\, w_{k\rightarrow o} + b^{(2)}_o,\quad \hat y_o = \frac{e^{z^{(2)}_o}}{\sum_{k} e^{z^{(2)}_k}}.$$

    First with plain loops that follow these formulas literally:
    """),
    code(r"""
    double[] x = {1.0, -2.0};
    double[][] W1 = {{0.5, -0.25, 1.0}, {0.25, 0.5, -0.5}};
    double[] b1 = {0.0, 0.1, -0.1};
    double[][] W2 = {{1.0, -1.0}, {-0.5, 0.5}, {0.25, 0.75}};
    double[] b2 = {0.05, -0.05};

    double[] z1 = new double[3], a1 = new double[3];
    for (int k = 0; k < 3; k++) {
        z1[k] = b1[k];
        for (int j = 0; j < 2; j++) z1[k] += x[j] * W1[j][k];
        a1[k] = 1 / (1 + Math.exp(-z1[k]));
    }
    double[] z2 = new double[2];
    for (int o = 0; o < 2; o++) {
        z2[o] = b2[o];
        for (int k = 0; k < 3; k++) z2[o] += a1[k] * W2[k][o];
    }
    double sum = Math.exp(z2[0]) + Math.exp(z2[1]);
    double[] yHat = {Math.exp(z2[0]) / sum, Math.exp(z2[1]) / sum};

    System.out.println("z1 = " + vec(z1) + "\na1 = " + vec(a1) + "\nz2 = " + vec(z2) + "\nŷ  = " + vec(yHat));
    """),
    md(r"""
    The same network in the library: `Network.create` makes a 2-3-2 sigmoid network (its random initial weights do not
    matter), then `setWeights`/`setBiases` put in the round numbers, and `forward` runs the pass on a batch holding
    the one input.
    """),
    code(r"""
    Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 1L, 2, 3, 2);
    net.setWeights(1, W1);  net.setBiases(1, b1);
    net.setWeights(2, W2);  net.setBiases(2, b2);
    ForwardPass pass = net.forward(new double[][] {x});
    System.out.println("library ŷ = " + vec(pass.yHat()[0]));
    """),
    code(r"""
    double diff = Math.max(Math.max(maxAbsDiff(z1, pass.z(1)[0]), maxAbsDiff(a1, pass.a(1)[0])),
                           Math.max(maxAbsDiff(z2, pass.z(2)[0]), maxAbsDiff(yHat, pass.yHat()[0])));
    check(diff < 1e-12, String.format("z1, a1, z2 and ŷ by hand equal the library's forward pass (max |diff| = %.1e)", diff));
    check(Math.abs(yHat[0] + yHat[1] - 1) < 1e-15, String.format("the outputs form a distribution: ŷ_1 + ŷ_2 = %.15f", yHat[0] + yHat[1]));
    """),
    md(r"""
    The outputs are positive and add up to one, so they can be read as the network's probabilities for the two
    classes. Why softmax guarantees that, and what its derivative is, is the subject of
    [01 — the softmax derivative](01-softmax-derivative.ipynb).

    ## Try it
    - Change `Activation.SIGMOID` to `Activation.TANH` in the library network: the check fails until the hand-written
      loop uses `Math.tanh` too.
    - Set $h$ to `1e-12` in the derivative check: rounding error ($\varepsilon/h$) now dominates. How large does the
      error get? And with `h = 1e-1`?
    - Evaluate the ReLU derivative check with a grid that contains $z=0$ exactly: what does the central difference
      give there, and what does `Activation.RELU.derivative(0)` return?
    - Give one hidden neuron a huge weight (say 50) and look at its $a^{(1)}_k$ and $\sigma'(z^{(1)}_k)$: a saturated
      neuron.
    """),
]

if __name__ == "__main__":
    write("00-forward-pass.ipynb", cells)
