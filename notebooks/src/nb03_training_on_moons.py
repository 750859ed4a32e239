"""Builds notebooks/03-training-on-moons.ipynb (cells only; the runner in scripts/ executes it and saves outputs).

Run: python notebooks/src/nb03_training_on_moons.py
"""
from nbgen import SETUP, code, md, write

cells = [
    md(r"""
    # 03 — Training on the moons

    Notebooks 01 and 02 derived the two facts that make a softmax network trainable: at the output,
    $\delta_o = \frac{\partial L}{\partial z_o} = \hat{y}_o - y_o$, and further back,
    $\delta_j = \sigma'(z_j) \sum_{k \in path(j)} \delta_k \, w_{j \rightarrow k}$. The seed blog ends by promising to use them
    "to classify the make moons dataset". This notebook keeps that promise. We

    1. generate two moons of noisy points and look at them,
    2. fit a network **without** a hidden layer and see why it can only draw a straight line,
    3. train a 2-3-2 tanh network and watch its loss $L$ fall and its decision boundary bend,
    4. vary the number of hidden neurons, the learning rate, the activation $\sigma$ and the batch size,
    5. finish with a network on 10,000 points whose held-out accuracy sits right under the best accuracy **any**
       classifier can reach on this data, the Bayes-optimal one, which we compute from the two moons' true curves.

    Every claim is followed by a check cell: it throws an exception (and the notebook run fails) if the numbers disagree,
    and otherwise prints the numbers it verified. All random numbers come from fixed seeds, so a re-run prints the same numbers.
    """),
    code(SETUP),
    code(r"""
    // CI knob: BACKPROP_QUICK=1 shortens the 10,000-point training of section 9; every check below still holds with it.
    boolean QUICK = "1".equals(System.getenv("BACKPROP_QUICK"));

    /** Several small figures side by side, wrapping onto new rows. */
    void showRow(List<Figure> figures) {
        StringBuilder row = new StringBuilder("<div style='display:flex;flex-wrap:wrap'>");
        for (Figure figure : figures) row.append("<div>").append(Inline.html(figure)).append("</div>");
        display(row.append("</div>").toString(), "text/html");
    }

    String pct(double accuracy) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * accuracy);
    }

    /** A title, two axis labels (log scale on y if asked), a legend, and a size in pixels. */
    Layout layout(String title, String xLabel, String yLabel, boolean logY, int width, int height) {
        return Layout.builder().title(title).width(width).height(height).showLegend(true)
                .xAxis(Axis.builder().title(xLabel).build())
                .yAxis(Axis.builder().title(yLabel).type(logY ? Axis.Type.LOG : Axis.Type.LINEAR).build())
                .build();
    }

    /** Loss curves against the epoch, one line per named series (all recorded at the same epochs). */
    Figure curves(String title, String yLabel, boolean logY, int[] epochs, Map<String, double[]> series) {
        Figure figure = Curves.lines(title, "epoch", yLabel, Arrays.stream(epochs).asDoubleStream().toArray(), series);
        figure.setLayout(layout(title, "epoch", yLabel, logY, 700, 420));
        return figure;
    }

    /** The training loss L of several runs, one line per run. */
    Figure trainingLosses(String title, Map<String, History> runs) {
        Map<String, double[]> series = new LinkedHashMap<>();
        runs.forEach((name, history) -> series.put(name, history.trainLoss()));
        return curves(title, "training loss L (log scale)", true, runs.values().iterator().next().epochs(), series);
    }

    System.out.println("quick mode: " + QUICK);
    """),
]


cells += [
    md(r"""
    ## 1. Two moons of data

    scikit-learn's `make_moons` places points on two interlocking half circles, parametrised by $t \in [0, \pi]$:

    $$\text{outer moon (class 0): } \big(\cos t,\ \sin t\big), \qquad
      \text{inner moon (class 1): } \big(1 - \cos t,\ \tfrac{1}{2} - \sin t\big),$$

    and then moves each coordinate by independent Gaussian noise of standard deviation $0.2$. `Moons.make` reproduces it:
    half the points on each moon, shuffled, seeded. The labels become one-hot targets $y$: class 0 is $y = (1, 0)$,
    class 1 is $y = (0, 1)$.

    We train on 200 points. To judge a network on points it has **not** seen we draw a second, independent sample of
    1,000 points from the same distribution, the *held-out* set. With 1,000 points an accuracy around 95% is measured to
    within about $\sqrt{0.95 \cdot 0.05 / 1000} \approx 0.7$ percentage points (one standard error), which is precise enough to
    compare models; a held-out set carved from the 200 points, say 100 of them, would be ten times smaller and about
    three times ($\sqrt{10}$) noisier.
    """),
    code(r"""
    Dataset train = Moons.make(200, 0.2, 7);
    Dataset heldOut = Moons.make(1000, 0.2, 8);
    System.out.println("train:    " + train);
    System.out.println("held-out: " + heldOut);
    show(DataPlot.scatter(train, "Two moons: 200 training points, noise 0.2"));
    """),
    code(r"""
    int[] counts = new int[2];
    double[] meanX2 = new double[2];
    for (int n = 0; n < train.size(); n++) { counts[train.label(n)]++; meanX2[train.label(n)] += train.x(n, 1); }
    meanX2[0] /= counts[0]; meanX2[1] /= counts[1];
    System.out.printf(Locale.ROOT, "points per class: %d and %d; mean x2 of class 0: %.3f, of class 1: %.3f%n", counts[0], counts[1], meanX2[0], meanX2[1]);
    check(train.size() == 200 && train.inputs() == 2 && train.classes() == 2, "200 points with 2 features and 2 classes");
    check(counts[0] == 100 && counts[1] == 100, "each moon holds half of the points");
    // the outer moon's arc has mean height 2/pi = 0.64, the inner one's 1/2 - 2/pi = -0.14; noise moves a mean of 100 points by ~0.02
    check(Math.abs(meanX2[0] - 2 / Math.PI) < 0.08 && Math.abs(meanX2[1] - (0.5 - 2 / Math.PI)) < 0.08,
          "class means of x2 match the arcs' mean heights 2/pi and 1/2 - 2/pi");
    """),
]

