package backprop;

import static backprop.GradientCheckTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

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
        Trainer.builder().learningRate(0.3).l2(0.05).epochs(1).progressEvery(0).build().fit(net, MOONS, null);
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
        Split split = MOONS.split(0.25, 1);
        History h = Trainer.builder().learningRate(0.5).epochs(1000).recordEvery(100).progressEvery(0).build()
                .fit(net, split.train(), split.test());
        assertArrayEquals(new int[] {0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}, h.epochs());
        assertTrue(h.trainLoss()[10] < 0.5 * h.trainLoss()[0], h.toString());
        assertTrue(h.trainAccuracy()[10] > 0.9, h.toString());
        assertEquals(net.accuracy(split.test()), h.testAccuracy()[10], 1e-15);
        assertEquals(net.loss(split.train(), 0.0), h.trainLoss()[10], 1e-12);
        Table t = h.toTable();
        assertEquals(List.of("epoch", "train loss", "train accuracy", "test loss", "test accuracy"), t.columnNames());
        assertEquals(11, t.rowCount());
        assertTrue(h.toString().contains("test"), h.toString());
    }

    @Test
    void withoutTestSetTheTestSeriesAreEmpty() {
        History h = Trainer.builder().epochs(0).build()
                .fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), MOONS, null);
        assertArrayEquals(new int[] {0}, h.epochs());
        assertEquals(0, h.testLoss().length);
        assertEquals(3, h.toTable().columnCount());
    }

    @Test
    void miniBatchTrainingIsSeededAndLearns() {
        Trainer.Builder b = Trainer.builder().learningRate(0.1).batchSize(16).epochs(50).progressEvery(0);
        Network first = Network.create(Activation.RELU, Init.HE, 2, 2, 8, 2);
        Network second = first.copy();
        Network other = first.copy();
        History h = b.seed(4).build().fit(first, MOONS, null);
        b.seed(4).build().fit(second, MOONS, null);
        b.seed(5).build().fit(other, MOONS, null);
        assertArrayEquals(first.weights(2)[3], second.weights(2)[3], 0.0);
        assertNotEquals(first.weight(2, 3, 0), other.weight(2, 3, 0));
        assertTrue(h.trainAccuracy()[h.size() - 1] > 0.85, h.toString());
    }

    @Test
    void batchSizeOfAtLeastNIsFullBatch() {
        Network a = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        Network b = a.copy();
        Trainer.builder().epochs(20).batchSize(300).progressEvery(0).build().fit(a, MOONS, null);
        Trainer.builder().epochs(20).batchSize(Trainer.FULL_BATCH).progressEvery(0).build().fit(b, MOONS, null);
        assertArrayEquals(a.weights(1)[1], b.weights(1)[1], 0.0);
    }

    /** Per-group partial sums added in a fixed order: any thread count gives bit-identical weights. */
    @Test
    void threadCountDoesNotChangeTheResult() {
        Dataset big = Moons.make(6000, 0.2, 9);
        Network one = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 2);
        Network two = one.copy();
        Network three = one.copy();
        Trainer.builder().epochs(30).threads(1).progressEvery(0).build().fit(one, big, null);
        Trainer.builder().epochs(30).threads(2).progressEvery(0).build().fit(two, big, null);
        Trainer.builder().epochs(30).threads(3).batchSize(2500).progressEvery(0).build().fit(three, big, null);
        for (int j = 0; j < 16; j++) {
            assertArrayEquals(one.weights(2)[j], two.weights(2)[j], 0.0);
        }
        assertArrayEquals(one.biases(1), two.biases(1), 0.0);
        Network threeAlone = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 16, 2);
        Trainer.builder().epochs(30).threads(1).batchSize(2500).progressEvery(0).build().fit(threeAlone, big, null);
        assertArrayEquals(threeAlone.biases(1), three.biases(1), 0.0);
    }

    @Test
    void progressLinesAreCapped() {
        String out = captureOut(() -> Trainer.builder().epochs(1000).progressEvery(1).build()
                .fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), MOONS, MOONS));
        long lines = out.lines().count();
        assertEquals(Trainer.MAX_PROGRESS_LINES, lines, out);
        assertTrue(out.lines().allMatch(l -> l.startsWith("epoch") && l.contains("test loss")), out);
        String byDefault = captureOut(() -> Trainer.builder().epochs(1000).build()
                .fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), MOONS, null));
        assertEquals(10, byDefault.lines().count(), byDefault);
        String silent = captureOut(() -> Trainer.builder().epochs(100).progressEvery(0).build()
                .fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), MOONS, null));
        assertEquals("", silent);
    }

    @Test
    void divergenceNamesTheEpochAndTheCure() {
        Network net = Network.create(Activation.RELU, Init.HE, 1, 2, 16, 16, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Trainer.builder()
                .learningRate(1e150).epochs(100).progressEvery(0).build().fit(net, MOONS, null));
        assertTrue(e.getMessage().matches(".*epoch \\d+.*") && e.getMessage().contains("lower the learning rate"),
                e.getMessage());
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
        assertMessage(() -> Trainer.builder().progressEvery(-1), "progressEvery");
        assertMessage(() -> Trainer.builder().recordEvery(0), "recordEvery");
        assertMessage(() -> Trainer.builder().threads(0), "threads");
        Trainer t = Trainer.builder().build();
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2);
        assertMessage(() -> t.fit(null, MOONS, null), "net");
        assertMessage(() -> t.fit(net, null, null), "train");
        assertMessage(() -> t.fit(net, BatchEngineTest.randomData(5, 3, 2, 1), null), "train.inputs()");
        assertMessage(() -> t.fit(net, BatchEngineTest.randomData(5, 2, 3, 1), null), "train.classes()");
        assertMessage(() -> t.fit(net, MOONS, BatchEngineTest.randomData(5, 2, 3, 1)), "test.classes()");
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
