package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Activation;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import backprop.Trainer;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private final Seeds seeds = Seeds.of(3, s -> Moons.make(40, 0.2, 100 + s));

    @Test
    void eachSeedTrainsOnItsOwnSetFromItsOwnStart() {
        Seeds runs = seeds.train(s -> Network.create(Activation.TANH, Init.XAVIER, s, 2, 3, 2),
                Trainer.builder().learningRate(0.5).epochs(20).batchSize(10).recordEvery(10));
        for (int s = 1; s <= 3; s++) {
            Network net = Network.create(Activation.TANH, Init.XAVIER, s, 2, 3, 2);
            double[] loss = Trainer.builder().learningRate(0.5).epochs(20).batchSize(10).recordEvery(10).seed(s).build()
                    .fit(net, Moons.make(40, 0.2, 100 + s), null).trainLoss();
            assertArrayEquals(loss, runs.trainLoss()[s - 1], 0);
            assertArrayEquals(net.parameters().toArray(), runs.network(s).parameters().toArray(), 0);
            assertEquals(loss[2], runs.finalTrainLoss()[s - 1], 0);
            assertEquals(loss[1], runs.trainLossAt(10)[s - 1], 0);
        }
        assertArrayEquals(new double[] {0, 10, 20}, runs.epochs(), 0);
        assertEquals(3, runs.accuracy(seeds.trainingSet(1)).length);
    }

    @Test
    void aHeldOutSetIsRecordedAlongside() {
        Seeds runs = seeds.train(s -> Network.create(Activation.TANH, Init.XAVIER, s, 2, 3, 2),
                Trainer.builder().epochs(5).recordEvery(5), Moons.make(50, 0.2, 9));
        assertEquals(2, runs.testLoss()[0].length);
        assertEquals(runs.network(2).loss(Moons.make(50, 0.2, 9), 0), runs.testLoss()[1][1], 1e-12);
        double[] t = runs.testLoss()[0];
        assertEquals(t[1] / Math.min(t[0], t[1]), runs.testLossRise()[0], 1e-15);
        assertEquals(runs.network(3).accuracy(Moons.make(50, 0.2, 9)), runs.testAccuracy()[2][1], 1e-15);
        assertEquals(runs.network(3).accuracy(seeds.trainingSet(3)), runs.finalTrainAccuracy()[2], 1e-15);
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.of(1, s -> null));
        assertEquals("count must be at least 2 seeds, was 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Seeds.of(2, s -> null));
        assertThrows(IllegalArgumentException.class, () -> seeds.trainingSet(4));
        assertThrows(IllegalArgumentException.class, () -> seeds.train(null, Trainer.builder()));
        Seeds runs = seeds.train(s -> Network.create(Activation.TANH, Init.XAVIER, s, 2, 3, 2),
                Trainer.builder().epochs(2));
        assertThrows(IllegalArgumentException.class, () -> runs.trainLossAt(3));
        assertThrows(IllegalArgumentException.class, () -> runs.network(0));
        assertThrows(IllegalStateException.class, runs::testLossRise);
        IllegalStateException untrained = assertThrows(IllegalStateException.class, () -> seeds.network(1));
        assertEquals("these seeds are not trained: call train first", untrained.getMessage());
    }
}
