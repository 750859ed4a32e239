package backprop.notebook;

import backprop.Dataset;
import backprop.History;
import backprop.Network;
import backprop.Trainer;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The seeds s = 1, …, R of an experiment, each with its own training set, and after {@link #train} a setting trained
 * once per seed: the networks and learning curves, indexed [s − 1] or [s − 1][t] for seed s and recorded point t.
 * Two settings trained over the same seeds compare seed by seed ({@link Paired}).
 */
public final class Seeds {

    private final Dataset[] trainingSets;
    private final Network[] networks;
    private final History[] histories;

    private Seeds(Dataset[] trainingSets, Network[] networks, History[] histories) {
        this.trainingSets = trainingSets;
        this.networks = networks;
        this.histories = histories;
    }

    /** R = count ≥ 2 seeds, seed s training on {@code trainingSet.apply(s)}. */
    public static Seeds of(int count, LongFunction<Dataset> trainingSet) {
        if (count < 2) {
            throw new IllegalArgumentException("count must be at least 2 seeds, was " + count);
        }
        if (trainingSet == null) {
            throw new IllegalArgumentException("trainingSet must not be null");
        }
        Dataset[] sets = new Dataset[count];
        for (int s = 1; s <= count; s++) {
            sets[s - 1] = trainingSet.apply(s);
            if (sets[s - 1] == null) {
                throw new IllegalArgumentException("trainingSet gave null for seed " + s);
            }
        }
        return new Seeds(sets, null, null);
    }

    /** R, the number of seeds. */
    public int count() {
        return trainingSets.length;
    }

    /** The training set of seed s (1..R). */
    public Dataset trainingSet(int s) {
        return trainingSets[seed(s)];
    }

    /** {@link #train(LongFunction, Trainer.Builder, Dataset)} without a held-out set. */
    public Seeds train(LongFunction<Network> network, Trainer.Builder trainer) {
        return train(network, trainer, null);
    }

    /** These seeds with {@code network.apply(s)} trained on seed s's training set by {@code trainer.seed(s).build()}
     * (this sets trainer's seed); loss and accuracy on {@code test} are recorded alongside unless it is null. */
    public Seeds train(LongFunction<Network> network, Trainer.Builder trainer, Dataset test) {
        if (network == null || trainer == null) {
            throw new IllegalArgumentException((network == null ? "network" : "trainer") + " must not be null");
        }
        Network[] nets = new Network[trainingSets.length];
        History[] runs = new History[trainingSets.length];
        for (int s = 1; s <= trainingSets.length; s++) {
            nets[s - 1] = network.apply(s);
            if (nets[s - 1] == null) {
                throw new IllegalArgumentException("network gave null for seed " + s);
            }
            runs[s - 1] = trainer.seed(s).build().fit(nets[s - 1], trainingSets[s - 1], test);
        }
        return new Seeds(trainingSets, nets, runs);
    }

    /** The trained network of seed s (1..R). */
    public Network network(int s) {
        return trained(networks)[seed(s)];
    }

    /** The recorded epochs (the same for every seed), as numbers for a plot's x axis. */
    public double[] epochs() {
        return Arrays.stream(trained(histories)[0].epochs()).asDoubleStream().toArray();
    }

    /** The training loss of every seed at every recorded epoch. */
    public double[][] trainLoss() {
        return curves(History::trainLoss);
    }

    /** The held-out loss of every seed at every recorded epoch; empty rows without a held-out set. */
    public double[][] testLoss() {
        return curves(History::testLoss);
    }

    /** The held-out accuracy of every seed at every recorded epoch; empty rows without a held-out set. */
    public double[][] testAccuracy() {
        return curves(History::testAccuracy);
    }

    /** The training loss of every seed after the last epoch. */
    public double[] finalTrainLoss() {
        return last(curves(History::trainLoss));
    }

    /** The training accuracy of every seed after the last epoch. */
    public double[] finalTrainAccuracy() {
        return last(curves(History::trainAccuracy));
    }

    /** The training loss of every seed at a recorded epoch. */
    public double[] trainLossAt(int epoch) {
        int[] epochs = trained(histories)[0].epochs();
        int t = Arrays.binarySearch(epochs, epoch);
        if (t < 0) {
            throw new IllegalArgumentException("epoch must be one of the recorded " + Arrays.toString(epochs) + ", was "
                    + epoch);
        }
        return Arrays.stream(trainLoss()).mapToDouble(loss -> loss[t]).toArray();
    }

    /** How far each seed's held-out loss ends above its lowest: L(last) / min<sub>t</sub> L(t) on the held-out set. */
    public double[] testLossRise() {
        if (trained(histories)[0].testLoss().length == 0) {
            throw new IllegalStateException("no held-out set was given to train");
        }
        return Arrays.stream(testLoss()).mapToDouble(l -> l[l.length - 1] / Arrays.stream(l).min().getAsDouble())
                .toArray();
    }

    /** The accuracy of every seed's trained network on d. */
    public double[] accuracy(Dataset d) {
        return Arrays.stream(trained(networks)).mapToDouble(net -> net.accuracy(d)).toArray();
    }

    private double[][] curves(Function<History, double[]> curve) {
        return Arrays.stream(trained(histories)).map(curve).toArray(double[][]::new);
    }

    private <T> T[] trained(T[] runs) {
        if (runs == null) {
            throw new IllegalStateException("these seeds are not trained: call train first");
        }
        return runs;
    }

    /** The index s − 1 of seed s. */
    private int seed(int s) {
        if (s < 1 || s > trainingSets.length) {
            throw new IllegalArgumentException("s must be in [1, " + trainingSets.length + "], was " + s);
        }
        return s - 1;
    }

    private static double[] last(double[][] curves) {
        return Arrays.stream(curves).mapToDouble(c -> c[c.length - 1]).toArray();
    }
}
