package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backprop.Activation;
import backprop.Dataset;
import backprop.ForwardPass;
import backprop.Gradients;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import backprop.autodiff.Value;
import backprop.plot.BoundaryPlot;
import backprop.plot.ComputationGraph;
import backprop.plot.Curves;
import backprop.plot.DataPlot;
import backprop.plot.FigureText;
import backprop.plot.Inline;
import backprop.plot.NetworkDiagram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.plotly.components.Figure;

/**
 * Bad and extreme inputs over the public API of backprop-notebook, case by case. Each case either gives the exact
 * right answer (checked by its predicate), or throws an {@link IllegalArgumentException} whose message starts with the
 * name of the parameter at fault, or (only for {@link Check}, whose false claims stop a notebook) an
 * {@link AssertionError}. No other exception, and no case may run for 10 s (a hang guard, not a speed test).
 */
class InputSweepTest {

    private static final double MAX = Double.MAX_VALUE;

    /** One input: the call, and either the parameter it must be refused for or the test of its result. */
    record Case(String name, Callable<Object> call, String parameter, Predicate<Object> right, boolean fails) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case refuses(String name, String parameter, Callable<Object> call) {
        return new Case(name, call, parameter, null, false);
    }

    private static Case gives(String name, Predicate<Object> right, Callable<Object> call) {
        return new Case(name, call, null, right, false);
    }

    private static Case fails(String name, Callable<Object> call) {
        return new Case(name, call, null, null, true);
    }

    private static Predicate<Object> is(Object expected) {
        return r -> r instanceof double[][] m ? Arrays.deepEquals(m, (Object[]) expected)
                : r instanceof double[] v ? Arrays.equals(v, (double[]) expected) : expected.equals(r);
    }

