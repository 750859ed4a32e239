package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Dataset MOONS = Moons.make(300, 0.2, 5);

    /** One full-batch epoch is exactly w ← w − η (dW + λw), b ← b − η db with the reference gradients. */
    @Test
    void oneFullBatchEpochIsOneGradientStep() {
        Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 3, 2, 4, 3, 2);
        Network expected = net.copy();
        Gradients g = expected.gradients(MOONS, 0.05);
        for (int l = 1; l <= 3; l++) {
            double[][] w = expected.weights(l);
            double[][] dW = g.dW(l);
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    w[j][k] -= 0.3 * dW[j][k];
                }
            }
            double[] b = expected.biases(l);
            for (int k = 0; k < b.length; k++) {
                b[k] -= 0.3 * g.db(l)[k];
            }
            expected.setWeights(l, w);
            expected.setBiases(l, b);
        }
        Trainer.builder().learningRate(0.3).l2(0.05).epochs(1).build().fit(net, MOONS, null);
        for (int l = 1; l <= 3; l++) {
            for (int j = 0; j < net.sizes()[l - 1]; j++) {
                assertArrayEquals(expected.weights(l)[j], net.weights(l)[j], 1e-14);
            }
            assertArrayEquals(expected.biases(l), net.biases(l), 1e-14);
        }
    }

    @Test
    void fullBatchTrainingLowersTheLossAndRecordsHistory() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2);
        Split split = Split.of(MOONS, 0.25, 1);
        History h = Trainer.builder().learningRate(0.5).epochs(1000).recordEvery(100).build()
                .fit(net, split.train(), split.test());
        assertArrayEquals(new int[] {0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}, h.epochs());
        assertTrue(h.trainLoss()[10] < 0.5 * h.trainLoss()[0], h.toString());
        assertTrue(h.trainAccuracy()[10] > 0.9, h.toString());
        assertEquals(net.accuracy(split.test()), h.testAccuracy()[10], 1e-15);
        assertEquals(net.loss(split.train(), 0.0), h.trainLoss()[10], 1e-12);
        assertTrue(h.toString().contains("test"), h.toString());
    }

    @Test
    void withoutTestSetTheTestSeriesAreEmpty() {
        History h = Trainer.builder().epochs(0).build()
                .fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), MOONS, null);
        assertArrayEquals(new int[] {0}, h.epochs());
        assertEquals(0, h.testLoss().length);
    }

    @Test
    void miniBatchTrainingIsSeededAndLearns() {
        Trainer.Builder b = Trainer.builder().learningRate(0.1).batchSize(16).epochs(50);
        Network first = Network.create(Activation.RELU, Init.HE, 2, 2, 8, 2);
        Network second = first.copy();
        Network other = first.copy();
        History h = b.seed(4).build().fit(first, MOONS, null);
        b.seed(4).build().fit(second, MOONS, null);
        b.seed(5).build().fit(other, MOONS, null);
        assertArrayEquals(first.weights(2)[3], second.weights(2)[3], 0.0);
        assertNotEquals(first.weights(2)[3][0], other.weights(2)[3][0]);
        assertTrue(h.trainAccuracy()[h.epochs().length - 1] > 0.85, h.toString());
    }

    @Test
    void batchSizeOfAtLeastNIsFullBatch() {
        Network a = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        Network b = a.copy();
        Trainer.builder().epochs(20).batchSize(300).build().fit(a, MOONS, null);
        Trainer.builder().epochs(20).batchSize(Trainer.FULL_BATCH).build().fit(b, MOONS, null);
        assertArrayEquals(a.weights(1)[1], b.weights(1)[1], 0.0);
    }

    /** Per-group partial sums added in a fixed order: any thread count gives bit-identical weights. */
    @Test
    void threadCountDoesNotChangeTheResult() {
        Dataset big = Moons.make(6000, 0.2, 9);
        Network one = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 2);
        Network two = one.copy();
        Network three = one.copy();
        Trainer.builder().epochs(30).threads(1).build().fit(one, big, null);
        Trainer.builder().epochs(30).threads(2).build().fit(two, big, null);
        Trainer.builder().epochs(30).threads(3).batchSize(2500).build().fit(three, big, null);
        for (int j = 0; j < 16; j++) {
            assertArrayEquals(one.weights(2)[j], two.weights(2)[j], 0.0);
        }
        assertArrayEquals(one.biases(1), two.biases(1), 0.0);
        Network threeAlone = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 2);
        Trainer.builder().epochs(30).threads(1).batchSize(2500).build().fit(threeAlone, big, null);
        assertArrayEquals(threeAlone.biases(1), three.biases(1), 0.0);
    }

    @Test
    void divergenceNamesTheEpochAndTheCure() {
        Network net = Network.create(Activation.RELU, Init.HE, 1, 2, 16, 16, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Trainer.builder()
                .learningRate(1e150).epochs(100).build().fit(net, MOONS, null));
        assertTrue(e.getMessage().matches(".*epoch \\d+.*") && e.getMessage().contains("lower the learning rate"),
                e.getMessage());
        assertTrue(Arrays.stream(net.parameters().toArray()).allMatch(Double::isFinite), "the network keeps finite weights");
    }

    /**
     * A saturating tanh net at η = 1e300 used to "complete" with a loss of 1.6e300: the loss now counts as diverged
     * once it exceeds 100 × its start, and the message names epoch, η and λ; the weights stay finite.
     */
    @Test
    void saturatingRunAtAHugeLearningRateStopsAndKeepsFiniteWeights() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Trainer.builder()
                .learningRate(1e300).epochs(50).recordEvery(1).build().fit(net, MOONS, null));
        assertTrue(e.getMessage().startsWith("training diverged at epoch ")
                && e.getMessage().contains("η = 1.0E300") && e.getMessage().contains("λ = 0.0"), e.getMessage());
        assertTrue(Arrays.stream(net.parameters().toArray()).allMatch(Double::isFinite));
    }

    /** When η·λ ≥ 2 the decay term alone blows the weights up: the message blames λ, not only η. */
    @Test
    void divergenceCausedByL2SaysSo() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Trainer.builder()
                .learningRate(10).l2(0.5).epochs(400).recordEvery(1).build().fit(net, MOONS, null));
        assertTrue(e.getMessage().contains("λ = 0.5") && e.getMessage().contains("lower λ"), e.getMessage());
    }

    /** Silent; the History holds the recorded epochs: every k-th and the last. */
    @Test
    void silentAndRecordsEveryKthEpochAndTheLast() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        String out = captureOut(() -> Trainer.builder().epochs(200).build().fit(net.copy(), MOONS, MOONS));
        assertEquals("", out);
        History h = Trainer.builder().epochs(200).recordEvery(50).build().fit(net.copy(), MOONS, null);
        assertArrayEquals(new int[] {0, 50, 100, 150, 200}, h.epochs());
        assertEquals(0, h.testLoss().length);
        h = Trainer.builder().epochs(10).recordEvery(3).build().fit(net.copy(), MOONS, MOONS);
        assertArrayEquals(new int[] {0, 3, 6, 9, 10}, h.epochs());
        assertEquals(5, h.testAccuracy().length);
        assertTrue(h.toString().contains("test loss"), h.toString());
    }

    /** A listener is told exactly the recorded points, in order, as the History holds them; its exception stops. */
    @Test
    void theListenerIsToldEveryRecordedPoint() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        List<TrainingListener.Progress> seen = new ArrayList<>();
        History h = Trainer.builder().stage(6, 0.3).stage(4, 0.03).recordEvery(3).listener(seen::add).build()
                .fit(net.copy(), MOONS, MOONS);
        assertEquals(List.of(0, 3, 6, 9, 10), seen.stream().map(TrainingListener.Progress::epoch).toList());
        assertEquals(seen, h.points());
        assertEquals(h.testLoss()[3], seen.get(3).testLoss(), 0.0);
        assertEquals(List.of(0.3, 0.3, 0.3, 0.03, 0.03),
                seen.stream().map(TrainingListener.Progress::learningRate).toList());
        assertTrue(seen.get(4).toString().startsWith("epoch 10/10  η 0.03  train loss"), seen.get(4).toString());
        RuntimeException stop = new RuntimeException("stop");
        assertSame(stop, assertThrows(RuntimeException.class, () -> Trainer.builder().epochs(10).listener(p -> {
            throw stop;
        }).build().fit(net.copy(), MOONS, null)));
        assertMessage(() -> Trainer.builder().listener(null), "listener");
    }

    /**
     * Two threads fitting one network at once would interleave their steps on the same θ: while one holds it (as
     * a fit does), a fit from another thread fails fast, naming the cause, and changes nothing.
     */
    @Test
    void oneNetworkFittedFromTwoThreadsAtOnceFailsFast() throws Exception {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 4, 2);
        Network alone = net.copy();
        Trainer.builder().epochs(30).build().fit(alone, MOONS, null);
        IllegalStateException[] e = new IllegalStateException[1];
        try (Network.Claim held = net.use("fit")) {
            Thread second = new Thread(() -> e[0] = assertThrows(IllegalStateException.class,
                    () -> Trainer.builder().epochs(30).build().fit(net, MOONS, null)));
            second.start();
            second.join();
        }
        assertTrue(e[0].getMessage().startsWith("Network is not thread-safe: fit on thread"), e[0].getMessage());
        Trainer.builder().epochs(30).build().fit(net, MOONS, null);
        assertArrayEquals(alone.parameters().toArray(), net.parameters().toArray(), 0.0);
    }

    /** "20 epochs at 0.3 then 10 at 0.03" in one fit equals the two fits one after the other (full batch). */
    @Test
    void aScheduleInStagesIsOneFit() {
        Network staged = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 5, 2);
        Network twice = staged.copy();
        History h = Trainer.builder().stage(20, 0.3).stage(10, 0.03).recordEvery(1).build().fit(staged, MOONS, null);
        Trainer.builder().learningRate(0.3).epochs(20).build().fit(twice, MOONS, null);
        Trainer.builder().learningRate(0.03).epochs(10).build().fit(twice, MOONS, null);
        assertArrayEquals(twice.parameters().toArray(), staged.parameters().toArray(), 0.0);
        assertEquals(31, h.epochs().length);
        assertMessage(() -> Trainer.builder().stage(10, 0.3).learningRate(0.1).build(), "stage");
        assertMessage(() -> Trainer.builder().epochs(5).stage(10, 0.3).build(), "stage");
        assertMessage(() -> Trainer.builder().stage(0, 0.3), "epochs");
        assertMessage(() -> Trainer.builder().stage(5, -1), "learningRate");
        assertMessage(() -> Trainer.builder().stage(Integer.MAX_VALUE, 0.3).stage(1, 0.1), "epochs");
    }

    /** The history grows as recorded: 100 epochs recorded every epoch are 101 points. */
    @Test
    void everyEpochRecordedGivesOnePointEach() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        History h = Trainer.builder().epochs(100).recordEvery(1).build().fit(net, MOONS, null);
        assertEquals(101, h.epochs().length);
    }

    @Test
    void rejectsBadArguments() {
        assertMessage(() -> Trainer.builder().learningRate(0), "learningRate");
        assertMessage(() -> Trainer.builder().learningRate(-0.1), "learningRate");
        assertMessage(() -> Trainer.builder().learningRate(Double.NaN), "learningRate");
        assertMessage(() -> Trainer.builder().learningRate(Double.POSITIVE_INFINITY), "learningRate");
        assertMessage(() -> Trainer.builder().epochs(-1), "epochs");
        assertMessage(() -> Trainer.builder().batchSize(0), "batchSize");
        assertMessage(() -> Trainer.builder().batchSize(-5), "batchSize");
        assertMessage(() -> Trainer.builder().l2(-1e-3), "l2");
        assertMessage(() -> Trainer.builder().l2(Double.NaN), "l2");
        assertMessage(() -> Trainer.builder().recordEvery(0), "recordEvery");
        assertMessage(() -> Trainer.builder().threads(0), "threads");
        Trainer t = Trainer.builder().build();
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        assertMessage(() -> t.fit(null, MOONS, null), "net");
        assertMessage(() -> t.fit(net, null, null), "train");
        assertMessage(() -> t.fit(net, TestData.random(5, 3, 2, 1), null), "train.inputs()");
        assertMessage(() -> t.fit(net, TestData.random(5, 2, 3, 1), null), "train.classes()");
        assertMessage(() -> t.fit(net, MOONS, TestData.random(5, 2, 3, 1)), "test.classes()");
    }

    private static String captureOut(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
