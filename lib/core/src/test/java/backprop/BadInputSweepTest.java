package backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backprop.autodiff.Value;
import backprop.cost.CountedBackprop;
import backprop.cost.Measurement;
import backprop.cost.OpCounter;
import backprop.cost.OperationCounts;
import backprop.cost.PathSum;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad and extreme input over the readable wing, the data, autodiff and cost: every case either gives the exact right
 * answer or throws an IllegalArgumentException / IllegalStateException whose message starts with the parameter
 * (or the cause) it names, never a foreign exception (NegativeArraySize, OutOfMemory, ArrayIndexOutOfBounds,
 * Arithmetic), never a NaN or ±∞ result, and within 10 s.
 */
class BadInputSweepTest {

    /** The values that break arithmetic: not finite, or so large that a product or a sum overflows. */
    private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final int[] BAD_INDICES = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final double BIG = 1e308;

    private record Case(String name, Runnable check) {
    }

    private final List<Case> cases = new ArrayList<>();

    /** The call must throw an IllegalArgumentException or IllegalStateException whose message starts with start. */
    private void rejects(String name, String start, Supplier<?> call) {
        cases.add(new Case(name + " → rejects naming '" + start + "'", () -> {
            Object result;
            try {
                result = call.get();
            } catch (IllegalArgumentException | IllegalStateException e) {
                assertTrue(e.getMessage().startsWith(start), () -> "message '" + e.getMessage() + "' should start with '"
                        + start + "'");
                return;
            }
            fail("expected an exception naming " + start + ", got " + deepString(result));
        }));
    }

    /** The call must return exactly {@code expected} (double arrays bit for bit). */
    private void gives(String name, Object expected, Supplier<?> call) {
        cases.add(new Case(name + " → " + deepString(expected), () -> {
            Object actual = call.get();
            assertTrue(Arrays.deepEquals(new Object[] {expected}, new Object[] {actual}),
                    () -> "expected " + deepString(expected) + ", got " + deepString(actual));
        }));
    }

    private static String deepString(Object o) {
        String s = Arrays.deepToString(new Object[] {o});
        return s.substring(1, s.length() - 1);
    }