    private static Predicate<Object> near(double expected, double relative) {
        return r -> Math.abs((Double) r - expected) <= relative * Math.abs(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachInputGivesTheRightAnswerOrIsRefusedByName(Case c) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Object result;
            try {
                result = c.call().call();
            } catch (IllegalArgumentException e) {
                assertTrue(c.parameter() != null, () -> c + " refused unexpectedly: " + e.getMessage());
                assertTrue(e.getMessage().startsWith(c.parameter()),
                        () -> c + ": the message must name " + c.parameter() + ", was: " + e.getMessage());
                return;
            } catch (AssertionError e) {
                assertTrue(c.fails() && e.getMessage().startsWith("✘"), () -> c + " failed: " + e);
                return;
            } catch (Throwable e) {
                fail(c + " threw a foreign " + e, e);
                return;
            }
            assertTrue(c.parameter() == null && !c.fails(), () -> c + " must be refused, returned " + result);
            assertTrue(c.right().test(result), () -> c + " returned a wrong result: " + result);
        });
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        format(all);
        spreadAndMatrices(all);
        moonsBayesAndProgress(all);
        checksAndAnswers(all);
        finiteDifferences(all);
        figures(all);
        diagrams(all);
        return all;
    }

    private static void format(List<Case> all) {
        all.add(refuses("Format.of %d with a text", "format", () -> Format.of("%d", "x")));
        all.add(refuses("Format.of null", "format", () -> Format.of(null)));
        all.add(refuses("Format.of with a missing argument", "format", () -> Format.of("%s %s", "a")));
        all.add(refuses("Format.of an unknown conversion", "format", () -> Format.of("%q", 1)));
        all.add(gives("Format.of %.3f", is("1.000"), () -> Format.of("%.3f", 1.0)));
        all.add(gives("Format.of %.0f of 1e308", is("1" + "0".repeat(308)), () -> Format.of("%.0f", 1e308)));
        all.add(refuses("Format.vector null", "v", () -> Format.vector(null)));
        all.add(gives("Format.vector empty", is("[]"), () -> Format.vector(new double[0])));
        all.add(gives("Format.vector NaN", is("[NaN, -0.500000]"), () -> Format.vector(new double[] {Double.NaN, -0.5})));
        all.add(refuses("Format.percent NaN", "fraction", () -> Format.percent(Double.NaN)));
        all.add(refuses("Format.percent ∞", "fraction", () -> Format.percent(Double.NEGATIVE_INFINITY)));
        all.add(gives("Format.percent 1e308", is("1" + "0".repeat(310) + ".0%"), () -> Format.percent(1e308)));
        all.add(gives("Format.percent 0.9712", is("97.1%"), () -> Format.percent(0.9712)));
        all.add(gives("Format.percent −0.5", is("-50.0%"), () -> Format.percent(-0.5)));
    }

    private static void spreadAndMatrices(List<Case> all) {
        all.add(refuses("Spread.mean null", "values", () -> Spread.mean((double[]) null)));
        all.add(refuses("Spread.mean one run", "values", () -> Spread.mean(new double[] {1})));
        all.add(refuses("Spread.mean NaN", "values", () -> Spread.mean(new double[] {1, Double.NaN})));
        all.add(refuses("Spread.sd ∞", "values", () -> Spread.sd(new double[] {1, Double.POSITIVE_INFINITY})));
        all.add(gives("Spread.mean 1e308, 1e308", is(1e308), () -> Spread.mean(new double[] {1e308, 1e308})));
        all.add(gives("Spread.mean −MAX, −MAX", is(-MAX), () -> Spread.mean(new double[] {-MAX, -MAX})));
        all.add(gives("Spread.mean MAX, −MAX", is(0.0), () -> Spread.mean(new double[] {MAX, -MAX})));
        all.add(gives("Spread.sd ±1e308", near(Math.sqrt(2) * 1e308, 1e-15),
                () -> Spread.sd(new double[] {1e308, -1e308})));
        all.add(refuses("Spread.sd ±MAX", "values", () -> Spread.sd(new double[] {MAX, -MAX})));
        all.add(gives("Spread.sd ±1e-200", near(Math.sqrt(2) * 1e-200, 1e-15),
                () -> Spread.sd(new double[] {1e-200, -1e-200})));
        all.add(gives("Spread.sd of equal values", is(0.0), () -> Spread.sd(new double[] {5, 5, 5})));
        all.add(gives("Spread.sd 1..4", near(Math.sqrt(5.0 / 3), 1e-15), () -> Spread.sd(new double[] {1, 2, 3, 4})));
        all.add(gives("Spread.sd MIN_VALUE, 0", near(Math.sqrt(0.5) * Double.MIN_VALUE, 1),
                () -> Spread.sd(new double[] {Double.MIN_VALUE, 0})));
        all.add(refuses("Spread.countGreater unequal runs", "a", () -> Spread.countGreater(new double[] {1, 2},
                new double[] {1, 2, 3})));
        all.add(refuses("Spread.countGreater null b", "b", () -> Spread.countGreater(new double[] {1, 2}, null)));
        all.add(gives("Spread.countGreater", is(1), () -> Spread.countGreater(new double[] {3, 1}, new double[] {2, 2})));
        all.add(refuses("Matrices.times null a", "a", () -> Matrices.times(null, new double[][] {{1}})));
        all.add(refuses("Matrices.times empty b", "b", () -> Matrices.times(new double[][] {{1}}, new double[0][])));
        all.add(refuses("Matrices.times mismatched", "a", () -> Matrices.times(new double[][] {{1, 2, 3}},
                new double[][] {{1}, {2}})));
        all.add(refuses("Matrices.times overflowing", "a b", () -> Matrices.times(new double[][] {{1e200}},
                new double[][] {{1e200}})));
        all.add(refuses("Matrices.times NaN", "a[0][0]", () -> Matrices.times(new double[][] {{Double.NaN}},
                new double[][] {{1}})));
        all.add(gives("Matrices.times 1×2 · 2×1", is(new double[][] {{11}}), () -> Matrices.times(
                new double[][] {{1, 2}}, new double[][] {{3}, {4}})));
        all.add(refuses("Matrices.times with a result of 1e8 entries", "a b", () -> Matrices.times(
                ones(100_000, 1), ones(1, 1_000))));
        all.add(refuses("Matrices.transpose ragged", "a[1]", () -> Matrices.transpose(new double[][] {{1, 2}, {3}})));
        all.add(refuses("Matrices.transpose null row", "a", () -> Matrices.transpose(new double[][] {null})));
        all.add(gives("Matrices.transpose", is(new double[][] {{1, 3}, {2, 4}}),
                () -> Matrices.transpose(new double[][] {{1, 2}, {3, 4}})));
        all.add(refuses("Matrices.scaled NaN", "s", () -> Matrices.scaled(Double.NaN, new double[][] {{1}})));
        all.add(refuses("Matrices.scaled overflowing", "s a", () -> Matrices.scaled(1e308, new double[][] {{10}})));
        all.add(refuses("Matrices.scaled null", "a", () -> Matrices.scaled(2, null)));
        all.add(gives("Matrices.scaled", is(new double[][] {{3}}), () -> Matrices.scaled(2, new double[][] {{1.5}})));
        all.add(gives("Spread.median of 3", is(2.0), () -> Spread.median(new double[] {3, 1, 2})));
        all.add(gives("Spread.median MAX, MAX", is(MAX), () -> Spread.median(new double[] {MAX, MAX})));
        all.add(refuses("Spread.median null", "values", () -> Spread.median(null)));
        all.add(refuses("Spread.median NaN", "values", () -> Spread.median(new double[] {1, Double.NaN})));
        all.add(refuses("Spread.differences MAX − (−MAX)", "a[0]", () -> Spread.differences(new double[] {MAX, 0},
                new double[] {-MAX, 0})));
        all.add(refuses("Paired.difference unequal runs", "a", () -> Paired.difference(new double[] {1, 2},
                new double[] {1, 2, 3})));
        all.add(gives("Paired.difference", r -> ((Paired) r).mean() == 1 && ((Paired) r).positive() == 2,
                () -> Paired.difference(new double[] {2, 3}, new double[] {1, 2})));
        double[][] max = {{MAX}};
        all.add(refuses("Matrices.plus overflowing", "a + b", () -> Matrices.plus(max, max)));
        all.add(gives("Matrices.plus", is(new double[][] {{4}}), () -> Matrices.plus(new double[][] {{1}},
                new double[][] {{3}})));
        all.add(refuses("Matrices.minus overflowing", "a − b", () -> Matrices.minus(max, new double[][] {{-MAX}})));
        all.add(refuses("Matrices.minus NaN b", "b[0][0]", () -> Matrices.minus(max, new double[][] {{Double.NaN}})));
        all.add(refuses("Matrices.minus mismatched", "a", () -> Matrices.minus(new double[][] {{1, 2}},
                new double[][] {{1}, {2}})));
        all.add(refuses("Matrices.hadamard overflowing", "a ⊙ b", () -> Matrices.hadamard(new double[][] {{1e200}},
                new double[][] {{1e200}})));
        all.add(refuses("Matrices.map null f", "f", () -> Matrices.map(max, null)));
        all.add(refuses("Matrices.map to NaN", "f", () -> Matrices.map(new double[][] {{-1}}, Math::log)));
        all.add(refuses("Matrices.map ∞ a", "a[0][0]", () -> Matrices.map(new double[][] {{Double.POSITIVE_INFINITY}},
                Math::tanh)));
        all.add(gives("Matrices.map", is(new double[][] {{0}}), () -> Matrices.map(new double[][] {{1}}, Math::log)));
        all.add(refuses("Matrices.plusRow two rows", "b", () -> Matrices.plusRow(max, new double[][] {{1}, {2}})));
        all.add(refuses("Matrices.plusRow overflowing", "a + 1 b", () -> Matrices.plusRow(max, max)));
        all.add(refuses("Matrices.columnSums overflowing", "1ᵀ a", () -> Matrices.columnSums(new double[][] {{MAX},
                {MAX}})));
        all.add(refuses("Matrices.sum overflowing", "Σ a", () -> Matrices.sum(new double[][] {{MAX, MAX}})));
        all.add(gives("Matrices.sum", is(10.0), () -> Matrices.sum(new double[][] {{1, 2}, {3, 4}})));
        all.add(refuses("Matrices.softmaxRows NaN", "z[0][1]", () -> Matrices.softmaxRows(new double[][] {{0,
                Double.NaN}})));
        all.add(gives("Matrices.softmaxRows ±1e308", is(new double[][] {{1, 0}}),
                () -> Matrices.softmaxRows(new double[][] {{1e308, -1e308}})));
        all.add(refuses("Matrices.oneHot null", "labels", () -> Matrices.oneHot(null, 2)));
        all.add(refuses("Matrices.oneHot 0 classes", "classes", () -> Matrices.oneHot(new int[] {0}, 0)));
        all.add(refuses("Matrices.oneHot label MIN_VALUE", "labels[0]", () -> Matrices.oneHot(
                new int[] {Integer.MIN_VALUE}, 2)));
        all.add(refuses("Matrices.oneHot of 1e8 entries", "labels", () -> Matrices.oneHot(new int[100_000],
                1_000)));
        all.add(refuses("Matrices.oneHot of MAX_VALUE classes", "labels", () -> Matrices.oneHot(new int[] {0},
                Integer.MAX_VALUE)));
        all.add(refuses("Matrices.flatten null", "matrices", () -> Matrices.flatten((double[][][]) null)));
        all.add(refuses("Matrices.flatten ∞", "matrices[1][0][0]", () -> Matrices.flatten(max,
                new double[][] {{Double.NEGATIVE_INFINITY}})));
        all.add(gives("Matrices.flatten", is(new double[] {1, 2, 3}), () -> Matrices.flatten(new double[][] {{1, 2}},
                new double[][] {{3}})));
    }

    private static double[][] ones(int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            Arrays.fill(row, 1);
        }
        return m;
    }

    private static void moonsBayesAndProgress(List<Case> all) {
        MoonsBayes bayes = new MoonsBayes(0.2, 101);
        all.add(refuses("MoonsBayes nodes MAX_VALUE", "nodes", () -> new MoonsBayes(0.2, Integer.MAX_VALUE)));
        all.add(refuses("MoonsBayes nodes 1", "nodes", () -> new MoonsBayes(0.2, 1)));
        all.add(refuses("MoonsBayes noise 0", "noise", () -> new MoonsBayes(0, 10)));
        all.add(refuses("MoonsBayes noise NaN", "noise", () -> new MoonsBayes(Double.NaN, 10)));
        all.add(refuses("MoonsBayes noise ∞", "noise", () -> new MoonsBayes(Double.POSITIVE_INFINITY, 10)));
        all.add(refuses("MoonsBayes noise 1e-200", "noise", () -> new MoonsBayes(1e-200, 10)));
        all.add(refuses("MoonsBayes noise 1e200", "noise", () -> new MoonsBayes(1e200, 10)));
        all.add(refuses("MoonsBayes.integrals 1e-9", "spacing", () -> bayes.integrals(1e-9)));
        all.add(refuses("MoonsBayes.integrals MIN_VALUE", "spacing", () -> bayes.integrals(Double.MIN_VALUE)));
        all.add(refuses("MoonsBayes.integrals NaN", "spacing", () -> bayes.integrals(Double.NaN)));
        all.add(refuses("MoonsBayes.integrals wider than the noise", "spacing", () -> bayes.integrals(0.3)));
        all.add(refuses("MoonsBayes.predict NaN", "x1", () -> bayes.predict(0, Double.NaN)));
        all.add(refuses("MoonsBayes.predict ∞", "x1", () -> bayes.predict(Double.POSITIVE_INFINITY, 0)));
        all.add(gives("MoonsBayes.predict far away: both densities 0, class 0", is(0), () -> bayes.predict(1e300, 0)));
        all.add(gives("MoonsBayes.predict on moon 1", is(1), () -> bayes.predict(1, -0.5)));
        // the midpoint rule on a Gaussian of spacing s is exact to e^(−2π²) ≈ 3e-9 of the mass
        all.add(gives("MoonsBayes masses at spacing s", r -> Math.abs(((double[]) r)[0] - 1) < 1e-6
                && Math.abs(((double[]) r)[1] - 1) < 1e-6, () -> bayes.integrals(0.2)));
        all.add(gives("MoonsBayes masses at noise 1e100", r -> Math.abs(((double[]) r)[0] - 1) < 1e-6,
                () -> new MoonsBayes(1e100, 3).integrals(1e100)));
    }

    private static void checksAndAnswers(List<Case> all) {
        all.add(refuses("Check.that null claim", "claim", () -> run(() -> Check.that(null, true))));
        all.add(refuses("Check.that blank claim", "claim", () -> run(() -> Check.that("  ", true))));
        all.add(fails("Check.that false", () -> run(() -> Check.that("c", false))));
        all.add(refuses("Check.close tolerance 0", "tolerance", () -> run(() -> Check.close("c", 1, 1, 0))));
        all.add(refuses("Check.close tolerance NaN", "tolerance", () -> run(() -> Check.close("c", 1, 1, Double.NaN))));
        all.add(refuses("Check.close tolerance ∞", "tolerance",
                () -> run(() -> Check.close("c", 1, 1, Double.POSITIVE_INFINITY))));
        all.add(fails("Check.close NaN", () -> run(() -> Check.close("c", Double.NaN, 1, 1e-9))));
        all.add(fails("Check.close ±1e308", () -> run(() -> Check.close("c", 1e308, -1e308, 1))));
        all.add(gives("Check.close equal", r -> true, () -> run(() -> Check.close("c", 1e308, 1e308, 1e-15))));
        all.add(refuses("Check.close vectors of unequal length", "actual",
                () -> run(() -> Check.close("c", new double[] {1}, new double[] {1, 2}, 1e-9))));
        all.add(refuses("Check.close null vector", "actual",
                () -> run(() -> Check.close("c", (double[]) null, new double[] {1}, 1e-9))));
        all.add(refuses("Check.close null expected matrix", "expected",
                () -> run(() -> Check.close("c", new double[][] {{1}}, null, 1e-9))));
        all.add(refuses("Check.close ragged matrix", "actual[0]",
                () -> run(() -> Check.close("c", new double[][] {{1}}, new double[][] {{1, 2}}, 1e-9))));
        all.add(refuses("Check.maxAbsDiff unequal", "a", () -> Check.maxAbsDiff(new double[] {1}, new double[] {1, 2})));
        all.add(refuses("Check.maxAbsDiff null", "a", () -> Check.maxAbsDiff((double[]) null, new double[] {1})));
        all.add(refuses("Check.maxAbsDiff null rows", "b", () -> Check.maxAbsDiff(new double[][] {{1}}, null)));
        // 2e308 rounds to +∞ in IEEE arithmetic: the correctly rounded difference, larger than any tolerance
        all.add(gives("Check.maxAbsDiff ±1e308", is(Double.POSITIVE_INFINITY),
                () -> Check.maxAbsDiff(new double[] {1e308}, new double[] {-1e308})));
        all.add(gives("Answer.close null", is(false), () -> Answer.close("E", (Double) null, 1, 1e-9, "h")));
        all.add(gives("Answer.close NaN", is(false), () -> Answer.close("E", Double.NaN, 1, 1e-9, "h")));
        all.add(gives("Answer.close ∞", is(false), () -> Answer.close("E", Double.POSITIVE_INFINITY, 1, 1e-9, "h")));
        all.add(gives("Answer.close right", is(true), () -> Answer.close("E", 1.0, 1, 1e-9, null)));
        all.add(gives("Answer.close vector of another length", is(false),
                () -> Answer.close("E", new double[] {1}, new double[] {1, 2}, 1e-9, "h")));
        all.add(gives("Answer.close vector without expected", is(false),
                () -> Answer.close("E", new double[] {1}, null, 1e-9, "h")));
        all.add(gives("Answer.close ragged matrix", is(false),
                () -> Answer.close("E", new double[][] {{1}, null}, new double[][] {{1}, {2}}, 1e-9, "h")));
        all.add(gives("Answer.that throwing predicate", is(false), () -> Answer.that("E", "x", s -> {
            throw new IllegalStateException("learner's bug");
        }, "h")));
        all.add(gives("Answer.that stack overflow", is(false), () -> Answer.that("E", 1, InputSweepTest::deep, "h")));
        all.add(gives("Answer.that right", is(true), () -> Answer.that("E", 1, i -> i == 1, null)));
    }

    private static boolean deep(Integer i) {
        return deep(i + 1);
    }

    private static Object run(Runnable r) {
        r.run();
        return "done";
    }

    private static void finiteDifferences(List<Case> all) {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 3, 2);
        Dataset d = Moons.make(10, 0.2, 1);
        all.add(refuses("FiniteDifferences net null", "net", () -> FiniteDifferences.gradient(null, d, 0, 1e-5)));
        all.add(refuses("FiniteDifferences d null", "d", () -> FiniteDifferences.gradient(net, null, 0, 1e-5)));
        all.add(refuses("FiniteDifferences ε 0", "epsilon", () -> FiniteDifferences.gradient(net, d, 0, 0)));
        all.add(refuses("FiniteDifferences ε NaN", "epsilon", () -> FiniteDifferences.gradient(net, d, 0, Double.NaN)));
        all.add(refuses("FiniteDifferences ε ∞", "epsilon", () -> FiniteDifferences.gradient(net, d, 0, Double.POSITIVE_INFINITY)));
        all.add(refuses("FiniteDifferences ε 1e-300 moves no weight", "epsilon", () -> FiniteDifferences.gradient(net, d, 0, 1e-300)));
        all.add(refuses("FiniteDifferences ε MAX overflows", "epsilon", () -> FiniteDifferences.gradient(net, d, 0, MAX)));
        all.add(refuses("FiniteDifferences l2 −1", "l2", () -> FiniteDifferences.gradient(net, d, -1, 1e-5)));
        all.add(refuses("FiniteDifferences d of 3 features", "d", () -> FiniteDifferences.gradient(net,
                new Dataset(new double[][] {{1, 2, 3}}, new int[] {0}, 2), 0, 1e-5)));
        Gradients g = net.gradients(d, 1e-3);
        // central differences with ε = 1e-5: truncation ~ε²·L‴ and rounding ~1e-16/ε, both far below 1e-8
        all.add(gives("FiniteDifferences agrees with backprop", r -> Check.maxAbsDiff((double[]) r,
                g.gradient().toArray()) < 1e-8, () -> FiniteDifferences.gradient(net, d, 1e-3, 1e-5)));
    }

    private static Dataset points(double... xy) {
        double[][] x = new double[xy.length / 2][];
        int[] labels = new int[x.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = new double[] {xy[2 * n], xy[2 * n + 1]};
            labels[n] = n % 2;
        }
        return new Dataset(x, labels, 2);
    }

    private static double[] xs(Figure f) {
        return new FigureText(f).numbers(0, "x");
    }

    private static void figures(List<Case> all) {
        Dataset d = Moons.make(20, 0.2, 1);
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        Dataset wide = new Dataset(new double[][] {{1, 2, 3}, {3, 2, 1}}, new int[] {0, 1}, 2);
        double[] x = {1, 2};
        Map<String, double[]> series = Map.of("a", new double[] {1, 2});
        all.add(refuses("DataPlot d null", "d", () -> DataPlot.scatter(null, "t")));
        all.add(refuses("DataPlot 3 features", "d", () -> DataPlot.scatter(wide, "t")));
        all.add(refuses("DataPlot title null", "title", () -> DataPlot.scatter(d, null)));
        all.add(gives("DataPlot x = 1e16 drawn at 1e16", r -> xs((Figure) r)[0] == 1e16,
                () -> DataPlot.scatter(points(1e16, 0, 1, 1), "t")));
        all.add(gives("DataPlot x = −MAX drawn at −MAX", r -> xs((Figure) r)[0] == -MAX,
                () -> DataPlot.scatter(points(-MAX, 0, 1, 1), "t")));
        all.add(gives("DataPlot x = 123456.123456 to 4 decimals", r -> xs((Figure) r)[0] == 123456.1235,
                () -> DataPlot.scatter(points(123456.123456, 0, 1, 1), "t")));
        all.add(refuses("Curves title null", "title", () -> Curves.lines(null, "x", "y", x, series)));
        all.add(refuses("Curves xLabel null", "xLabel", () -> Curves.lines("t", null, "y", x, series)));
        all.add(refuses("Curves x null", "x", () -> Curves.lines("t", "x", "y", null, series)));
        all.add(refuses("Curves x empty", "x", () -> Curves.lines("t", "x", "y", new double[0], series)));
        all.add(refuses("Curves x NaN", "x[1]", () -> Curves.lines("t", "x", "y", new double[] {1, Double.NaN},
                series)));
        all.add(refuses("Curves series null", "series", () -> Curves.lines("t", "x", "y", x, null)));
        all.add(refuses("Curves series empty", "series", () -> Curves.lines("t", "x", "y", x, Map.of())));
        all.add(refuses("Curves series too short", "series \"a\"", () -> Curves.lines("t", "x", "y", x,
                Map.of("a", new double[] {1}))));
        all.add(refuses("Curves series ∞", "series \"a\"", () -> Curves.lines("t", "x", "y", x,
                Map.of("a", new double[] {1, Double.NEGATIVE_INFINITY}))));
        Map<String, double[]> nullKey = new HashMap<>();
        nullKey.put(null, new double[] {1, 2});
        all.add(refuses("Curves null series key", "series key", () -> Curves.lines("t", "x", "y", x, nullKey)));
        all.add(gives("Curves values of 1e16 exact", r -> new FigureText((Figure) r).numbers(0, "y")[1] == 1e16 + 2,
                () -> Curves.lines("t", "x", "y", x, Map.of("a", new double[] {1, 1e16 + 2}))));
        all.add(refuses("Curves.medianAndRange ∞ in x", "x[0]", () -> Curves.medianAndRange("t", "x", "y",
                new double[] {Double.POSITIVE_INFINITY, 1}, Map.of("a", new double[][] {{1, 2}, {3, 4}}), false, false)));
        all.add(refuses("Curves.logLog title null", "title", () -> Curves.logLog(null, Map.of("a",
                new double[] {1, 0.5}))));
        all.add(refuses("Curves.logLog losses null", "losses", () -> Curves.logLog("t", null)));
        all.add(refuses("Curves.logLog NaN", "losses \"a\"", () -> Curves.logLog("t", Map.of("a",
                new double[] {1, Double.NaN}))));
        all.add(refuses("Curves.logLog zero", "losses \"a\"", () -> Curves.logLog("t", Map.of("a",
                new double[] {1, 0}))));
        all.add(gives("Curves.logLog 1e-300 drawn", r -> new FigureText((Figure) r).numbers(0, "y")[0] == 1e-300,
                () -> Curves.logLog("t", Map.of("a", new double[] {1, 1e-300}))));
        all.add(refuses("Curves.medianAndRange no positive x on a log axis", "x", () -> Curves.medianAndRange(
                "t", "x", "y", new double[] {0, -1}, Map.of("a", new double[][] {{1, 2}, {3, 4}}), true, false)));
        all.add(refuses("Curves.medianAndRange NaN run", "runs \"a\"", () -> Curves.medianAndRange("t",
                "x", "y", x, Map.of("a", new double[][] {{1, Double.NaN}, {3, 4}}), false, false)));
        all.add(gives("Curves.medianAndRange of 1e-300 on log axes",
                r -> new FigureText((Figure) r).numbers(2, "y")[0] == 1e-300, () -> Curves.medianAndRange("t",
                        "x", "y", x, Map.of("a", new double[][] {{1e-300, 1}, {1e-300, 1}, {1e-300, 2}}), true, true)));
        Map<String, double[][]> runs = Map.of("a", new double[][] {{1, 2}, {3, 4}});
        all.add(refuses("Curves.medianAndRange title null", "title", () -> Curves.medianAndRange(null, "x", "y", x, runs, false,
                false)));
        all.add(refuses("Curves.medianAndRange yLabel null", "yLabel", () -> Curves.medianAndRange("t", "x", null, x, runs, false,
                false)));
        all.add(refuses("Curves.medianAndRange x null", "x", () -> Curves.medianAndRange("t", "x", "y", null, runs, false, false)));
        all.add(refuses("Curves.medianAndRange one run", "runs \"a\"", () -> Curves.medianAndRange("t", "x", "y", x,
                Map.of("a", new double[][] {{1, 2}}), false, false)));
        all.add(refuses("Curves.medianAndRange ragged runs", "runs \"a\"[1]", () -> Curves.medianAndRange("t", "x",
                "y", x, Map.of("a", new double[][] {{1, 2}, {3}}), false, false)));
        all.add(gives("Curves.medianAndRange 1e-300 drawn", r -> new FigureText((Figure) r).numbers(2, "y")[0] == 2e-300,
                () -> Curves.medianAndRange("t", "x", "y", x, Map.of("a", new double[][] {{1e-300, 1}, {3e-300, 1}}),
                        false, false)));
        all.add(gives("Curves.medianAndRange median of ±1e308 drawn at 0",
                r -> new FigureText((Figure) r).numbers(2, "y")[0] == 0, () -> Curves.medianAndRange("t", "x", "y", x,
                        Map.of("a", new double[][] {{1e308, 1}, {-1e308, 1}}), false, false)));
        all.add(refuses("Curves.medianAndRange 0 on a log y axis", "runs", () -> Curves.medianAndRange("t", "x", "y",
                x, Map.of("a", new double[][] {{0, 1}, {1, 1}}), false, true)));
        all.add(refuses("BoundaryPlot net null", "net", () -> BoundaryPlot.decisionBoundary(null, d, 10, "t")));
        all.add(refuses("BoundaryPlot gridSize 1", "gridSize", () -> BoundaryPlot.decisionBoundary(net, d, 1, "t")));
        all.add(refuses("BoundaryPlot gridSize MAX_VALUE", "gridSize", () -> BoundaryPlot.decisionBoundary(net, d,
                Integer.MAX_VALUE, "t")));
        all.add(refuses("BoundaryPlot 3 inputs", "net", () -> BoundaryPlot.decisionBoundary(
                Network.create(Activation.TANH, Init.XAVIER, 1, 3, 2), d, 10, "t")));
        all.add(refuses("BoundaryPlot title null", "title", () -> BoundaryPlot.decisionBoundary(net, d, 10, null)));
        all.add(refuses("BoundaryPlot data spanning ±MAX", "d", () -> BoundaryPlot.decisionBoundary(net,
                points(-MAX, 0, MAX, 1), 10, "t")));
        all.add(refuses("BoundaryPlot.regions other class count", "net", () -> BoundaryPlot.regions(
                Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3), d, 10, "t")));
        all.add(refuses("BoundaryPlot.regions gridSize −1", "gridSize", () -> BoundaryPlot.regions(net, d, -1, "t")));
        all.add(refuses("Inline.plot null", "figure", () -> Inline.plot(null)));
        all.add(refuses("Inline.html null", "figure", () -> Inline.html(null)));
        all.add(refuses("Inline.svg null", "svg", () -> Inline.svg(null)));
        Figure f = DataPlot.scatter(d, "t");
        all.add(refuses("Inline.row null", "figures", () -> Inline.row(null)));
        all.add(refuses("Inline.row empty", "figures", () -> Inline.row(List.of())));
        all.add(refuses("Inline.row null figure", "figures[1]", () -> Inline.row(Arrays.asList(f, null))));
        all.add(gives("Inline.row of two", r -> r.toString().equals("plot: t\nplot: t"), () -> Inline.row(List.of(f, f))));
        all.add(refuses("BoundaryPlot.small net null", "net", () -> BoundaryPlot.small(null, d, "t")));
        all.add(refuses("BoundaryPlot.small title null", "title", () -> BoundaryPlot.small(net, d, null)));
        all.add(refuses("BoundaryPlot.small data spanning ±MAX", "d", () -> BoundaryPlot.small(net,
                points(-MAX, 0, MAX, 1), "t")));
        all.add(refuses("Inline.svg of HTML", "svg", () -> Inline.svg("<div>")));
        all.add(gives("Inline.svg of a diagram", r -> r.toString().equals("diagram: g"),
                () -> Inline.svg(ComputationGraph.svg(Value.of(1, "a"), "g"))));
    }

    private static void diagrams(List<Case> all) {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        double[][] x = {{1, 2}, {-1, 0.5}};
        int[] labels = {0, 1};
        ForwardPass pass = net.forward(x);
        Gradients g = net.backward(pass, labels, 0);
        Network stepped = net.copy();
        stepped.setBiases(1, new double[] {0, 0, Math.ulp(1.0)});
        all.add(refuses("NetworkDiagram title null", "title", () -> NetworkDiagram.forward(null, net, pass, 0)));
        all.add(refuses("NetworkDiagram network null", "network", () -> NetworkDiagram.forward("t", null, pass, 0)));
        all.add(refuses("NetworkDiagram pass null", "pass", () -> NetworkDiagram.forward("t", net, null, 0)));
        all.add(refuses("NetworkDiagram sample −1", "sample", () -> NetworkDiagram.forward("t", net, pass, -1)));
        all.add(refuses("NetworkDiagram sample N", "sample", () -> NetworkDiagram.forward("t", net, pass, 2)));
        all.add(refuses("NetworkDiagram sample MIN_VALUE", "sample", () -> NetworkDiagram.forward("t", net, pass,
                Integer.MIN_VALUE)));
        all.add(refuses("NetworkDiagram labels too few", "labels", () -> NetworkDiagram.forward("t", net, pass,
                new int[] {0}, 0)));
        all.add(refuses("NetworkDiagram label 2", "labels[1]", () -> NetworkDiagram.forward("t", net, pass,
                new int[] {0, 2}, 0)));
        all.add(refuses("NetworkDiagram label MIN_VALUE", "labels[0]", () -> NetworkDiagram.forward("t", net, pass,
                new int[] {Integer.MIN_VALUE, 0}, 0)));
        all.add(refuses("NetworkDiagram pass of weights one ulp away", "pass", () -> NetworkDiagram.forward("t",
                stepped, pass, 0)));
        all.add(refuses("NetworkDiagram 9 neurons", "network", () -> NetworkDiagram.forward("t",
                Network.create(Activation.TANH, Init.XAVIER, 1, 2, 9, 2), pass, 0)));
        all.add(refuses("NetworkDiagram gradients null", "gradients", () -> NetworkDiagram.backward("t", net, pass,
                labels, null, 0)));
        all.add(refuses("NetworkDiagram gradients of other labels", "gradients", () -> NetworkDiagram.backward("t",
                net, pass, new int[] {1, 1}, g, 0)));
        all.add(gives("NetworkDiagram backward", r -> ((String) r).startsWith("<svg"),
                () -> NetworkDiagram.backward("t", net, pass, labels, g, 1)));
        Value leaf = Value.of(0.5, "x");
        Value deep = leaf;
        for (int i = 0; i < 10_000; i++) {
            deep = deep.tanh();
        }
        Value tall = deep;
        Value fed = leaf;
        for (int i = 0; i < 300; i++) {
            fed = fed.plus(leaf);
        }
        Value longSum = fed;
        all.add(refuses("ComputationGraph root null", "root", () -> ComputationGraph.svg(null, "t")));
        all.add(refuses("ComputationGraph title null", "title", () -> ComputationGraph.svg(leaf, null)));
        all.add(refuses("ComputationGraph depth 10,000", "root", () -> ComputationGraph.svg(tall, "t")));
        all.add(gives("ComputationGraph x added 300 times, linear in size", r -> ((String) r).length() < 901 * 1_000,
                () -> ComputationGraph.svg(longSum, "t")));
        all.add(gives("ComputationGraph of a leaf", r -> ((String) r).contains("value 0.500"),
                () -> ComputationGraph.svg(leaf, "t")));
    }

    @org.junit.jupiter.api.Test
    void theSweepHasAtLeastAHundredCases() {
        assertTrue(cases().size() >= 100, "cases: " + cases().size());
        assertEquals(cases().size(), cases().stream().map(Case::name).distinct().count(), "case names are unique");
    }
}