cells += [
    md(r"""
    ## 2. A baseline without a hidden layer

    With layer sizes $\{2, 2\}$ there are no hidden neurons: the inputs $x_1, x_2$ feed the two output neurons directly,
    $z_o = \sum_j x_j \, w_{j \rightarrow o} + b_o$, and $\hat{y} = \mathrm{softmax}(z)$. This is softmax (multinomial
    logistic) regression. The network predicts class 1 exactly when $\hat{y}_1 > \hat{y}_0$, and because softmax divides
    both by the same sum, that is when $z_1 > z_0$:

    $$ x_1 \,(w_{1 \rightarrow 1} - w_{1 \rightarrow 0}) + x_2 \,(w_{2 \rightarrow 1} - w_{2 \rightarrow 0}) + (b_1 - b_0) > 0 .$$

    Whatever weights training finds, the boundary is a straight line. Two interlocking moons cannot be separated by
    a line, so some points at the tips of each moon must end up on the wrong side.
    """),
    code(r"""
    Network linear = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2);   // no hidden layer: the activation is unused
    History linearHistory = Trainer.builder().learningRate(1.0).epochs(2000).batchSize(Trainer.FULL_BATCH)
            .l2(0.0).seed(1).progressEvery(0).recordEvery(20).build()
            .fit(linear, train, heldOut);
    double linearTrain = linear.accuracy(train), linearHeldOut = linear.accuracy(heldOut), linearLoss = linear.loss(train, 0.0);
    System.out.println("softmax regression: loss L = " + String.format(Locale.ROOT, "%.4f", linearLoss)
            + ", train accuracy " + pct(linearTrain) + ", held-out accuracy " + pct(linearHeldOut));
    show(BoundaryPlot.decisionBoundary(linear, train, 32, "No hidden layer: the boundary is a straight line"));
    """),
    code(r"""
    // The boundary is the line above: predictions must be exactly the sign of the linear function of x.
    double[][] w = linear.weights(1);
    double[] b = linear.biases(1);
    int[] predicted = linear.predict(heldOut);
    int disagreements = 0;
    for (int n = 0; n < heldOut.size(); n++) {
        double s = heldOut.x(n, 0) * (w[0][1] - w[0][0]) + heldOut.x(n, 1) * (w[1][1] - w[1][0]) + (b[1] - b[0]);
        if ((s > 0 ? 1 : 0) != predicted[n]) disagreements++;
    }
    System.out.printf(Locale.ROOT, "line: %.3f x1 + %.3f x2 + %.3f = 0; points where the network and the line disagree: %d of %d%n",
            w[0][1] - w[0][0], w[1][1] - w[1][0], b[1] - b[0], disagreements, heldOut.size());
    check(disagreements == 0, "softmax regression predicts class 1 exactly where z_1 > z_0, a half-plane");
    check(linearHeldOut > 0.80 && linearHeldOut < 0.92, "a straight line gets most but not all held-out points right: " + pct(linearHeldOut));
    """),
]