    @TestFactory
    Stream<DynamicTest> sweep() {
        backprop();
        softmaxAndCrossEntropy();
        activationsAndParameters();
        network();
        gradientCheck();
        data();
        autodiff();
        cost();
        assertTrue(cases.size() >= 300, "the sweep has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(10), c.check()::run)));
    }

    private void backprop() {
        for (double v : NOT_FINITE) {
        }
        rejects("z overflowing sum", "w", () -> Backprop.z(new double[] {BIG, BIG}, new double[][] {{BIG}, {BIG}},
                new double[1]));
        rejects("z overflowing partial sum", "w", () -> Backprop.z(new double[] {1, 1}, new double[][] {{BIG}, {BIG}},
                new double[1]));
        gives("z huge but cancelling", new double[] {0.0}, () -> Backprop.z(new double[] {1, -1},
                new double[][] {{BIG}, {BIG}}, new double[1]));
        gives("a tanh ±MAX", new double[] {1.0, -1.0}, () -> Backprop.a(Activation.TANH,
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
        gives("a sigmoid ±MAX", new double[] {1.0, 0.0}, () -> Backprop.a(Activation.SIGMOID,
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
        gives("slope sigmoid ±MAX", new double[] {0.0, 0.0}, () -> Backprop.slope(
                Activation.SIGMOID, new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
        gives("slope relu at the kink", new double[] {0.0, 1.0}, () -> Backprop.slope(
                Activation.RELU, new double[] {0.0, Double.MIN_VALUE}));
        gives("hiddenDelta RELU zero slope times an overflowing sum", new double[] {0.0}, () -> Backprop.hiddenDelta(
                Backprop.slope(Activation.RELU, new double[] {-1}), new double[] {BIG, BIG},
                new double[][] {{BIG, BIG}}));
        gives("hiddenDelta SIGMOID zero slope at -MAX times an overflowing sum", new double[] {0.0},
                () -> Backprop.hiddenDelta(Backprop.slope(Activation.SIGMOID, new double[] {-Double.MAX_VALUE}),
                        new double[] {BIG, BIG}, new double[][] {{BIG, BIG}}));
        rejects("hiddenDelta non-zero slope times an overflowing sum", "w", () -> Backprop.hiddenDelta(
                Backprop.slope(Activation.RELU, new double[] {1}), new double[] {BIG, BIG}, new double[][] {{BIG, BIG}}));
        rejects("hiddenDelta tanh slope times an overflowing sum", "w", () -> Backprop.hiddenDelta(
                Backprop.slope(Activation.TANH, new double[] {0}), new double[] {BIG}, new double[][] {{BIG}}));
        rejects("dW overflow", "delta", () -> Backprop.dW(new double[] {BIG}, new double[] {BIG}));
        gives("dW at the edge", new double[][] {{Double.MAX_VALUE}}, () -> Backprop.dW(
                new double[] {Double.MAX_VALUE}, new double[] {1.0}));
        Supplier<Parameters> theta = () -> Parameters.zeros(1, 1);
        for (double v : NOT_FINITE) {
            rejects("step θ holding " + v, "theta[0]", () -> {
                Parameters t = theta.get();
                t.array()[0] = v;
                Backprop.step(t, theta.get(), 0.1);
                return t;
            });
            rejects("step gradient holding " + v, "gradient[1]", () -> {
                Parameters g = theta.get();
                g.array()[1] = v;
                Backprop.step(theta.get(), g, 0.1);
                return g;
            });
            rejects("step eta " + v, "eta", () -> {
                Backprop.step(theta.get(), theta.get(), v);
                return null;
            });
        }
        rejects("step eta 0", "eta", () -> {
            Backprop.step(theta.get(), theta.get(), 0);
            return null;
        });
        rejects("step eta negative", "eta", () -> {
            Backprop.step(theta.get(), theta.get(), -1);
            return null;
        });
        rejects("step overflowing", "eta", () -> {
            Parameters g = theta.get();
            g.array()[0] = BIG;
            Backprop.step(theta.get(), g, BIG);
            return null;
        });
        rejects("step theta null", "theta", () -> {
            Backprop.step(null, theta.get(), 0.1);
            return null;
        });
        rejects("step gradient of other sizes", "gradient", () -> {
            Backprop.step(theta.get(), Parameters.zeros(2, 1), 0.1);
            return null;
        });
        gives("step", new double[] {-0.5, 0.0}, () -> {
            Parameters t = theta.get();
            Parameters g = theta.get();
            g.array()[0] = 5;
            Backprop.step(t, g, 0.1);
            return t.toArray();
        });
    }

    private void softmaxAndCrossEntropy() {
        for (double v : NOT_FINITE) {
            rejects("softmax z = " + v, "z[1]", () -> Softmax.softmax(new double[] {0, v}));
            rejects("jacobian z = " + v, "z[0]", () -> Softmax.jacobian(new double[] {v}));
            rejects("loss yHat = " + v, "yHat[0]", () -> CrossEntropy.loss(new double[] {v, 1}, new double[] {0, 1}));
            rejects("loss y = " + v, "y[0]", () -> CrossEntropy.loss(new double[] {0.5, 0.5}, new double[] {v, 1}));
            rejects("gradient y = " + v, "y[1]", () -> CrossEntropy.gradient(new double[] {0.5, 0.5},
                    new double[] {0, v}));
            rejects("gradientGeneral z = " + v, "z[0]", () -> CrossEntropy.gradientGeneral(new double[] {v, 0},
                    new double[] {0, 1}));
            rejects("gradientGeneral y = " + v, "y[0]", () -> CrossEntropy.gradientGeneral(new double[] {0, 0},
                    new double[] {v, 1}));
        }
        for (double[] z : new double[][] {null, {}}) {
            rejects("softmax z " + deepString(z), "z", () -> Softmax.softmax(z));
            rejects("jacobian z " + deepString(z), "z", () -> Softmax.jacobian(z));
            rejects("loss yHat " + deepString(z), "yHat", () -> CrossEntropy.loss(z, new double[] {1}));
            rejects("gradientGeneral z " + deepString(z), "z", () -> CrossEntropy.gradientGeneral(z,
                    new double[] {1}));
        }
        gives("softmax [MAX, −MAX]", new double[] {1.0, 0.0}, () -> Softmax.softmax(
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
        gives("softmax equal huge", new double[] {0.5, 0.5}, () -> Softmax.softmax(new double[] {BIG, BIG}));
        gives("softmax one logit", new double[] {1.0}, () -> Softmax.softmax(new double[] {-BIG}));
        gives("argmax tie takes the first", 1, () -> Softmax.argmax(new double[] {0, 2, 2}));
        gives("argmax of −MAX and MIN_VALUE", 1, () -> Softmax.argmax(new double[] {-Double.MAX_VALUE,
                Double.MIN_VALUE}));
        rejects("jacobian of 70,000 logits", "z.length²", () -> Softmax.jacobian(new double[70_000]));
        gives("jacobian of equal logits", new double[][] {{0.25, -0.25}, {-0.25, 0.25}},
                () -> Softmax.jacobian(new double[] {BIG, BIG}));
        double ln2 = Math.log(2);
        for (double big : new double[] {1e12, 1e16, 1e100, BIG, Double.MAX_VALUE}) {
            gives("ofLogits [" + big + ", " + big + "]", ln2, () -> CrossEntropy.ofLogits(new double[] {big, big}, 0));
            gives("ofLogits [−" + big + ", −" + big + "]", ln2, () -> CrossEntropy.ofLogits(
                    new double[] {-big, -big}, 1));
        }
        gives("ofLogits confident mistake", 1e16, () -> CrossEntropy.ofLogits(new double[] {1e16, 0}, 1));
        gives("ofLogits confident right", 0.0, () -> CrossEntropy.ofLogits(new double[] {1e16, 0}, 0));
        rejects("ofLogits logits spanning more than MAX", "z", () -> CrossEntropy.ofLogits(
                new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}, 1));
        for (int label : BAD_INDICES) {
            rejects("oneHot label " + label, "label", () -> CrossEntropy.oneHot(label, 3));
        }
        for (int classes : new int[] {0, -1, Integer.MIN_VALUE}) {
            rejects("oneHot classes " + classes, "classes", () -> CrossEntropy.oneHot(0, classes));
        }
        rejects("oneHot classes MAX_VALUE", "classes", () -> CrossEntropy.oneHot(0, Integer.MAX_VALUE));
        rejects("oneHot classes MAX_VALUE − 8 (the heap)", "classes", () -> CrossEntropy.oneHot(0,
                Integer.MAX_VALUE - 8));
        gives("oneHot", new double[] {0, 0, 1}, () -> CrossEntropy.oneHot(2, 3));
        gives("loss with ŷ = 0 on the target", Double.POSITIVE_INFINITY, () -> CrossEntropy.loss(
                new double[] {1, 0}, new double[] {0, 1}));
        gives("loss with ŷ = 0 off the target", 0.0, () -> CrossEntropy.loss(new double[] {1, 0},
                new double[] {1, 0}));
        rejects("loss with target weights that overflow", "y", () -> CrossEntropy.loss(new double[] {0.1, 0.9},
                new double[] {BIG, BIG}));
        rejects("loss y negative", "y[1]", () -> CrossEntropy.loss(new double[] {0.5, 0.5}, new double[] {1, -1}));
        rejects("loss y of other length", "y", () -> CrossEntropy.loss(new double[] {0.5, 0.5}, new double[] {1}));
        rejects("loss yHat above 1", "yHat[0]", () -> CrossEntropy.loss(new double[] {1.5, 0}, new double[] {1, 0}));
        rejects("gradientGeneral target weights 1e308", "y", () -> CrossEntropy.gradientGeneral(new double[] {0, 0},
                new double[] {BIG, BIG}));
        gives("gradientGeneral one huge weight", new double[] {-5e307, 5e307}, () -> CrossEntropy.gradientGeneral(
                new double[] {0, 0}, new double[] {BIG, 0}));
        gives("gradient one-hot", new double[] {-0.75, 0.75}, () -> CrossEntropy.gradient(new double[] {0.25, 0.75},
                new double[] {1, 0}));
    }

    private void activationsAndParameters() {
        for (Activation sigma : Activation.values()) {
            rejects(sigma + ".apply(NaN)", "z", () -> sigma.apply(Double.NaN));
            rejects(sigma + ".derivative(NaN)", "z", () -> sigma.derivative(Double.NaN));
            for (double z : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                    -Double.MAX_VALUE, Double.MIN_VALUE, -0.0}) {
                cases.add(new Case(sigma + " at " + z + " → a number in range", () -> {
                    double a = sigma.apply(z);
                    double slope = sigma.derivative(z);
                    assertTrue(!Double.isNaN(a) && slope >= 0 && slope <= 1, a + ", " + slope);
                }));
            }
        }
        for (int[] sizes : new int[][] {null, {}, {2}, {2, 0}, {0, 2}, {2, -1, 2}, {2, Integer.MIN_VALUE}}) {
            rejects("Parameters.zeros " + deepString(sizes), "sizes", () -> Parameters.zeros(sizes));
        }
        for (int[] sizes : new int[][] {{2, 65536, 65536, 2}, {46341, 46341}, {Integer.MAX_VALUE, 2},
                {1, 1, 1_000_000_000}, {1, 500_000_000, 2}}) {
            rejects("Parameters.zeros too large " + Arrays.toString(sizes), "sizes", () -> Parameters.zeros(sizes));
        }
        Parameters p = Parameters.zeros(2, 3, 2);
        for (int l : new int[] {0, 3, -1, Integer.MAX_VALUE}) {
            rejects("weights(" + l + ")", "l", () -> p.weights(l));
            rejects("biases(" + l + ")", "l", () -> p.biases(l));
            rejects("weight(" + l + ", 0, 0)", "l", () -> p.weight(l, 0, 0));
        }
        for (int i : new int[] {-1, p.count(), Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            rejects("get(" + i + ")", "i", () -> p.get(i));
        }
        rejects("weight j out of range", "j", () -> p.weight(1, 2, 0));
        rejects("weight k out of range", "k", () -> p.weight(1, 0, 3));
        for (double v : NOT_FINITE) {
            rejects("setBiases " + v, "biases[0]", () -> {
                p.copy().setBiases(2, new double[] {v, 0});
                return null;
            });
        }
        rejects("setWeights wrong rows", "weights", () -> {
            p.copy().setWeights(1, new double[][] {{1, 2, 3}});
            return null;
        });
        rejects("setBiases wrong length", "biases", () -> {
            p.copy().setBiases(1, new double[] {1});
            return null;
        });
        rejects("l2Penalty when Σ w² overflows", "l2", () -> {
            Parameters q = p.copy();
            q.array()[0] = BIG;
            q.array()[1] = BIG;
            return q.l2Penalty(1e-300);
        });
        gives("l2Penalty λ = 0 when Σ w² overflows", 0.0, () -> {
            Parameters q = p.copy();
            q.array()[0] = BIG;
            q.array()[1] = BIG;
            return q.l2Penalty(0.0);
        });
    }

    private Network tanh() {
        return Network.create(Activation.TANH, Init.XAVIER, 1, 2, 4, 2);
    }

    private void network() {
        Dataset d = Moons.make(40, 0.1, 1);
        for (int[] sizes : new int[][] {{2}, {2, 0}, {2, 1, 1_000_000_000}, {1, 46341, 46341}}) {
            rejects("create " + Arrays.toString(sizes), "sizes", () -> Network.create(Activation.TANH, Init.XAVIER,
                    0, sizes));
        }
        rejects("create sigma null", "hidden", () -> Network.create(null, Init.XAVIER, 0, 2, 2));
        rejects("create init null", "init", () -> Network.create(Activation.TANH, null, 0, 2, 2));
        for (double v : NOT_FINITE) {
            rejects("forward x = " + v, "x[0][1]", () -> tanh().forward(new double[][] {{0, v}}));
            rejects("gradients l2 = " + v, "l2", () -> tanh().gradients(d, v));
            rejects("loss l2 = " + v, "l2", () -> tanh().loss(d, v));
            rejects("setParameters holding " + v, "parameters[0]", () -> {
                Parameters q = tanh().parameters();
                q.array()[0] = v;
                tanh().setParameters(q);
                return null;
            });
            rejects("setWeights holding " + v, "weights[0][0]", () -> {
                tanh().setWeights(1, new double[][] {{v, 0, 0, 0}, {0, 0, 0, 0}});
                return null;
            });
        }
        rejects("forward x null", "x", () -> tanh().forward((double[][]) null));
        rejects("forward x empty", "x", () -> tanh().forward(new double[0][]));
        rejects("forward x ragged", "x[1]", () -> tanh().forward(new double[][] {{0, 0}, {0}}));
        rejects("forward d null", "d", () -> tanh().forward((Dataset) null));
        rejects("forward d of other width", "d.inputs()", () -> tanh().forward(TestData.random(3, 3, 2, 1)));
        rejects("loss d of other classes", "d.classes()", () -> tanh().loss(TestData.random(3, 2, 3, 1), 0));
        rejects("accuracy d null", "d", () -> tanh().accuracy(null));
        rejects("predict d null", "d", () -> tanh().predict((Dataset) null));
        rejects("predict x null", "x", () -> tanh().predict((double[][]) null));
        rejects("backward f null", "f", () -> tanh().backward(null, new int[1], 0));
        rejects("backward labels short", "labels", () -> tanh().backward(tanh().forward(d), new int[3], 0));
        rejects("backward labels out of range", "labels[0]", () -> tanh().backward(
                tanh().forward(new double[][] {{0, 0}}), new int[] {2}, 0));
        rejects("backward f of other sizes", "f", () -> tanh().backward(
                Network.create(Activation.TANH, Init.XAVIER, 1, 2, 2).forward(new double[][] {{0, 0}}),
                new int[] {0}, 0));
        rejects("weights(0)", "l", () -> tanh().weights(0));
        // logits that overflow: the same exception on every path, never a silent answer
        Supplier<Network> huge = () -> {
            Network net = tanh();
            net.setWeights(2, new double[][] {{BIG, -BIG}, {BIG, -BIG}, {BIG, -BIG}, {BIG, -BIG}});
            net.setWeights(1, new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}});
            return net;
        };
        rejects("predict(Dataset) with overflowing logits", "d", () -> huge.get().predict(d));
        rejects("accuracy with overflowing logits", "d", () -> huge.get().accuracy(d));
        rejects("loss with overflowing logits", "d", () -> huge.get().loss(d, 0));
        rejects("predict(x) with overflowing logits", "x[0]", () -> huge.get().predict(d.x()));
        rejects("gradients with overflowing logits", "x[0]", () -> huge.get().gradients(d, 0));
        Supplier<Network> bigButFinite = () -> {
            Network net = tanh();
            net.setWeights(2, new double[][] {{1e307, -1e307}, {0, 0}, {0, 0}, {0, 0}});
            return net;
        };
        cases.add(new Case("predict and accuracy with huge but finite logits → the readable answer", () -> {
            Network net = bigButFinite.get();
            int[] expected = net.predict(d.x());
            assertArrayEquals(expected, net.predict(d));
            long right = 0;
            for (int n = 0; n < expected.length; n++) {
                right += expected[n] == d.label(n) ? 1 : 0;
            }
            assertEquals((double) right / d.size(), net.accuracy(d), 0.0);
        }));
        for (String use : new String[] {"accuracy", "fit"}) {
            cases.add(new Case("a network used (" + use + ") by a second thread during a fit → IllegalStateException",
                    () -> secondThreadFailsFast(d, use)));
        }
    }

    /** Holds a network as a fit does and lets a second thread call {@code use} on it. */
    private void secondThreadFailsFast(Dataset d, String use) {
        Network net = tanh();
        String[] seen = new String[1];
        try (Network.Claim fit = net.use("fit")) {
            Thread other = new Thread(() -> {
                try {
                    if (use.equals("fit")) {
                        Trainer.builder().epochs(1).build().fit(net, d, null);
                    } else {
                        net.accuracy(d);
                    }
                } catch (IllegalStateException e) {
                    seen[0] = e.getMessage();
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertNotNull(seen[0], "the second thread was not stopped");
        assertTrue(seen[0].startsWith("Network is not thread-safe: " + use + " on thread"), seen[0]);
        net.accuracy(d); // released after the fit
    }

    private void gradientCheck() {
        Dataset d = Moons.make(10, 0.1, 1);
        for (double eps : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects("check epsilon " + eps, "epsilon", () -> GradientCheck.check(tanh(), d, 0, eps));
            rejects("centralDifference epsilon " + eps, "epsilon", () -> GradientCheck.centralDifference(
                    Parameters.zeros(1, 1), q -> 0.0, eps));
        }
        rejects("check epsilon 2", "epsilon", () -> GradientCheck.check(tanh(), d, 0, 2));
        rejects("check net null", "net", () -> GradientCheck.check(null, d, 0, 1e-3));
        rejects("check d null", "d", () -> GradientCheck.check(tanh(), null, 0, 1e-3));
        rejects("check l2 negative", "l2", () -> GradientCheck.check(tanh(), d, -1, 1e-3));
        rejects("centralDifference theta null", "theta", () -> GradientCheck.centralDifference(null, q -> 0.0, 1e-3));
        rejects("centralDifference loss null", "loss", () -> GradientCheck.centralDifference(Parameters.zeros(1, 1),
                null, 1e-3));
        rejects("centralDifference step beyond MAX", "epsilon", () -> {
            Parameters t = Parameters.zeros(1, 1);
            t.array()[0] = Double.MAX_VALUE;
            return GradientCheck.centralDifference(t, q -> 0.0, Double.MAX_VALUE);
        });
        rejects("centralDifference loss NaN", "epsilon", () -> GradientCheck.centralDifference(
                Parameters.zeros(1, 1), q -> Double.NaN, 1e-3));
        gives("centralDifference of a quadratic (exact in binary)", new double[] {2.0, 0.0}, () -> {
            Parameters t = Parameters.zeros(1, 1);
            t.array()[0] = 1.0;
            return GradientCheck.centralDifference(t, q -> q.get(0) * q.get(0), 0.5).toArray();
        });
    }

    private void data() {
        double[] row = new double[60_000];
        double[][] many = new double[40_000][];
        Arrays.fill(many, row);
        rejects("Dataset 40000 × 60000", "x.length × x[0].length", () -> new Dataset(many, new int[40_000], 1));
        rejects("Dataset x null", "x", () -> new Dataset(null, new int[0], 1));
        rejects("Dataset x empty", "x", () -> new Dataset(new double[0][], new int[0], 1));
        rejects("Dataset x[0] empty", "x[0]", () -> new Dataset(new double[][] {{}}, new int[1], 1));
        rejects("Dataset ragged", "x[1]", () -> new Dataset(new double[][] {{1}, {1, 2}}, new int[2], 1));
        rejects("Dataset labels null", "labels", () -> new Dataset(new double[][] {{1}}, null, 1));
        rejects("Dataset labels short", "labels", () -> new Dataset(new double[][] {{1}, {2}}, new int[1], 1));
        rejects("Dataset label ≥ classes", "labels[0]", () -> new Dataset(new double[][] {{1}}, new int[] {1}, 1));
        rejects("Dataset classes 0", "classes", () -> new Dataset(new double[][] {{1}}, new int[] {0}, 0));
        for (double v : NOT_FINITE) {
            rejects("Dataset x = " + v, "x[0][1]", () -> new Dataset(new double[][] {{1, v}}, new int[1], 1));
        }
        Dataset d = Moons.make(10, 0.1, 1);
        for (int n : BAD_INDICES) {
            rejects("x(" + n + ", 0)", "n", () -> d.x(n, 0));
            rejects("x(0, " + n + ")", "j", () -> d.x(0, n));
            rejects("label(" + n + ")", "n", () -> d.label(n));
        }
        for (double f : new double[] {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects("Split.of fraction " + f, "testFraction", () -> Split.of(d, f, 1));
        }
        rejects("Split.of leaving an empty side", "testFraction", () -> Split.of(d, 0.01, 1));
        rejects("Split.of d null", "d", () -> Split.of(null, 0.5, 1));
        rejects("Split train null", "train", () -> new Split(null, d));
        rejects("Split test null", "test", () -> new Split(d, null));
        gives("Split.of sizes", List.of(7, 3), () -> {
            Split s = Split.of(d, 0.3, 5);
            return List.of(s.train().size(), s.test().size());
        });
        for (int n : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, PlanePoints.MAX_SAMPLES + 1}) {
            rejects("Moons.make " + n, "nSamples", () -> Moons.make(n, 0.1, 1));
            rejects("Spirals.make " + n, "nSamples", () -> Spirals.make(n, 2, 0.1, 1));
        }
        rejects("53,687,027 points (1.07e9 bytes) in a 1 GiB heap of which 64 MiB are in use", "nSamples", () -> {
            Require.fitsHeap("nSamples", 53_687_027, PlanePoints.BYTES_PER_SAMPLE, (1L << 30) - (64L << 20));
            return null;
        });
        for (double noise : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE}) {
            rejects("Moons.make noise " + noise, "noise", () -> Moons.make(10, noise, 1));
        }
        for (double noise : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            rejects("Spirals.make noise " + noise, "noise", () -> Spirals.make(10, 2, noise, 1));
        }
        for (long seed : new long[] {-1, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE}) {
            rejects("Moons.make seed " + seed, "seed", () -> Moons.make(10, 0.1, seed));
        }
        for (int classes : new int[] {1, 0, -1, Integer.MIN_VALUE}) {
            rejects("Spirals.make classes " + classes, "classes", () -> Spirals.make(10, classes, 0.1, 1));
        }
        rejects("Spirals.make fewer points than classes", "nSamples", () -> Spirals.make(2, 3, 0.1, 1));
        gives("Moons.make one point (on the inner moon)", List.of(1, 1), () -> {
            Dataset one = Moons.make(1, 0.0, 1);
            return List.of(one.size(), one.label(0));
        });
    }

    private void autodiff() {
        Value one = Value.of(1, "one");
        for (double v : NOT_FINITE) {
            rejects("Value.of " + v, "data of w", () -> Value.of(v, "w"));
        }
        for (String label : new String[] {null, "", "  "}) {
            rejects("Value.of label " + deepString(label), "label", () -> Value.of(1, label));
        }
        rejects("plus null", "v", () -> one.plus(null));
        rejects("minus null", "v", () -> one.minus(null));
        rejects("times null", "v", () -> one.times(null));
        rejects("log 0", "log", () -> Value.of(0, "u").log());
        rejects("log negative", "log", () -> Value.of(-1, "u").log());
        rejects("exp overflow", "the result of exp", () -> Value.of(1000, "u").exp());
        rejects("times overflow", "the result of ×", () -> Value.of(BIG, "u").times(Value.of(BIG, "v")));
        rejects("plus overflow", "the result of +", () -> Value.of(Double.MAX_VALUE, "u").plus(
                Value.of(Double.MAX_VALUE, "v")));
        rejects("backward with an overflowing gradient", "the gradient ∂(×)/∂(x)", () -> {
            Value x = Value.of(1e-300, "x");
            x.log().times(Value.of(1e300, "c")).backward();
            return x.grad();
        });
        gives("backward through a chain of 10,000", 1.0, () -> {
            Value x = Value.of(0.0, "x");
            Value v = x;
            for (int i = 0; i < 10_000; i++) {
                v = v.plus(one);
            }
            v.backward();
            return x.grad();
        });
        gives("graph of a chain of 10,000 tanh", 10_001, () -> {
            Value v = Value.of(0.1, "x");
            for (int i = 0; i < 10_000; i++) {
                v = v.tanh();
            }
            return v.graph().size();
        });
        gives("the second backward on another root (documented: a keeps ∂(a·b)/∂a)", List.of(3.0, Math.exp(3.0)),
                () -> {
                    Value a = Value.of(2, "a");
                    Value b = Value.of(3, "b");
                    a.times(b).backward();
                    b.exp().backward();
                    return List.of(a.grad(), b.grad());
                });
    }

    private void cost() {
        for (int[] sizes : new int[][] {null, {}, {2}, {2, 0}, {-1, 2}}) {
            rejects("OperationCounts.allPathMultiplications " + deepString(sizes), "sizes",
                    () -> OperationCounts.allPathMultiplications(sizes));
            rejects("OperationCounts.backpropAdditions " + deepString(sizes), "sizes",
                    () -> OperationCounts.backpropAdditions(sizes));
            rejects("OperationCounts.allPathAdditions " + deepString(sizes), "sizes",
                    () -> OperationCounts.allPathAdditions(sizes));
        }
        int[] deep = new int[40];
        Arrays.fill(deep, 1000);
        rejects("allPathMultiplications beyond Long.MAX_VALUE", "sizes",
                () -> OperationCounts.allPathMultiplications(deep));
        rejects("allPathAdditions beyond Long.MAX_VALUE", "sizes", () -> OperationCounts.allPathAdditions(deep));
        int[] edge = {2, 1 << 20, 1 << 20, 1 << 20, 2};
        rejects("allPathMultiplications of 2^61 paths (paths fit, 7 · 2^61 does not)", "sizes",
                () -> OperationCounts.allPathMultiplications(new int[] {1, 2, 1 << 30, 1 << 30, 2}));
        gives("allPathAdditions near Long.MAX_VALUE (2^62 + 2^61 − 2^21)", (1L << 62) + (1L << 61) - (1L << 21),
                () -> OperationCounts.allPathAdditions(edge));
        Network deepNet = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 10, 10, 10, 10, 10, 10, 10, 10, 2);
        rejects("PathSum.derivative on a deep net", "the network's sizes", () -> new PathSum(deepNet,
                new double[] {0.5, -0.5}, 0).derivative(1, 0, 0, new OpCounter()));
        rejects("Measurement.of a deep net", "the network's sizes", () -> Measurement.of(new int[] {2, 10, 10, 10, 10,
                10, 10, 10, 10, 10, 2}, 1));
        double[] x = {0.5, -0.5};
        rejects("PathSum net null", "net", () -> new PathSum(null, x, 0));
        rejects("PathSum x short", "x", () -> new PathSum(tanh(), new double[1], 0));
        rejects("PathSum label", "label", () -> new PathSum(tanh(), x, 2));
        rejects("PathSum x NaN", "x[0][0]", () -> new PathSum(tanh(), new double[] {Double.NaN, 0}, 0));
        rejects("PathSum counter null", "counter", () -> new PathSum(tanh(), x, 0).derivative(1, 0, 0, null));
        rejects("PathSum weight l", "l", () -> new PathSum(tanh(), x, 0).derivative(3, 0, 0, new OpCounter()));
        rejects("PathSum weight j", "j", () -> new PathSum(tanh(), x, 0).derivative(1, 2, 0, new OpCounter()));
        rejects("PathSum weight k", "k", () -> new PathSum(tanh(), x, 0).derivative(1, 0, 4, new OpCounter()));
        rejects("CountedBackprop counter null", "counter", () -> new CountedBackprop(tanh(), x, 0).gradient(null));
        rejects("CountedBackprop label", "label", () -> new CountedBackprop(tanh(), x, -1));
        cases.add(new Case("CountedBackprop equals Backprop's equations bit for bit", () -> {
            Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 3, 2);
            CountedBackprop counted = new CountedBackprop(net, x, 1);
            double[][][] dW = counted.gradient(new OpCounter());
            Gradients g = net.backward(net.forward(new double[][] {x}), new int[] {1}, 0.0);
            for (int l = 1; l <= 3; l++) {
                for (int j = 0; j < dW[l].length; j++) {
                    assertArrayEquals(g.dW(l)[j], dW[l][j], 0.0);
                }
            }
        }));
    }
}
