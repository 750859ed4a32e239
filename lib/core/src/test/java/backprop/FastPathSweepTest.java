package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.fast.ActivationLoops;
import backprop.fast.BatchEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep of bad and extreme inputs over the fast path (the kernel {@link BatchEngine}, the streamed
 * {@code Network.predict(Dataset)}, {@code accuracy} and {@code loss}, and {@link Trainer}): every case either gets
 * the exact right answer or an {@link IllegalArgumentException} / {@link IllegalStateException} whose message
 * starts with the name of the parameter at fault; no other exception, and none takes over 10 s.
 */
class FastPathSweepTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** A bad call and the exception it must raise: its type and the start of its message (the parameter). */
    record Bad(String name, Class<? extends RuntimeException> type, String prefix, Executable call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badEngineCalls", "badTrainerCalls"})
    void badInputIsRefusedNamingTheParameter(Bad bad) {
        RuntimeException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(bad.type(), bad.call()));
        assertTrue(e.getMessage().startsWith(bad.prefix()), bad.name() + ": " + e.getMessage());
    }

    // ---- the kernel ------------------------------------------------------------------------------------------

    private static final int[] SIZES = {2, 3, 2};

    private static BatchEngine engine(int threads) {
        return new BatchEngine(SIZES, new double[17], ActivationLoops.TANH, threads);
    }

    static Stream<Bad> badEngineCalls() {
        List<Bad> cases = new ArrayList<>();
        Class<IllegalArgumentException> arg = IllegalArgumentException.class;
        int[][] badSizes = {null, {}, {2}, {0, 2}, {2, 0}, {2, -1, 2}, {2, Integer.MIN_VALUE},
            {100_000, 100_000, 2}, {Integer.MAX_VALUE, Integer.MAX_VALUE}};
        for (int[] sizes : badSizes) {
            cases.add(new Bad("sizes " + java.util.Arrays.toString(sizes), arg, "sizes",
                    () -> new BatchEngine(sizes, new double[17], ActivationLoops.TANH, 1)));
        }
        for (int length : new int[] {0, 16, 18}) {
            cases.add(new Bad("theta of " + length, arg, "theta",
                    () -> new BatchEngine(SIZES, new double[length], ActivationLoops.TANH, 1)));
        }
        cases.add(new Bad("theta null", arg, "theta", () -> new BatchEngine(SIZES, null, ActivationLoops.TANH, 1)));
        cases.add(new Bad("sigma null", arg, "sigma", () -> new BatchEngine(SIZES, new double[17], null, 1)));
        for (int threads : new int[] {-1, Integer.MIN_VALUE}) {
            cases.add(new Bad("threads " + threads, arg, "threads",
                    () -> new BatchEngine(SIZES, new double[17], ActivationLoops.TANH, threads)));
        }
        for (int threads : new int[] {1, 2}) {
            String t = " (" + threads + " threads)";
            double[] x = new double[2 * 300];
            int[] y = new int[300];
            double[] grad = new double[17];
            for (int count : new int[] {0, -1, Integer.MIN_VALUE}) {
                cases.add(new Bad("gradient count " + count + t, arg, "count", use(threads, e -> e.gradient(x, y, count, grad))));
                cases.add(new Bad("score count " + count + t, arg, "count", use(threads, e -> e.score(x, y, count))));
                cases.add(new Bad("predict count " + count + t, arg, "count", use(threads, e -> e.predict(x, count, y))));
            }
            for (int count : new int[] {301, Integer.MAX_VALUE}) {
                cases.add(new Bad("gradient count " + count + " > data" + t, arg, count == 301 ? "x" : "labels",
                        use(threads, e -> e.gradient(x, new int[301], count, grad))));
                cases.add(new Bad("score count " + count + " > data" + t, arg, "labels", use(threads, e -> e.score(x, y, count))));
                cases.add(new Bad("predict count " + count + " > data" + t, arg, "classes", use(threads, e -> e.predict(x, count, y))));
            }
            cases.add(new Bad("gradient x null" + t, arg, "x", use(threads, e -> e.gradient(null, y, 300, grad))));
            cases.add(new Bad("gradient x short" + t, arg, "x", use(threads, e -> e.gradient(new double[599], y, 300, grad))));
            cases.add(new Bad("gradient labels null" + t, arg, "labels", use(threads, e -> e.gradient(x, null, 300, grad))));
            cases.add(new Bad("gradient labels short" + t, arg, "labels", use(threads, e -> e.gradient(x, new int[299], 300, grad))));
            cases.add(new Bad("gradient grad null" + t, arg, "grad", use(threads, e -> e.gradient(x, y, 300, null))));
            cases.add(new Bad("gradient grad short" + t, arg, "grad", use(threads, e -> e.gradient(x, y, 300, new double[16]))));
            cases.add(new Bad("gradient grad long" + t, arg, "grad", use(threads, e -> e.gradient(x, y, 300, new double[18]))));
            cases.add(new Bad("score features null" + t, arg, "features", use(threads, e -> e.score(null, y, 300))));
            cases.add(new Bad("score features short" + t, arg, "features", use(threads, e -> e.score(new double[599], y, 300))));
            cases.add(new Bad("score labels null" + t, arg, "labels", use(threads, e -> e.score(x, null, 300))));
            cases.add(new Bad("predict features null" + t, arg, "features", use(threads, e -> e.predict(null, 300, y))));
            cases.add(new Bad("predict features short" + t, arg, "features", use(threads, e -> e.predict(new double[599], 300, y))));
            cases.add(new Bad("predict classes null" + t, arg, "classes", use(threads, e -> e.predict(x, 300, null))));
            for (int label : new int[] {-1, 2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                int[] bad = new int[300];
                bad[257] = label;
                cases.add(new Bad("gradient label " + label + t, arg, "labels[257]", use(threads, e -> e.gradient(x, bad, 300, grad))));
                cases.add(new Bad("score label " + label + t, arg, "labels[257]", use(threads, e -> e.score(x, bad, 300))));
            }
            for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double[] poisoned = x.clone();
                poisoned[3] = v;
                cases.add(new Bad("gradient x holding " + v + t, arg, "x", use(threads, e -> e.gradient(poisoned, y, 300, grad))));
                cases.add(new Bad("score features holding " + v + t, arg, "features", use(threads, e -> e.score(poisoned, y, 300))));
                cases.add(new Bad("predict features holding " + v + t, arg, "features", use(threads, e -> e.predict(poisoned, 300, y))));
            }
            Class<IllegalStateException> state = IllegalStateException.class;
            cases.add(new Bad("gradient after close" + t, state, "this BatchEngine was closed", closed(threads, e -> e.gradient(x, y, 300, grad))));
            cases.add(new Bad("score after close" + t, state, "this BatchEngine was closed", closed(threads, e -> e.score(x, y, 300))));
            cases.add(new Bad("predict after close" + t, state, "this BatchEngine was closed", closed(threads, e -> e.predict(x, 300, y))));
        }
        return cases.stream();
    }

    interface EngineCall {
        void on(BatchEngine engine);
    }

    private static Executable use(int threads, EngineCall call) {
        return () -> {
            try (BatchEngine engine = engine(threads)) {
                call.on(engine);
            }
        };
    }

    /** The call after a first batch (which starts the worker threads, if any) and close(). */
    private static Executable closed(int threads, EngineCall call) {
        return () -> {
            BatchEngine engine = engine(threads);
            engine.score(new double[2 * 5000], new int[5000], 5000);
            engine.close();
            call.on(engine);
        };
    }

    // ---- the trainer -----------------------------------------------------------------------------------------

    private static final Dataset MOONS = Moons.make(200, 0.2, 1);

    static Stream<Bad> badTrainerCalls() {
        List<Bad> cases = new ArrayList<>();
        Class<IllegalArgumentException> arg = IllegalArgumentException.class;
        for (double eta : new double[] {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            cases.add(new Bad("learningRate " + eta, arg, "learningRate", () -> Trainer.builder().learningRate(eta)));
            cases.add(new Bad("stage at " + eta, arg, "learningRate", () -> Trainer.builder().stage(1, eta)));
        }
        for (int n : new int[] {-1, Integer.MIN_VALUE}) {
            cases.add(new Bad("epochs " + n, arg, "epochs", () -> Trainer.builder().epochs(n)));
            cases.add(new Bad("stage of " + n, arg, "epochs", () -> Trainer.builder().stage(n, 0.1)));
            cases.add(new Bad("batchSize " + n, arg, "batchSize", () -> Trainer.builder().batchSize(n)));
            cases.add(new Bad("recordEvery " + n, arg, "recordEvery", () -> Trainer.builder().recordEvery(n)));
            cases.add(new Bad("threads " + n, arg, "threads", () -> Trainer.builder().threads(n)));
        }
        cases.add(new Bad("stage of 0", arg, "epochs", () -> Trainer.builder().stage(0, 0.1)));
        cases.add(new Bad("batchSize 0", arg, "batchSize", () -> Trainer.builder().batchSize(0)));
        cases.add(new Bad("recordEvery 0", arg, "recordEvery", () -> Trainer.builder().recordEvery(0)));
        cases.add(new Bad("threads 0", arg, "threads", () -> Trainer.builder().threads(0)));
        cases.add(new Bad("stages past 2^31 epochs", arg, "epochs",
                () -> Trainer.builder().stage(Integer.MAX_VALUE, 0.1).stage(1, 0.1)));
        cases.add(new Bad("stage with epochs", arg, "stage", () -> Trainer.builder().stage(5, 0.1).epochs(3).build()));
        for (double l2 : new double[] {-1e-300, Double.NaN, Double.POSITIVE_INFINITY}) {
            cases.add(new Bad("l2 " + l2, arg, "l2", () -> Trainer.builder().l2(l2)));
        }
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        Trainer t = Trainer.builder().epochs(2).build();
        cases.add(new Bad("fit net null", arg, "net", () -> t.fit(null, MOONS, null)));
        cases.add(new Bad("fit train null", arg, "train", () -> t.fit(net, null, null)));
        cases.add(new Bad("fit train of 3 inputs", arg, "train.inputs()", () -> t.fit(net, TestData.random(9, 3, 2, 1), null)));
        cases.add(new Bad("fit train of 3 classes", arg, "train.classes()", () -> t.fit(net, TestData.random(9, 2, 3, 1), null)));
        cases.add(new Bad("fit test of 1 input", arg, "test.inputs()", () -> t.fit(net, MOONS, TestData.random(9, 1, 2, 1))));
        Class<IllegalStateException> state = IllegalStateException.class;
        for (double eta : new double[] {1e150, 1e300, Double.MAX_VALUE}) {
            cases.add(new Bad("fit at η " + eta, state, "training diverged at epoch ", () -> Trainer.builder()
                    .learningRate(eta).epochs(50).build().fit(Network.create(Activation.RELU, Init.HE, 1, 2, 8, 2), MOONS, null)));
        }
        cases.add(new Bad("fit with η·λ ≥ 2", state, "training diverged at epoch ", () -> Trainer.builder()
                .learningRate(10).l2(0.5).epochs(400).build().fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2), MOONS, null)));
        cases.add(new Bad("fit of a net whose logits overflow", state, "the initial network's weights are too large",
                () -> Trainer.builder().epochs(5).build().fit(overflowing(Activation.TANH, 1e308, Pattern.UP), POSITIVE, null)));
        return cases.stream();
    }

    /** Extreme but valid settings get exactly the right answer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void extremeSettingsGetExactlyTheRightAnswer(Activation sigma) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Network start = Network.create(sigma, Init.XAVIER, 4, 2, 5, 2);
            Network net = start.copy();
            History none = Trainer.builder().epochs(0).build().fit(net, MOONS, MOONS);
            assertArrayEquals(start.parameters().toArray(), net.parameters().toArray(), 0.0, "0 epochs change nothing");
            assertArrayEquals(new int[] {0}, none.epochs());
            assertEquals(net.loss(MOONS, 0.0), none.testLoss()[0], 0.0);
            Trainer.builder().learningRate(Double.MIN_VALUE).epochs(3).build().fit(net, MOONS, null);
            assertArrayEquals(start.parameters().toArray(), net.parameters().toArray(), 0.0, "η·g underflows to 0");
            History sparse = Trainer.builder().epochs(7).recordEvery(Integer.MAX_VALUE).build().fit(net, MOONS, null);
            assertArrayEquals(new int[] {0, 7}, sparse.epochs());
            Network one = start.copy();
            Network eight = start.copy();
            Trainer.builder().epochs(3).batchSize(7).threads(1).seed(2).build().fit(one, MOONS, null);
            Trainer.builder().epochs(3).batchSize(7).threads(8).seed(2).build().fit(eight, MOONS, null);
            assertArrayEquals(one.parameters().toArray(), eight.parameters().toArray(), 0.0, "threads change nothing");
            Dataset single = TestData.random(1, 2, 2, 3);
            Network byOne = start.copy();
            Network full = start.copy();
            Trainer.builder().epochs(4).batchSize(1).build().fit(byOne, single, null);
            Trainer.builder().epochs(4).build().fit(full, single, null);
            assertArrayEquals(full.parameters().toArray(), byOne.parameters().toArray(), 0.0, "B = N = 1");
        });
    }

    static Stream<Activation> activations() {
        return Stream.of(Activation.values());
    }

    // ---- logits that overflow, through the streamed evaluation ---------------------------------------------------

    /** Inputs in [0.5, 1]: every hidden unit below gets z ≥ 5, so a = σ(z) is close to its top (≥ 0.99). */
    private static final Dataset POSITIVE = positive(600);

    private static Dataset positive(int n) {
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 0.5 + 0.5 * ((i * 37) % n) / n;
            x[i][1] = 0.5 + 0.5 * ((i * 91) % n) / n;
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        return new Dataset(x, labels, 2);
    }

    /** How the output weights ±w are laid out over the four hidden units. */
    enum Pattern {
        /** z_0 = +w Σ a, z_1 = −w Σ a: both overflow (to +∞ and −∞). */
        UP,
        /** the other way round. */
        DOWN,
        /** +w, −w, +w, −w into both outputs: the equal activations cancel exactly, z = (0, 0). */
        CANCEL
    }

    /** A 2-4-2 network with hidden weights 5 (bias 5) and output weights ±w laid out by the pattern. */
    static Network overflowing(Activation sigma, double w, Pattern pattern) {
        Network net = Network.create(sigma, Init.XAVIER, 1, 2, 4, 2);
        net.setWeights(1, new double[][] {{5, 5, 5, 5}, {5, 5, 5, 5}});
        net.setBiases(1, new double[] {5, 5, 5, 5});
        double[][] out = new double[4][2];
        for (int j = 0; j < 4; j++) {
            double sign = switch (pattern) {
                case UP -> 1;
                case DOWN -> -1;
                case CANCEL -> j % 2 == 0 ? 1 : -1;
            };
            out[j][0] = sign * w;
            out[j][1] = pattern == Pattern.CANCEL ? sign * w : -sign * w;
        }
        net.setWeights(2, out);
        return net;
    }

    static Stream<Arguments> overflowCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation sigma : Activation.values()) {
            for (double w : new double[] {1e308, 1.7e308, Double.MAX_VALUE}) {
                for (Pattern pattern : Pattern.values()) {
                    for (String method : new String[] {"predict", "accuracy", "loss"}) {
                        for (int n : new int[] {3, 600}) {
                            cases.add(Arguments.of(sigma, w, pattern, method, n));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    /**
     * Logits that overflow make predict(Dataset), accuracy and loss throw naming d, as predict(double[][]) does;
     * logits that cancel to (0, 0) give the exact answers: class 0 everywhere, the share of label 0, ln 2 (to the
     * rounding of a sum of N equal terms, at most N − 1 roundings of ε/2 relative each). ReLU's activations of 10 or more make even the cancelling sums
     * overflow (a·w = ∞ before −∞ is added): an exception too.
     */
    @ParameterizedTest(name = "{0} w={1} {2} {3} N={4}")
    @MethodSource("overflowCases")
    void overflowingLogitsAreAnExceptionNamingTheData(Activation sigma, double w, Pattern pattern, String method,
            int n) {
        Network net = overflowing(sigma, w, pattern);
        Dataset d = positive(n);
        Executable call = switch (method) {
            case "predict" -> () -> assertArrayEquals(new int[n], net.predict(d));
            case "accuracy" -> () -> assertEquals((n - (n + 2) / 3) / (double) n, net.accuracy(d), 0.0);
            default -> () -> assertEquals(Math.log(2), net.loss(d, 0.0), n * 1.2e-16);
        };
        assertTimeoutPreemptively(LIMIT, () -> {
            if (pattern == Pattern.CANCEL && sigma != Activation.RELU) {
                call.execute();
                assertArrayEquals(new int[n], net.predict(d.x()));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
                assertTrue(e.getMessage().startsWith("d must give finite logits, had sample "),
                        e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> net.predict(d.x()));
            }
        });
    }
}
