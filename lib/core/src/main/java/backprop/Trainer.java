package backprop;

import backprop.fast.BatchEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Gradient descent: per batch of B samples (reshuffled, seeded, every epoch) θ ← θ − η ∂L/∂θ, ∂L/∂w = (1/B)
 * Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂w + λ w, ∂L/∂b = (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂b. A non-finite step or a loss
 * above {@value #DIVERGENCE_FACTOR} × max(L<sub>0</sub>, ln C) stops the fit with an IllegalStateException.
 */
public final class Trainer {

    /** Batch size meaning "the whole training set". */
    public static final int FULL_BATCH = Integer.MAX_VALUE;
    /** How far above its start the training loss may grow before the fit counts as diverged. */
    public static final double DIVERGENCE_FACTOR = 100.0;

    /** Stage s runs the epochs (stageEnd[s−1], stageEnd[s]] at η = rate[s]. */
    private final List<Integer> stageEnd;
    private final List<Double> rate;
    private final int batchSize;
    private final double l2;
    private final long seed;
    private final int recordEvery;
    private final int threads;
    private final TrainingListener listener;

    private Trainer(Builder b) {
        this.stageEnd = b.stageEnd.isEmpty() ? List.of(b.epochs) : List.copyOf(b.stageEnd);
        this.rate = b.stageEnd.isEmpty() ? List.of(b.learningRate) : List.copyOf(b.rate);
        this.batchSize = b.batchSize;
        this.l2 = b.l2;
        this.seed = b.seed;
        this.recordEvery = b.recordEvery;
        this.threads = b.threads;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Trains {@code net} in place on {@code train}, evaluating {@code test} (may be null) alongside. */
    public History fit(Network net, Dataset train, Dataset test) {
        Require.notNull("net", net).requireCompatible("train", train);
        if (test != null) {
            net.requireCompatible("test", test);
        }
        try (Network.Claim use = net.use("fit");
                BatchEngine engine = net.engine(threads)) {
            return new Run(net.theta(), train, test, engine).all();
        }
    }

    /** η of epoch e (epoch 0, before training, reports the first stage's). */
    private double learningRate(int epoch) {
        int s = 0;
        while (epoch > stageEnd.get(s) && s < stageEnd.size() - 1) {
            s++;
        }
        return rate.get(s);
    }

    /** One fit: θ is the network's own vector, the gradient a buffer of its shape. */
    private final class Run {
        final Parameters theta;
        final Parameters gradient;
        final Dataset train;
        final Dataset test;
        final BatchEngine engine;
        final int epochs = stageEnd.get(stageEnd.size() - 1);
        final List<TrainingListener.Progress> points = new ArrayList<>();
        double startLoss;

        Run(Parameters theta, Dataset train, Dataset test, BatchEngine engine) {
            this.theta = theta;
            this.gradient = Parameters.zeros(theta.sizes());
            this.train = train;
            this.test = test;
            this.engine = engine;
        }

        History all() {
            int n = train.size();
            int batch = Math.min(batchSize, n);
            int record = recordEvery > 0 ? recordEvery : Math.max(1, epochs / 100);
            double[] batchX = new double[train.inputs() * batch];
            int[] batchY = new int[batch];
            int[] order = IntStream.range(0, n).toArray();
            gather(train, order, 0, batch, batchX, batchY); // the full batch once; mini-batches per step
            Random random = new Random(seed);
            evaluate(0);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double eta = learningRate(epoch);
                if (batch == n) {
                    step(batchX, batchY, n, eta, epoch);
                } else {
                    FisherYates.shuffle(order, random);
                    for (int start = 0; start < n; start += batch) {
                        int count = Math.min(batch, n - start);
                        gather(train, order, start, count, batchX, batchY);
                        step(batchX, batchY, count, eta, epoch);
                    }
                }
                if (epoch % record == 0 || epoch == epochs) {
                    evaluate(epoch);
                }
            }
            return new History(points);
        }

        /** θ ← θ − η ∂L/∂θ on the count samples of x (feature-major, stride count). */
        void step(double[] x, int[] labels, int count, double eta, int epoch) {
            double[] g = gradient.array();
            double[] t = theta.array();
            try {
                engine.gradient(x, labels, count, g);
                double scale = 1.0 / count;
                for (int l = 1; l <= theta.layers(); l++) {
                    int biases = theta.biasOffset(l);
                    for (int i = theta.weightOffset(l); i < biases; i++) {
                        g[i] = g[i] * scale + l2 * t[i];
                    }
                    for (int i = biases; i < biases + theta.size(l); i++) {
                        g[i] = g[i] * scale;
                    }
                }
                Backprop.step(theta, gradient, eta);
            } catch (IllegalArgumentException e) {
                throw diverged(epoch, eta, e.getMessage());
            }
        }

        /** Loss and accuracy on the training (and test) set, checked for divergence and recorded. */
        void evaluate(int epoch) {
            double eta = learningRate(epoch);
            BatchEngine.Score onTrain = score("train", train, epoch, eta, engine);
            BatchEngine.Score onTest = test == null ? null : score("test", test, epoch, eta, engine);
            double trainLoss = onTrain.loss() / train.size();
            if (epoch == 0) {
                startLoss = Math.max(trainLoss, Math.log(theta.size(theta.layers())));
            } else if (trainLoss > DIVERGENCE_FACTOR * startLoss) {
                throw diverged(epoch, eta, String.format("the training loss grew to %.6g, more than %.0f × %.4f",
                        trainLoss, DIVERGENCE_FACTOR, startLoss));
            }
            TrainingListener.Progress p = new TrainingListener.Progress(epoch, epochs, eta, trainLoss,
                    (double) onTrain.correct() / train.size(), test == null ? Double.NaN : onTest.loss() / test.size(),
                    test == null ? Double.NaN : (double) onTest.correct() / test.size());
            points.add(p);
            if (listener != null) {
                listener.onProgress(p);
            }
        }
    }

    /** The kernel's score of d, its complaints (non-finite logits or loss) told as the failure of the fit. */
    private BatchEngine.Score score(String name, Dataset d, int epoch, double eta, BatchEngine engine) {
        try {
            return engine.score(d.features(), d.labelArray(), d.size());
        } catch (IllegalArgumentException e) {
            String what = Network.naming(name, e).getMessage();
            throw epoch > 0 ? diverged(epoch, eta, what) : new IllegalStateException("the initial network's weights"
                    + " are too large for the data (nothing was trained): " + what);
        }
    }

    /** Samples order[start ..< start + count] of d into x (feature-major, stride count) and their labels. */
    private static void gather(Dataset d, int[] order, int start, int count, double[] x, int[] labels) {
        double[] f = d.features();
        int inputs = d.inputs();
        for (int i = 0; i < count; i++) {
            int s = order[start + i];
            for (int j = 0; j < inputs; j++) {
                x[j * count + i] = f[s * inputs + j];
            }
            labels[i] = d.labelArray()[s];
        }
    }

    /** The divergence error: what happened, where, with which η and λ, and the likely cure. */
    private IllegalStateException diverged(int epoch, double eta, String what) {
        String cure = eta * l2 >= 2.0
                ? "η·λ = " + eta * l2 + " ≥ 2, so the L2 term alone pushes the weights further out each step:"
                        + " lower λ or η"
                : "lower the learning rate η";
        return new IllegalStateException("training diverged at epoch " + epoch + " (learningRate η = " + eta
                + ", l2 λ = " + l2 + "): " + what + "; " + cure + ". The network keeps its last finite weights.");
    }

    /** Settings of a {@link Trainer}; each setter rejects bad values at once. */
    public static final class Builder {
        private double learningRate = 0.1;
        private int epochs = 1000;
        private boolean constantSet;
        private final List<Integer> stageEnd = new ArrayList<>();
        private final List<Double> rate = new ArrayList<>();
        private int batchSize = FULL_BATCH;
        private double l2;
        private long seed;
        private int recordEvery;
        private int threads;
        private TrainingListener listener;

        private Builder() {
        }

        /** η &gt; 0 of every epoch (default 0.1). Not together with {@link #stage}. */
        public Builder learningRate(double learningRate) {
            this.learningRate = Require.positiveFinite("learningRate", learningRate);
            this.constantSet = true;
            return this;
        }

        /** Passes over the training set, ≥ 0 (default 1000). Not together with {@link #stage}. */
        public Builder epochs(int epochs) {
            this.epochs = Require.atLeast("epochs", epochs, 0);
            this.constantSet = true;
            return this;
        }

        /** Appends {@code epochs} ≥ 1 epochs at η = {@code learningRate}: {@code stage(20, 0.3).stage(10, 0.03)}. */
        public Builder stage(int epochs, double learningRate) {
            Require.atLeast("epochs", epochs, 1);
            Require.positiveFinite("learningRate", learningRate);
            long total = (stageEnd.isEmpty() ? 0L : stageEnd.get(stageEnd.size() - 1)) + (long) epochs;
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("epochs must keep the schedule below 2^31 epochs, was " + epochs
                        + " (" + total + " in all)");
            }
            stageEnd.add((int) total);
            rate.add(learningRate);
            return this;
        }

        /** Samples per step, ≥ 1, or {@link #FULL_BATCH} (the default); values ≥ N mean full batch. */
        public Builder batchSize(int batchSize) {
            this.batchSize = Require.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** λ ≥ 0, the L2 strength on the weights (default 0). */
        public Builder l2(double l2) {
            this.l2 = Require.nonNegativeFinite("l2", l2);
            return this;
        }

        /** The seed of the mini-batch shuffling (default 0). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Record a point every k ≥ 1 epochs and after the last (default: about 100 points). */
        public Builder recordEvery(int k) {
            this.recordEvery = Require.atLeast("recordEvery", k, 1);
            return this;
        }

        /** Threads ≥ 1 for large batches (default: all processors when large); the same bits for any. */
        public Builder threads(int threads) {
            this.threads = Require.atLeast("threads", threads, 1);
            return this;
        }

        /** Also tells each recorded point to {@code listener} (a log, a progress bar); its exception stops the fit. */
        public Builder listener(TrainingListener listener) {
            this.listener = Require.notNull("listener", listener);
            return this;
        }

        /** @throws IllegalArgumentException if {@link #stage} was combined with learningRate or epochs */
        public Trainer build() {
            if (!stageEnd.isEmpty() && constantSet) {
                throw new IllegalArgumentException("stage must not be combined with learningRate(η) or epochs(n),"
                        + " was " + stageEnd.size() + " stages and " + epochs + " epochs at η " + learningRate);
            }
            return new Trainer(this);
        }
    }
}