cells += [
    md(r"""
    ## 3. Our loss is a mean, so our learning rates are large

    The blog's loss is the **mean** cross-entropy over the $N$ training points (plus, when we ask for it, an L2 penalty
    on the weights):

    $$ L = -\frac{1}{N} \sum_{n} \sum_{i} y_{n,i} \ln \hat{y}_{n,i} \; + \; \frac{\lambda}{2} \sum_{l} \sum_{j,k} w_{j \rightarrow k}^2 .$$

    Gradient descent moves every weight against its gradient, $w \leftarrow w - \eta \, \partial L / \partial w$. Because of
    the $\frac{1}{N}$, the gradient is an *average* of per-point gradients and keeps the same size whether we train on 200
    or on 10,000 points. Many from-scratch tutorials instead differentiate the **sum** of the per-point losses
    (they back-propagate $\hat{y} - y$ without dividing by $N$). Their step $\eta_\Sigma \, \partial (N L_{\text{data}}) / \partial w$
    equals our step with $\eta = N \eta_\Sigma$. The classic moons recipe, $\eta_\Sigma = 0.01$ and an L2 strength of
    $0.01$ added to the summed loss, therefore reads, in our units and with $N = 200$:

    $$ \eta = 200 \times 0.01 = 2, \qquad \lambda = 0.01 / 200 = 5 \times 10^{-5} .$$

    So when this notebook uses learning rates of 1 or 2, it takes the same steps as those tutorials with 0.005 or 0.01.
    The check below confirms that the library's $L$ and its gradient really are means over the points.
    """),
    code(r"""
    Network probe = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
    int N = train.size();
    double[][] x = train.x();
    int[] labels = train.labels();
    double[][] yHat = probe.predictProbabilities(x);
    double sumOfLosses = 0;
    double[][] sumOfGradients = new double[2][3];
    for (int n = 0; n < N; n++) {
        sumOfLosses += CrossEntropy.loss(yHat[n], CrossEntropy.oneHot(labels[n], 2));
        Dataset one = new Dataset(new double[][] {x[n]}, new int[] {labels[n]}, 2);
        double[][] g = probe.gradients(one, 0.0).dW(1);
        for (int j = 0; j < 2; j++) for (int k = 0; k < 3; k++) sumOfGradients[j][k] += g[j][k];
    }
    double[][] meanGradient = probe.gradients(train, 0.0).dW(1);
    double worst = 0;
    for (int j = 0; j < 2; j++) for (int k = 0; k < 3; k++) worst = Math.max(worst, Math.abs(meanGradient[j][k] - sumOfGradients[j][k] / N));
    System.out.printf(Locale.ROOT, "L = %.12f, (1/N) * sum of per-point losses = %.12f%n", probe.loss(train, 0.0), sumOfLosses / N);
    System.out.printf(Locale.ROOT, "largest |dL/dW1 - (1/N) * sum of per-point gradients| = %.2e%n", worst);
    check(Math.abs(probe.loss(train, 0.0) - sumOfLosses / N) < 1e-12, "L is the mean of the per-point cross-entropies");
    check(worst < 1e-12, "dL/dw is the mean of the per-point gradients, so eta = N * eta_sum reproduces a sum-based step");
    """),
]

cells += [
    md(r"""
    ## 4. A 2-3-2 tanh network

    Now put three tanh neurons between the inputs and the outputs. For a hidden neuron $j$,
    $z_j = \sum_i x_i \, w_{i \rightarrow j} + b_j$ and $a_j = \sigma(z_j) = \tanh(z_j)$, with $\sigma'(z_j) = 1 - \tanh^2(z_j)$;
    the outputs are $z_o = \sum_j a_j \, w_{j \rightarrow o} + b_o$ and $\hat{y} = \mathrm{softmax}(z)$. One epoch of full-batch
    training is exactly the computation of notebook 02, on all 200 points at once:

    1. forward pass: every $z$ and $a$, then $\hat{y}$;
    2. output error signals $\delta_o = \hat{y}_o - y_o$ (one per point);
    3. hidden error signals $\delta_j = \sigma'(z_j) \sum_k \delta_k \, w_{j \rightarrow k}$;
    4. gradients $\partial L / \partial w_{j \rightarrow k} = \frac{1}{N} \sum_n a_{n,j} \, \delta_{n,k} + \lambda w_{j \rightarrow k}$ and
       $\partial L / \partial b_k = \frac{1}{N} \sum_n \delta_{n,k}$;
    5. the step $w \leftarrow w - \eta \, \partial L / \partial w$.

    We use the classic recipe translated to our mean loss: $\eta = 2$, $\lambda = 5 \times 10^{-5}$, 20,000 epochs.
    """),
    code(r"""
    Network net3 = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
    History history3 = Trainer.builder().learningRate(2.0).epochs(20_000).batchSize(Trainer.FULL_BATCH)
            .l2(5e-5).seed(1).progressEvery(0).recordEvery(100).build()
            .fit(net3, train, heldOut);
    System.out.println(history3);
    System.out.println("2-3-2 tanh: train accuracy " + pct(net3.accuracy(train)) + ", held-out accuracy " + pct(net3.accuracy(heldOut)));
    show(TrainingPlot.loss(history3, "2-3-2 tanh, η = 2, full batch: the loss L per epoch (test = held-out)"));
    """),
    code(r"""
    double[] trainLoss3 = history3.trainLoss();
    System.out.printf(Locale.ROOT, "L at the first record: %.4f, at the last: %.4f; held-out L at the last: %.4f%n",
            trainLoss3[0], trainLoss3[trainLoss3.length - 1], history3.testLoss()[trainLoss3.length - 1]);
    check(trainLoss3[trainLoss3.length - 1] < 0.5 * trainLoss3[0], "training more than halves the loss");
    check(net3.accuracy(train) >= 0.95, "the 2-3-2 tanh network fits the training moons: " + pct(net3.accuracy(train)));
    check(net3.accuracy(heldOut) >= 0.95 && net3.accuracy(heldOut) > linearHeldOut + 0.05,
          "and generalises: held-out " + pct(net3.accuracy(heldOut)) + " against " + pct(linearHeldOut) + " for the straight line");
    """),
    md(r"""
    The decision boundary is where $\hat{y}_1 = \hat{y}_0 = \tfrac{1}{2}$. The colour shows $\hat{y}_1$, the predicted
    probability of class 1, over a grid of inputs; the three tanh neurons each contribute one soft step, and their
    weighted sum bends the boundary around the tips of the moons.
    """),
    code(r"""
    show(BoundaryPlot.decisionBoundary(net3, train, 32, "2-3-2 tanh: the boundary bends around the moons"));
    """),
]

