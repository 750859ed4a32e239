package backprop;

import backprop.fast.BatchEngine;
import java.util.Random;

/**
 * Gradient descent on the mean cross-entropy plus (λ/2) Σ w²: after each batch of B samples every parameter takes
 * the step θ ← θ − η ∂L/∂θ with ∂L/∂w = (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂w + λ w for a weight and
 * (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂b for a bias. With {@link #FULL_BATCH} (B = N) each epoch is one step; with a
 * smaller B the samples are reshuffled (seeded) every epoch and cut into ⌈N/B⌉ batches. η may change in stages
 * ({@link Builder#stage}).
 *
 * <p>Configure with {@link #builder()}; a trainer is immutable and can fit many networks. It prints nothing:
 * progress goes to a {@link TrainingListener}. The gradients come from the fast kernel ({@code backprop.fast}),
 * on flat buffers allocated once per fit; large batches are split over several threads with bit-identical results.
 *
 * <p>Training stops with an {@link IllegalStateException} naming the epoch, η and λ when it diverges: when a
 * gradient or a step is not finite (the step is then not taken), or when an evaluated training loss is not finite
 * or more than {@value #DIVERGENCE_FACTOR} times max(L<sub>0</sub>, ln C), L<sub>0</sub> being the loss before
 * training and ln C that of a uniform guess. The network keeps its last (finite) weights.
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
    private final int progressEvery;
    private final int recordEvery;
    private final int threads;
    private final TrainingListener listener;

    private Trainer(Builder b) {
        this.schedule = b.schedule();
        this.batchSize = b.batchSize;
        this.l2 = b.l2;
        this.seed = b.seed;
        this.progressEvery = b.progressEvery;
        this.recordEvery = b.recordEvery;
        this.threads = b.threads;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains {@code net} in place.
     *
     * @param net   the network, whose input and output sizes match the data
     * @param train the training set
     * @param test  a held-out set evaluated alongside (never trained on), or null
     * @return the recorded learning curve
     * @throws IllegalStateException if training diverges (see the class comment); the network keeps its last
     *                               finite weights
     */
    public History fit(Network net, Dataset train, Dataset test) {
        Require.notNull("net", net);
        net.requireCompatible("train", train);
        if (test != null) {
            net.requireCompatible("test", test);
        }
        Run run = new Run(net, train, test);
        try (InUse.Claim use = net.use("fit"); BatchEngine engine = new BatchEngine(net.theta(), net.activation(), threads)) {
            run.engine = engine;
            return run.all();
        }
    }

    /** The state of one fit. */
    private final class Run {
        final Network net;
        final Dataset train;
        final Dataset test;
        final double[] trainX;
        final double[] testX;
        final double[] theta;
        final boolean[] isWeight;
        final double[] grad;
        final double[] next;
        final int epochs = schedule.epochs();
        final History.Recorder history;
        BatchEngine engine;
        double startLoss;

        Run(Network net, Dataset train, Dataset test) {
            this.net = net;
            this.train = train;
            this.test = test;
            this.trainX = Streaming.featureMajor(train);
            this.testX = test == null ? null : Streaming.featureMajor(test);
            Parameters p = net.theta();
            this.theta = p.array();
            this.isWeight = new boolean[theta.length];
            for (int i = 0; i < theta.length; i++) {
                isWeight[i] = p.isWeight(i);
            }
            this.grad = new double[theta.length];
            this.next = new double[theta.length];
            this.history = new History.Recorder(test != null);
        }

        History all() {
            int n = train.size();
            int batch = Math.min(batchSize, n);
            int record = recordEvery > 0 ? recordEvery : Math.max(1, epochs / 100);
            int progress = progressEvery < 0 ? record : progressEvery;
            double[] batchX = batch == n ? trainX : new double[train.inputs() * batch];
            int[] batchY = batch == n ? train.labelArray() : new int[batch];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Random random = new Random(seed);
            evaluate(0, true, listener != null && progress > 0);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                double eta = schedule.learningRate(epoch);
                if (batch == n) {
                    step(trainX, batchY, n, eta, epoch);
                } else {
                    shuffle(order, random);
                    for (int start = 0; start < n; start += batch) {
                        int count = Math.min(batch, n - start);
                        gather(train, order, start, count, batchX, batchY);
                        step(batchX, batchY, count, eta, epoch);
                    }
                }
                boolean recordNow = epoch % record == 0 || epoch == epochs;
                boolean tellNow = listener != null && progress > 0 && (epoch % progress == 0 || epoch == epochs);
                if (recordNow || tellNow) {
                    evaluate(epoch, recordNow, tellNow);
                }
            }
            return history.build();
        }

        /** θ ← θ − η ∂L/∂θ on the count samples of x (feature-major, stride count), with ∂L/∂θ as in the class comment. */
        void step(double[] x, int[] labels, int count, double eta, int epoch) {
            engine.gradient(x, count, labels, count, false, grad);
            double scale = 1.0 / count;
            for (int i = 0; i < theta.length; i++) {
                next[i] = isWeight[i] ? theta[i] - eta * (grad[i] * scale + l2 * theta[i])
                        : theta[i] - eta * grad[i] * scale;
                if (!Double.isFinite(next[i])) {
                    throw diverged(epoch, eta, "a step would make " + net.theta().tensorOf(i)
                            + " non-finite (gradient " + grad[i] * scale + ")");
                }
            }
            System.arraycopy(next, 0, theta, 0, theta.length);
        }

        void evaluate(int epoch, boolean record, boolean tell) {
            double trainLoss = engine.evaluate(trainX, train.size(), train.labelArray(), train.size()) / train.size();
            double trainAccuracy = (double) engine.lastCorrect() / train.size();
            double eta = schedule.learningRate(epoch);
            if (epoch == 0) {
                if (!Double.isFinite(trainLoss)) {
                    throw new IllegalStateException("the initial network's training loss is " + trainLoss
                            + ": its weights are too large for the data (nothing was trained)");
                }
                startLoss = Math.max(trainLoss, Math.log(net.sizes()[net.layers()]));
            } else if (!Double.isFinite(trainLoss)) {
                throw diverged(epoch, eta, "the training loss became " + trainLoss);
            } else if (trainLoss > DIVERGENCE_FACTOR * startLoss) {
                throw diverged(epoch, eta, String.format("the training loss grew to %.6g, more than %.0f × %.4f",
                        trainLoss, DIVERGENCE_FACTOR, startLoss));
            }
            double testLoss = Double.NaN;
            double testAccuracy = Double.NaN;
            if (test != null) {
                testLoss = engine.evaluate(testX, test.size(), test.labelArray(), test.size()) / test.size();
                testAccuracy = (double) engine.lastCorrect() / test.size();
            }
            if (record) {
                history.add(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy);
            }
            if (tell) {
                listener.onProgress(new TrainingListener.Progress(epoch, epochs, eta, trainLoss, trainAccuracy,
                        testLoss, testAccuracy));
            }
        }
    }

    /** The divergence error: what happened, where, with which η and λ, and the likely cure. */
    private IllegalStateException diverged(int epoch, double eta, String what) {
        String cure = eta * l2 >= 2.0
                ? "η·λ = " + eta * l2 + " ≥ 2, so the L2 term alone pushes the weights further out each step:"
                        + " lower λ or η"
                : "lower the learning rate η";
        return new IllegalStateException("training diverged at epoch " + epoch + " (learningRate η = " + eta
                + ", l2 λ = " + l2 + "): " + what + "; " + cure
                + ". The network keeps its last finite weights.");
    }

    private static void gather(Dataset d, int[] order, int start, int count, double[] x, int[] labels) {
        double[] f = d.features();
        int[] y = d.labelArray();
        int inputs = d.inputs();
        for (int i = 0; i < count; i++) {
            int s = order[start + i];
            for (int j = 0; j < inputs; j++) {
                x[j * count + i] = f[s * inputs + j];
            }
            labels[i] = y[s];
        }
    }

    /** Fisher–Yates shuffle. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
    }

    @Override
    public String toString() {
        return "Trainer[" + schedule + ", batchSize="
                + (batchSize == FULL_BATCH ? "FULL_BATCH" : String.valueOf(batchSize)) + ", l2=" + l2 + ", seed=" + seed
                + "]";
    }

    /** Settings of a {@link Trainer}; each setter rejects bad values at once. */
    public static final class Builder {
        private double learningRate = 0.1;
        private int epochs = 1000;
        private boolean constantSet;
        private Schedule stages;
        private int batchSize = FULL_BATCH;
        private double l2 = 0.0;
        private long seed = 0L;
        private int progressEvery = -1;
        private int recordEvery = 0;
        private int threads = 0;
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
         * Appends a stage of the learning-rate schedule: {@code epochs} epochs at η = {@code learningRate}, after
         * the stages added before. {@code stage(20, 0.3).stage(10, 0.03)} is 20 epochs at 0.3, then 10 at 0.03,
         * in one fit. Not together with {@link #learningRate} and {@link #epochs}.
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

        /** The listener that receives the progress of every fit (default none: the fit is silent). */
        public Builder listener(TrainingListener listener) {
            this.listener = Require.notNull("listener", listener);
            return this;
        }

        /**
         * Call the listener every k epochs (and after the last); 0 = never. By default it is called at every
         * recorded epoch ({@link #recordEvery}).
         */
        public Builder progressEvery(int k) {
            this.progressEvery = Require.atLeast("progressEvery", k, 0);
            return this;
        }

        /** Record a history point every k ≥ 1 epochs (default: about 100 points per fit). */
        public Builder recordEvery(int k) {
            this.recordEvery = Require.atLeast("recordEvery", k, 1);
            return this;
        }

        /**
         * Threads for the gradient of large batches, ≥ 1. By default the batch runs on the calling thread when
         * small and on all processors when large. The result is bit-identical for every thread count.
         */
        public Builder threads(int threads) {
            this.threads = Require.atLeast("threads", threads, 1);
            return this;
        }

        /** @throws IllegalArgumentException if {@link #stage} was combined with learningRate or epochs */
        public Trainer build() {
            if (stages != null && constantSet) {
                throw new IllegalArgumentException("stage must not be combined with"
                        + " learningRate(η) or epochs(n), was stages of " + stages + " and " + epochs + " epochs at η "
                        + learningRate);
            }
            return new Trainer(this);
        }

        private Schedule schedule() {
            return stages != null ? stages : Schedule.constant(epochs, learningRate);
        }
    }
}
