package backprop.notebook;

import backprop.Dataset;
import backprop.History;
import backprop.Network;
import backprop.Trainer;
import java.util.function.LongFunction;

/**
 * The seeds s = 1, …, R of an experiment, each with its own training set. {@link #train} runs a setting once per
 * seed, from the network seed s creates and with the trainer's shuffling seeded by s, so that two settings trained
 * over the same seeds compare seed by seed ({@link Paired}).
 */
public final class Seeds {

    private final Dataset[] trainingSets;

    private Seeds(Dataset[] trainingSets) {
        this.trainingSets = trainingSets;
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
        return new Seeds(sets);
    }

    /** R, the number of seeds. */
    public int count() {
        return trainingSets.length;
    }

    /** The training set of seed s (1..R). */
    public Dataset trainingSet(int s) {
        if (s < 1 || s > trainingSets.length) {
            throw new IllegalArgumentException("s must be in [1, " + trainingSets.length + "], was " + s);
        }
        return trainingSets[s - 1];
    }

    /** {@link #train(LongFunction, Trainer.Builder, Dataset)} without a held-out set. */
    public SeedRuns train(LongFunction<Network> network, Trainer.Builder trainer) {
        return train(network, trainer, null);
    }

    /**
     * Trains {@code network.apply(s)} on seed s's training set with {@code trainer.seed(s).build()} (setting the
     * builder's seed), for every seed; the loss and accuracy on {@code test} are recorded alongside unless it is null.
     */
    public SeedRuns train(LongFunction<Network> network, Trainer.Builder trainer, Dataset test) {
        if (network == null || trainer == null) {
            throw new IllegalArgumentException((network == null ? "network" : "trainer") + " must not be null");
        }
        Network[] nets = new Network[trainingSets.length];
        History[] histories = new History[trainingSets.length];
        for (int s = 1; s <= trainingSets.length; s++) {
            nets[s - 1] = network.apply(s);
            if (nets[s - 1] == null) {
                throw new IllegalArgumentException("network gave null for seed " + s);
            }
            histories[s - 1] = trainer.seed(s).build().fit(nets[s - 1], trainingSets[s - 1], test);
        }
        return new SeedRuns(nets, histories);
    }
}