cells += [
    md(r"""
    ## 5. How many hidden neurons?

    More hidden neurons give the boundary more freedom: each tanh neuron adds one soft step across the plane, along its
    own direction $(w_{1 \rightarrow j}, w_{2 \rightarrow j})$. With one neuron the network can do little more than a
    line; with a few it follows the moons; with many, and no L2 penalty, it can also start to follow the **noise** of the
    200 training points, carving pockets around single points. Such a network *overfits*: its training accuracy keeps
    rising while its held-out accuracy falls.

    We train seven networks 2-h-2 with h = 1, 2, 3, 4, 5, 20 and 50, with the same seed, learning rate $\eta = 2$ and
    number of epochs, without L2 ($\lambda = 0$), and time the whole sweep.
    """),
    code(r"""
    int[] hiddenSizes = {1, 2, 3, 4, 5, 20, 50};
    int sweepEpochs = 6000;   // the same in quick mode: overfitting needs the long run to show
    Network[] sweep = new Network[hiddenSizes.length];
    double[] sweepTrain = new double[hiddenSizes.length], sweepHeldOut = new double[hiddenSizes.length];
    Trainer sweepTrainer = Trainer.builder().learningRate(2.0).epochs(sweepEpochs).batchSize(Trainer.FULL_BATCH)
            .l2(0.0).seed(1).progressEvery(0).recordEvery(sweepEpochs).build();
    var cpuClock = java.lang.management.ManagementFactory.getThreadMXBean();   // CPU time of this thread
    long sweepStart = System.nanoTime(), sweepCpuStart = cpuClock.getCurrentThreadCpuTime();
    for (int i = 0; i < hiddenSizes.length; i++) {
        sweep[i] = Network.create(Activation.TANH, Init.XAVIER, 1, 2, hiddenSizes[i], 2);
        sweepTrainer.fit(sweep[i], train, null);
    }
    double sweepSeconds = (System.nanoTime() - sweepStart) / 1e9;
    double sweepCpuSeconds = (cpuClock.getCurrentThreadCpuTime() - sweepCpuStart) / 1e9;
    System.out.println("hidden h | train  | held-out | gap");
    for (int i = 0; i < hiddenSizes.length; i++) {
        sweepTrain[i] = sweep[i].accuracy(train);
        sweepHeldOut[i] = sweep[i].accuracy(heldOut);
        System.out.printf(Locale.ROOT, "%8d | %6s | %8s | %4.1f%n", hiddenSizes[i], pct(sweepTrain[i]), pct(sweepHeldOut[i]),
                100 * (sweepTrain[i] - sweepHeldOut[i]));
    }
    System.out.println(String.format(Locale.ROOT,
            "time of the sweep (7 networks x %d full-batch epochs): %.2f s, of which %.2f s CPU on this thread (target: under 3 s)",
            sweepEpochs, sweepSeconds, sweepCpuSeconds));
    """),
    code(r"""
    int last = hiddenSizes.length - 1;
    double bestSmall = Math.max(sweepHeldOut[2], Math.max(sweepHeldOut[3], sweepHeldOut[4]));
    check(sweepTrain[0] < 0.90 && sweepTrain[1] < 0.90, "with 1 or 2 hidden neurons the fit stays near the straight line's: "
            + pct(sweepTrain[0]) + ", " + pct(sweepTrain[1]));
    check(Arrays.stream(sweepTrain, 2, hiddenSizes.length).allMatch(a -> a >= 0.95), "from 3 hidden neurons on every network fits at least 95% of the training points");
    check((sweepTrain[last] - sweepHeldOut[last]) - (sweepTrain[2] - sweepHeldOut[2]) > 0.015,
          "overfitting: the train-minus-held-out gap of h = 50 exceeds that of h = 3 by more than 1.5 points");
    check(bestSmall > sweepHeldOut[last] && bestSmall > sweepHeldOut[last - 1],
          "the best held-out accuracy, " + pct(bestSmall) + ", belongs to a small network (h = 3..5), not to h = 20 or 50");
    """),
    md(r"""
    The boundaries side by side. With h = 1 and 2 the boundary is a line or a gentle curve; from h = 3 on it wraps around
    the tips of the moons. Beyond a handful of neurons the training accuracy keeps rising while the held-out accuracy
    falls, and at h = 20 and 50 the boundary visibly bends towards single training points that lie on the wrong side.
    """),
    code(r"""
    // small figures, all on the same axes, one per hidden size
    double[] range1 = {Double.MAX_VALUE, -Double.MAX_VALUE}, range2 = {Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int n = 0; n < train.size(); n++) {
        range1[0] = Math.min(range1[0], train.x(n, 0)); range1[1] = Math.max(range1[1], train.x(n, 0));
        range2[0] = Math.min(range2[0], train.x(n, 1)); range2[1] = Math.max(range2[1], train.x(n, 1));
    }
    List<Figure> grid = new ArrayList<>();
    for (int i = 0; i < hiddenSizes.length; i++) {
        String title = "h = " + hiddenSizes[i] + ": train " + pct(sweepTrain[i]) + ", held-out " + pct(sweepHeldOut[i]);
        Figure figure = BoundaryPlot.decisionBoundary(sweep[i], train, 20, title);
        figure.setLayout(Layout.builder().title(title).width(470).height(380).showLegend(true)
                .xAxis(Axis.builder().title("x₁").range(range1[0] - 0.5, range1[1] + 0.5).build())
                .yAxis(Axis.builder().title("x₂").range(range2[0] - 0.5, range2[1] + 0.5).build()).build());
        grid.add(figure);
    }
    showRow(grid);
    System.out.println("colour: predicted probability ŷ₁ of class 1 (blue 0, white 0.5, red 1); black line: the boundary ŷ₁ = 0.5;"
            + " dots: the training points (blue class 0, red class 1)");
    """),
    md(r"""
    ## 6. The learning rate

    The step $w \leftarrow w - \eta \, \partial L / \partial w$ trusts the slope of $L$ only near the current weights.
    A small $\eta$ takes many tiny, safe steps; a larger one descends faster; too large a step jumps across the valley,
    and $L$ goes up instead of down and bounces around. We train the same 2-5-2 tanh network, from the same initial
    weights, with four learning rates for 2,000 full-batch epochs and draw the loss on a log scale.
    """),
    code(r"""
    double[] rates = {0.02, 0.2, 2.0, 20.0};
    Map<String, History> byRate = new LinkedHashMap<>();
    Map<String, Integer> rises = new LinkedHashMap<>();
    for (double rate : rates) {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 5, 2, 5, 2);
        History history = Trainer.builder().learningRate(rate).epochs(2000).batchSize(Trainer.FULL_BATCH)
                .l2(0.0).seed(1).progressEvery(0).recordEvery(10).build().fit(net, train, null);
        String name = "η = " + rate;
        byRate.put(name, history);
        double[] loss = history.trainLoss();
        int up = 0;
        for (int r = 1; r < loss.length; r++) if (loss[r] > loss[r - 1]) up++;
        rises.put(name, up);
        System.out.printf(Locale.ROOT, "%-8s L after 2000 epochs: %.4f; L rose in %3d of %d recorded intervals; held-out %s%n",
                name, loss[loss.length - 1], up, loss.length - 1, pct(net.accuracy(heldOut)));
    }
    show(trainingLosses("2-5-2 tanh, full batch: the loss L for four learning rates η", byRate));
    """),
    code(r"""
    double[] finalLoss = byRate.values().stream().mapToDouble(h -> h.trainLoss()[h.trainLoss().length - 1]).toArray();
    check(finalLoss[2] < finalLoss[1] && finalLoss[1] < finalLoss[0], "up to η = 2, a larger learning rate ends at a lower loss");
    check(rises.get("η = 2.0") <= 5, "at η = 2 the loss goes (almost) only down: it rose in " + rises.get("η = 2.0") + " intervals");
    check(Math.abs(finalLoss[0] - linearLoss) < 0.01 && Math.abs(finalLoss[1] - linearLoss) < 0.01, String.format(Locale.ROOT,
          "η = 0.02 and 0.2 end within 0.01 of the straight line's loss %.4f: a plateau, not yet a bent boundary", linearLoss));
    check(rises.get("η = 20.0") >= 50 && finalLoss[3] > finalLoss[2],
          "at η = 20 the steps overshoot: L rose in " + rises.get("η = 20.0") + " intervals and ends above the loss at η = 2");
    """),
    md(r"""
    $\eta = 0.02$ and $\eta = 0.2$ are not broken, only slow: for the whole run they sit on a plateau near the loss of the
    straight-line model of section 2, where the hidden neurons have not yet learnt to bend the boundary. $\eta = 20$ is
    too large for this network: the loss jumps up and down by large factors.

    ## 7. tanh, sigmoid or ReLU?

    The hidden activation enters backpropagation through $\sigma'(z_j)$ in
    $\delta_j = \sigma'(z_j) \sum_k \delta_k \, w_{j \rightarrow k}$. For tanh, $\sigma'(z) = 1 - \tanh^2 z \le 1$; for the
    logistic sigmoid, $\sigma'(z) = \sigma(z)(1 - \sigma(z)) \le \tfrac{1}{4}$; for ReLU, $\sigma'(z)$ is 1 for $z > 0$ and 0
    otherwise. A sigmoid layer passes back error signals at most a quarter as large, so at the same $\eta$ it learns more
    slowly. A ReLU network is piecewise linear in $x$, so its boundary is made of straight pieces. We train 2-5-2 networks
    with each activation (Xavier initialisation for tanh and sigmoid, He for ReLU), $\eta = 2$, 3,000 epochs.
    """),
    code(r"""
    Map<String, History> byActivation = new LinkedHashMap<>();
    Map<String, Network> activationNets = new LinkedHashMap<>();
    for (Activation act : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.RELU}) {
        Network net = Network.create(act, act == Activation.RELU ? Init.HE : Init.XAVIER, 1, 2, 5, 2);
        byActivation.put(act.name(), Trainer.builder().learningRate(2.0).epochs(3000).batchSize(Trainer.FULL_BATCH)
                .l2(0.0).seed(1).progressEvery(0).recordEvery(10).build().fit(net, train, heldOut));
        activationNets.put(act.name(), net);
    }
    for (String name : activationNets.keySet()) {
        double[] loss = byActivation.get(name).trainLoss();
        System.out.printf(Locale.ROOT, "%-7s L at epoch 300: %.4f, at epoch 3000: %.4f; train %s, held-out %s%n", name,
                loss[30], loss[loss.length - 1], pct(activationNets.get(name).accuracy(train)), pct(activationNets.get(name).accuracy(heldOut)));
    }
    show(trainingLosses("2-5-2 networks, η = 2: the loss L for each hidden activation σ", byActivation));
    List<Figure> row = new ArrayList<>();
    for (String name : activationNets.keySet()) {
        Figure figure = BoundaryPlot.decisionBoundary(activationNets.get(name), train, 20, name);
        figure.setLayout(Layout.builder().title(name + " hidden layer").width(470).height(380).showLegend(true)
                .xAxis(Axis.builder().title("x₁").build()).yAxis(Axis.builder().title("x₂").build()).build());
        row.add(figure);
    }
    showRow(row);
    """),
    code(r"""
    double[] tanhLoss = byActivation.get("TANH").trainLoss(), sigmoidLoss = byActivation.get("SIGMOID").trainLoss();
    check(sigmoidLoss[30] > tanhLoss[30] + 0.1, String.format(Locale.ROOT,
          "sigmoid learns more slowly: at epoch 300 its L is %.3f against %.3f for tanh", sigmoidLoss[30], tanhLoss[30]));
    check(activationNets.values().stream().allMatch(n -> n.accuracy(heldOut) >= 0.94),
          "given 3,000 epochs all three activations reach at least 94% held-out accuracy");
    """),
    md(r"""
    The sigmoid network waits on the straight-line plateau for a few hundred epochs before its boundary starts to bend,
    then catches up. The ReLU network's loss spikes a few times early on: a ReLU's slope never saturates, so at
    $\eta = 2$ a single step can throw some $z_j$ far to one side; it recovers, but $\eta = 2$ is near the edge for it.
    With this much training, all three end at about the same accuracy: on this problem the activation changes the speed
    and the shape of the boundary more than the final score.
    """),
    md(r"""
    ## 8. Full batch or mini-batches?

    Full-batch gradient descent computes $\partial L / \partial w$ on all $N$ points before it takes one step. Mini-batch
    gradient descent shuffles the points every epoch, cuts them into batches of $B$ and takes one step per batch, with the
    mean loss of that batch as $L$: $N/B$ steps per epoch for the same gradient arithmetic (plus the cost of the extra
    weight updates). Each step is noisier, because a batch's gradient only estimates the full one, but there are many more
    of them. Same network, same $\eta = 0.5$, 500 epochs:
    """),
    code(r"""
    Map<String, History> byBatch = new LinkedHashMap<>();
    Map<String, Network> batchNets = new LinkedHashMap<>();
    for (int batch : new int[] {Trainer.FULL_BATCH, 20}) {
        String name = batch == Trainer.FULL_BATCH ? "full batch (B = 200)" : "mini-batches of B = " + batch;
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 5, 2);
        byBatch.put(name, Trainer.builder().learningRate(0.5).epochs(500).batchSize(batch)
                .l2(0.0).seed(1).progressEvery(0).recordEvery(5).build().fit(net, train, heldOut));
        batchNets.put(name, net);
    }
    for (String name : batchNets.keySet()) {
        double[] loss = byBatch.get(name).trainLoss();
        System.out.printf(Locale.ROOT, "%-22s L at epoch 50: %.4f, at epoch 500: %.4f; held-out %s%n", name, loss[10],
                loss[loss.length - 1], pct(batchNets.get(name).accuracy(heldOut)));
    }
    show(trainingLosses("2-5-2 tanh, η = 0.5: full batch against mini-batches", byBatch));
    """),
    code(r"""
    double[] fullLoss = byBatch.get("full batch (B = 200)").trainLoss(), miniLoss = byBatch.get("mini-batches of B = 20").trainLoss();
    check(miniLoss[10] < fullLoss[10] && miniLoss[miniLoss.length - 1] < fullLoss[fullLoss.length - 1],
          "per epoch, 10 mini-batch steps lower L more than 1 full-batch step (at epoch 50 and at epoch 500)");
    check(batchNets.values().stream().allMatch(n -> n.accuracy(heldOut) >= 0.94), "both reach at least 94% held-out accuracy");
    """),
]

