package backprop.notebook;

import backprop.Dataset;
import backprop.Network;
import backprop.Trainer;
import java.util.function.LongFunction;

/**
 * The seeds of an experiment: seed s = 1, …, R has its own training set. A setting trained with {@link #train} runs
 * once per seed, from the network seed s creates (its initial weights) with the trainer's shuffling seeded by s, so
 * two settings trained over the same seeds compare seed by seed ({@link Paired}).
 */
public final class Seeds {

    private final Dataset[] trainingSets;

    private Seeds(Dataset[] trainingSets) {
        this.trainingSets = trainingSets;
    }

    /**
     * @param count       R ≥ 2, the number of seeds
     * @param trainingSet seed s ↦ its training set, for s = 1..R
     * @throws IllegalArgumentException if count &lt; 2 or trainingSet is null or returns null
     */
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
     * Trains one network per seed s: {@code network.apply(s)} on seed s's training set, with
     * {@code trainer.seed(s).build()} (this sets the builder's seed).
     *
     * @param test a held-out set whose loss and accuracy are recorded alongside, or null
     * @throws IllegalArgumentException if network or trainer is null, or network returns null
     */
    public SeedRuns train(LongFunction<Network> network, Trainer.Builder trainer, Dataset test) {
        if (network == null || trainer == null) {
            throw new IllegalArgumentException((network == null ? "network" : "trainer") + " must not be null");
        }
        Network[] nets = new Network[trainingSets.length];
        backprop.History[] histories = new backprop.History[trainingSets.length];
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
