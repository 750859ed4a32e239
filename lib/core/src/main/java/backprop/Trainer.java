package backprop;

import backprop.fast.BatchEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Gradient descent on the mean cross-entropy plus (λ/2) Σ w²: after each batch of B samples every parameter takes
 * the step θ ← θ − η ∂L/∂θ of {@link Backprop#step}, with ∂L/∂w = (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂w + λ w for a
 * weight and (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂b for a bias. With {@link #FULL_BATCH} (B = N) each epoch is one
 * step; with a smaller B the samples are reshuffled (seeded) every epoch and cut into ⌈N/B⌉ batches. η may change
 * in stages ({@link Builder#stage}).
 *
 * <p>Configure with {@link #builder()}; a trainer is immutable and can fit many networks, from any thread (one
 * network from one thread at a time). It prints nothing. The sums over the samples come from the fast kernel
 * ({@code backprop.fast}), over several threads with bit-identical results.
 *
 * <p>Training stops with an {@link IllegalStateException} naming the epoch, η and λ when it diverges: when a
 * gradient or a step is not finite (the step is then not taken), or when an evaluated loss is not finite or the
 * training loss is more than {@value #DIVERGENCE_FACTOR} times max(L<sub>0</sub>, ln C), L<sub>0</sub> being the loss
 * before training and ln C that of a uniform guess. The network keeps its last (finite) weights.
 */
public final class Trainer {

    /** Batch size meaning "the whole training set": plain (full-batch) gradient descent. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /** How far above its start the training loss may grow before the fit counts as diverged. */
    public static final double DIVERGENCE_FACTOR = 100.0;

    private final Schedule schedule;
    private final int batchSize;
    private final double l2;
    private final long seed;
    private final int recordEvery;
    private final int threads;
    private final TrainingListener listener;

    private Trainer(Builder b) {
        this.schedule = b.stages != null ? b.stages : Schedule.constant(b.epochs, b.learningRate);
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

    /**
     * Trains {@code net} in place on {@code train}, evaluating {@code test} (never trained on; may be null) alongside.
     *
     * @return the recorded learning curve
     * @throws IllegalStateException if training diverges (see the class comment), or if another thread is fitting
     *                               the same network
     */
    public History fit(Network net, Dataset train, Dataset test) {
        Require.notNull("net", net);
        net.requireCompatible("train", train);
        if (test != null) {
            net.requireCompatible("test", test);
        }
        List<TrainingListener.Progress> points = new ArrayList<>();
        TrainingListener record = listener == null ? points::add : p -> {
            points.add(p);
            listener.onProgress(p);
        };
        try (InUse.Claim use = net.use("fit");
                BatchEngine engine = Streaming.engine(net.theta(), net.activation(), threads)) {
            new Run(net.theta(), train, test, engine, record).all();
            return new History(points);
        }
    }

    /** One fit: θ is the network's own vector, the gradient a buffer of its shape. */
    private final class Run {
        final Dataset train;
        final Dataset test;
        final BatchEngine engine;
        final TrainingListener record;
        final Parameters theta;
        final Parameters gradient;
        final int epochs = schedule.epochs();
        double startLoss;

        Run(Parameters theta, Dataset train, Dataset test, BatchEngine engine, TrainingListener record) {
            this.theta = theta;
            this.gradient = Parameters.zeros(theta.sizes());
            this.train = train;
            this.test = test;
            this.engine = engine;
            this.record = record;
        }

        void all() {
            int n = train.size();
            int batch = Math.min(batchSize, n);
            int record = recordEvery > 0 ? recordEvery : Math.max(1, epochs / 100);
            double[] batchX = batch == n ? Streaming.featureMajor(train) : new double[train.inputs() * batch];
            int[] batchY = batch == n ? train.labelArray() : new int[batch];
            int[] order = IntStream.range(0, n).toArray();
            Random random = new Random(seed);
            evaluate(0);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double eta = schedule.learningRate(epoch);
                if (batch == n) {
                    step(batchX, batchY, n, eta, epoch);
                } else {
                    FisherYates.shuffle(order, random);
                    for (int start = 0; start < n; start += batch) {
                        int count = Math.min(batch, n - start);
                        Streaming.gather(train, order, start, count, batchX, batchY);
                        step(batchX, batchY, count, eta, epoch);
                    }
                }
                if (epoch % record == 0 || epoch == epochs) {
                    evaluate(epoch);
                }
            }
        }

        /** θ ← θ − η ∂L/∂θ on the count samples of x (feature-major, stride count), ∂L/∂θ as in the class comment. */
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
            double eta = schedule.learningRate(epoch);
            BatchEngine.Score onTrain = score("train", train, epoch, eta, engine);
            BatchEngine.Score onTest = test == null ? null : score("test", test, epoch, eta, engine);
            double trainLoss = onTrain.loss() / train.size();
            if (epoch == 0) {
                startLoss = Math.max(trainLoss, Math.log(theta.size(theta.layers())));
            } else if (trainLoss > DIVERGENCE_FACTOR * startLoss) {
                throw diverged(epoch, eta, String.format("the training loss grew to %.6g, more than %.0f × %.4f",
                        trainLoss, DIVERGENCE_FACTOR, startLoss));
            }
            record.onProgress(new TrainingListener.Progress(epoch, epochs, eta, trainLoss,
                    (double) onTrain.correct() / train.size(), test == null ? Double.NaN : onTest.loss() / test.size(),
                    test == null ? Double.NaN : (double) onTest.correct() / test.size()));
        }
    }

    /** The kernel's score of d, its complaints (non-finite logits or loss) told as the failure of the fit. */
    private BatchEngine.Score score(String name, Dataset d, int epoch, double eta, BatchEngine engine) {
        try {
            return engine.score(d.features(), d.labelArray(), d.size());
        } catch (IllegalArgumentException e) {
            String what = Streaming.naming(name, e).getMessage();
            throw epoch > 0 ? diverged(epoch, eta, what) : new IllegalStateException("the initial network's weights"
                    + " are too large for the data (nothing was trained): " + what);
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

    @Override
    public String toString() {
        return "Trainer[" + schedule + ", batchSize=" + batchSize + ", l2=" + l2 + ", seed=" + seed + "]";
    }

    /** Settings of a {@link Trainer}; each setter rejects bad values at once. */
    public static final class Builder {
        private double learningRate = 0.1;
        private int epochs = 1000;
        private boolean constantSet;
        private Schedule stages;
        private int batchSize = FULL_BATCH;
        private double l2;
        private long seed;
        private int recordEvery;
        private int threads;
        private TrainingListener listener;

        private Builder() {
        }

        /** η &gt; 0, the step size of every epoch (default 0.1). Not together with {@link #stage}. */
        public Builder learningRate(double learningRate) {
            this.learningRate = Require.positiveFinite("learningRate", learningRate);
            this.constantSet = true;
            return this;
        }

        /** The number of passes over the training set, ≥ 0 (default 1000). Not together with {@link #stage}. */
        public Builder epochs(int epochs) {
            this.epochs = Require.atLeast("epochs", epochs, 0);
            this.constantSet = true;
            return this;
        }

        /**
         * Appends {@code epochs} epochs at η = {@code learningRate} to the schedule: {@code stage(20, 0.3).stage(10,
         * 0.03)} is one fit, the shuffling going on across stages. Not with {@link #learningRate}, {@link #epochs}.
         */
        public Builder stage(int epochs, double learningRate) {
            Require.atLeast("epochs", epochs, 1);
            Require.positiveFinite("learningRate", learningRate);
            stages = stages == null ? Schedule.constant(epochs, learningRate) : stages.then(epochs, learningRate);
            return this;
        }

        /** Samples per gradient step, ≥ 1, or {@link #FULL_BATCH} (the default); values ≥ N mean full batch. */
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

        /** Record a history point every k ≥ 1 epochs, and after the last (default: about 100 points per fit). */
        public Builder recordEvery(int k) {
            this.recordEvery = Require.atLeast("recordEvery", k, 1);
            return this;
        }

        /** Also tells each recorded point to {@code listener} (a progress bar, a log); its exception stops the fit. */
        public Builder listener(TrainingListener listener) {
            this.listener = Require.notNull("listener", listener);
            return this;
        }

        /** Threads for large batches, ≥ 1 (default: all processors when large, else one); same bits for any. */
        public Builder threads(int threads) {
            this.threads = Require.atLeast("threads", threads, 1);
            return this;
        }

        /** @throws IllegalArgumentException if {@link #stage} was combined with learningRate or epochs */
        public Trainer build() {
            if (stages != null && constantSet) {
                throw new IllegalArgumentException("stage must not be combined with learningRate(η) or epochs(n),"
                        + " was stages of " + stages + " and " + epochs + " epochs at η " + learningRate);
            }
            return new Trainer(this);
        }
    }
}
