package backprop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two accuracy anchors of the README. Our loss is the mean over the N samples, while the classic from-scratch
 * code sums over them; its learning rate ε and L2 strength λ therefore correspond to η = ε·N and λ/N here.
 */
class AnchorTest {

    /** The classic tutorials' very points: {@code np.random.seed(0); make_moons(200, noise=0.20)}. */
    private static final Dataset CLASSIC = Moons.make(200, 0.2, 0);

    /** moons(200, 0.2), 2-3-2 tanh, 20,000 full-batch epochs, with the classic numbers taken literally. */
    @Test
    void classicSetupTakenLiterallyStaysNearTheLinearBoundary() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 0, 2, 3, 2);
        Trainer.builder().learningRate(0.01).l2(0.01).epochs(20_000).recordEvery(20_000).build()
                .fit(net, CLASSIC, null);
        double accuracy = net.accuracy(CLASSIC);
        // 200 times smaller steps than the summed-loss original: a near-linear boundary, like softmax regression.
        assertTrue(accuracy >= 0.85 && accuracy < 0.9, "train accuracy " + accuracy);
    }

    /** The same setup with the summed-loss step, η = 0.01·200 = 2.0 and λ = 0.01/200, bends around the moons. */
    @Test
    void classicSetupWithTheSumEquivalentStepSeparatesTheMoons() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 0, 2, 3, 2);
        Trainer.builder().learningRate(2.0).l2(0.01 / 200).epochs(20_000).recordEvery(20_000).build()
                .fit(net, CLASSIC, null);
        double train = net.accuracy(CLASSIC);
        double heldOut = net.accuracy(Moons.make(10_000, 0.2, 7));
        assertTrue(train >= 0.97, "train accuracy " + train);
        assertTrue(heldOut >= 0.96, "held-out accuracy " + heldOut);
    }

    /**
     * Close to the Bayes-optimal ≈ 97.1%: 2,000 training moons, 2-8-2 tanh, mini-batches of 32, η = 0.1, 300 epochs,
     * scored on 10,000 fresh moons.
     */
    @Test
    void heldOutAccuracyOnTenThousandMoons() {
        Network net = Network.create(Activation.TANH, Init.XAVIER, 1, 2, 8, 2);
        Trainer.builder().learningRate(0.1).batchSize(32).epochs(300).seed(3).build()
                .fit(net, Moons.make(2_000, 0.2, 42), null);
        double heldOut = net.accuracy(Moons.make(10_000, 0.2, 7));
        assertTrue(heldOut >= 0.965, "held-out accuracy " + heldOut);
    }
}