cells += [
    md(r"""
    ## 9. As good as it gets: 10,000 points and the Bayes-optimal accuracy

    With noise 0.2 the two moons overlap near their tips, and a point there may have come from either moon. No classifier
    can be right about all of them. The best possible one, the **Bayes-optimal** classifier, knows the true distribution
    and picks for each $x$ the more likely class. We know that distribution exactly. A point of class $c$ is a curve point
    $m_c(t)$, with $t$ uniform on $[0, \pi]$, plus isotropic Gaussian noise of standard deviation $s = 0.2$, so its density
    is the average over $t$ of a Gaussian bump around the curve (`make_moons` spaces $t$ evenly instead of drawing it at
    random; with thousands of points the difference does not show):

    $$ p(x \mid c) = \frac{1}{\pi} \int_0^{\pi} \frac{1}{2 \pi s^2} \exp\!\left( -\frac{\lVert x - m_c(t) \rVert^2}{2 s^2} \right) dt,
       \qquad m_0(t) = (\cos t, \sin t), \quad m_1(t) = (1 - \cos t, \tfrac{1}{2} - \sin t). $$

    Both classes have probability $\tfrac{1}{2}$, so the Bayes rule predicts the class with the larger $p(x \mid c)$, and
    its accuracy is

    $$ A^{*} = \int \tfrac{1}{2} \max\big( p(x \mid 0),\ p(x \mid 1) \big) \, dx . $$

    We compute the $t$-integral with the trapezoid rule (201 nodes) and the $x$-integral with the midpoint rule on a grid of
    spacing 0.02 that covers both moons with more than 5 standard deviations to spare. Each density must integrate to 1,
    which checks the quadrature.
    """),
    code(r"""
    double S = 0.2;
    int T_NODES = 201;
    double[] tWeight = new double[T_NODES];
    double[][] outerCurve = new double[T_NODES][], innerCurve = new double[T_NODES][];
    for (int i = 0; i < T_NODES; i++) {
        double t = Math.PI * i / (T_NODES - 1);
        tWeight[i] = (i == 0 || i == T_NODES - 1 ? 0.5 : 1.0) / (T_NODES - 1);   // trapezoid weights of (1/pi) * integral dt
        outerCurve[i] = new double[] {Math.cos(t), Math.sin(t)};
        innerCurve[i] = new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
    }

    /** p(x | c): the average over t of an isotropic Gaussian of standard deviation S around the curve point m_c(t). */
    double density(double[][] curve, double x1, double x2) {
        double sum = 0;
        for (int i = 0; i < T_NODES; i++) {
            double d1 = x1 - curve[i][0], d2 = x2 - curve[i][1];
            sum += tWeight[i] * Math.exp(-(d1 * d1 + d2 * d2) / (2 * S * S));
        }
        return sum / (2 * Math.PI * S * S);
    }

    /** The Bayes rule: the class whose density at x is larger. */
    int bayesPredict(double x1, double x2) {
        return density(innerCurve, x1, x2) > density(outerCurve, x1, x2) ? 1 : 0;
    }

    double dx = 0.02, mass0 = 0, mass1 = 0, bayesAccuracy = 0;
    for (int i = 0; i < 270; i++)          // x1 from -2.2 to 3.2
        for (int k = 0; k < 195; k++) {    // x2 from -1.7 to 2.2
            double x1 = -2.2 + (i + 0.5) * dx, x2 = -1.7 + (k + 0.5) * dx;
            double p0 = density(outerCurve, x1, x2), p1 = density(innerCurve, x1, x2);
            mass0 += p0 * dx * dx;
            mass1 += p1 * dx * dx;
            bayesAccuracy += 0.5 * Math.max(p0, p1) * dx * dx;
        }
    System.out.printf(Locale.ROOT, "integral of p(x|0) = %.6f, of p(x|1) = %.6f%n", mass0, mass1);
    System.out.printf(Locale.ROOT, "Bayes-optimal accuracy A* = %.4f%n", bayesAccuracy);
    check(Math.abs(mass0 - 1) < 1e-4 && Math.abs(mass1 - 1) < 1e-4, "both class densities integrate to 1 on the grid");
    check(bayesAccuracy > 0.969 && bayesAccuracy < 0.973, "the Bayes-optimal accuracy for noise 0.2 is about 97.1%: " + pct(bayesAccuracy));
    """),
    md(r"""
    Now the network. We train on one sample of 10,000 moons and measure on a second, independent sample of 10,000 (one
    standard error of an accuracy near 97% is then $\sqrt{0.97 \cdot 0.03 / 10000} \approx 0.17$ percentage points). With
    this much data a network of moderate width cannot memorise the noise, so we need no L2. The setup: **2-8-2 tanh,
    mini-batches of 32, 20 epochs at $\eta = 0.3$, then 10 epochs at $\eta = 0.03$**. The second, gentler stage is a
    hand-made learning-rate schedule: mini-batch steps keep jittering around the minimum by an amount proportional to
    $\eta$, and the smaller steps let the weights settle. On the same held-out points we also apply the Bayes rule,
    which gives the ceiling *for this particular sample*.
    """),
    code(r"""
    Dataset bigTrain = Moons.make(10_000, 0.2, 21);
    Dataset bigHeldOut = Moons.make(10_000, 0.2, 22);
    int stage1 = QUICK ? 10 : 20, stage2 = QUICK ? 5 : 10;
    Network best = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2);
    History fast = Trainer.builder().learningRate(0.3).epochs(stage1).batchSize(32)
            .l2(0.0).seed(1).progressEvery(0).recordEvery(1).build().fit(best, bigTrain, bigHeldOut);
    History settle = Trainer.builder().learningRate(0.03).epochs(stage2).batchSize(32)
            .l2(0.0).seed(2).progressEvery(0).recordEvery(1).build().fit(best, bigTrain, bigHeldOut);
    double bestHeldOut = best.accuracy(bigHeldOut);
    int[] netPrediction = best.predict(bigHeldOut);
    int bayesCorrect = 0, agree = 0;
    for (int n = 0; n < bigHeldOut.size(); n++) {
        int bayes = bayesPredict(bigHeldOut.x(n, 0), bigHeldOut.x(n, 1));
        if (bayes == bigHeldOut.label(n)) bayesCorrect++;
        if (bayes == netPrediction[n]) agree++;
    }
    double bayesOnSample = bayesCorrect / (double) bigHeldOut.size();
    System.out.println("2-8-2 tanh on moons(10,000, noise 0.2): train " + pct(best.accuracy(bigTrain)) + ", held-out " + pct(bestHeldOut)
            + " (after the first stage: " + pct(fast.testAccuracy()[fast.size() - 1]) + ")");
    System.out.println("Bayes rule on the same held-out points: " + pct(bayesOnSample) + " (its population accuracy A* = " + pct(bayesAccuracy) + ")");
    System.out.println("the network and the Bayes rule agree on " + pct(agree / (double) bigHeldOut.size()) + " of the held-out points");

    // one curve over both stages: the second history starts with a record of the first one's end, which we skip
    int records = fast.size() + settle.size() - 1;
    int[] epochs = new int[records];
    Map<String, double[]> accuracy = new LinkedHashMap<>();
    accuracy.put("train", new double[records]);
    accuracy.put("held-out", new double[records]);
    for (int r = 0; r < records; r++) {
        boolean first = r < fast.size();
        History from = first ? fast : settle;
        int at = first ? r : r - fast.size() + 1;
        epochs[r] = first ? fast.epochs()[at] : stage1 + settle.epochs()[at];
        accuracy.get("train")[r] = from.trainAccuracy()[at];
        accuracy.get("held-out")[r] = from.testAccuracy()[at];
    }
    accuracy.put("Bayes rule on the held-out points", new double[records]);
    Arrays.fill(accuracy.get("Bayes rule on the held-out points"), bayesOnSample);
    Figure accuracyCurve = curves("2-8-2 tanh on 10,000 moons (η = 0.3, then 0.03 from epoch " + stage1 + ")",
            "accuracy", false, epochs, accuracy);
    accuracyCurve.setLayout(Layout.builder().title("2-8-2 tanh on 10,000 moons (η = 0.3, then 0.03 from epoch " + stage1 + ")")
            .width(700).height(420).showLegend(true).xAxis(Axis.builder().title("epoch").build())
            .yAxis(Axis.builder().title("accuracy (axis starts at 0.93)").range(0.93, 0.98).build()).build());
    show(accuracyCurve);
    """),
    code(r"""
    check(bestHeldOut >= 0.965, "held-out accuracy on moons(10,000, noise 0.2) is at least 96.5%: " + pct(bestHeldOut));
    check(Math.abs(bayesOnSample - bayesAccuracy) < 0.006,
          "on this sample the Bayes rule scores " + pct(bayesOnSample) + ", within 3.5 standard errors of A* = " + pct(bayesAccuracy));
    check(bestHeldOut <= bayesOnSample + 0.003, "the network does not beat the Bayes rule on the same points (beyond sampling noise)");
    System.out.println(String.format(Locale.ROOT, "gap to the Bayes rule on the same points: %.2f percentage points", 100 * (bayesOnSample - bestHeldOut)));
    """),
    md(r"""
    The network is right on as many held-out points as the Bayes rule, to within a few hundredths of a percentage point,
    and makes the same decision on nearly every point: gradient descent with backpropagation, from samples alone, has
    found essentially the best boundary there is. The points it gets wrong are points the noise carried deep into the
    other moon, and no classifier can get those right. (The Bayes rule scores a little below $A^*$ on this particular
    sample: that is sampling luck, about two standard errors.)

    ## Try it

    * Section 4: train the 2-3-2 network with the tutorial's raw rate $\eta = 0.01$ and watch how little it learns in
      20,000 epochs on our mean loss; then compare with $\eta = 0.01 \times 200 = 2$.
    * Section 5: add L2 to the sweep (`.l2(1e-3)`) and see the 20- and 50-neuron boundaries smooth out and their held-out
      accuracy recover.
    * Section 6: find the largest learning rate at which the 2-5-2 loss still falls smoothly.
    * Section 9: set `S = 0.3` and make the moons with noise 0.3: how far does the Bayes ceiling drop, and does the
      network still reach it? (The check cells will tell you which of this notebook's claims stop holding.)
    * Change any seed: the accuracies on 1,000 held-out points move by about a standard error, 0.7 points.
    * Make the network deeper, `Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 8, 2)`, and compare it with one wide layer.
    """),
]

write("03-training-on-moons.ipynb", cells)
