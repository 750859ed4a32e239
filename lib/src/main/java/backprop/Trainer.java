package backprop;

import java.util.Random;

/**
 * Gradient descent on the mean cross-entropy plus (λ/2) Σ w²: after each batch of B samples every weight moves by
 * −η ((1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂w + λ w) and every bias by −η (1/B) Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂b.
 * With {@link #FULL_BATCH} (B = N) each epoch is one step; with a smaller B the samples are reshuffled (seeded)
 * every epoch and cut into ⌈N/B⌉ batches.
 *
 * <p>Configure with {@link #builder()}; a trainer is immutable and can fit many networks. The training loop runs on
 * flat buffers allocated once per fit; large batches are split over several threads with bit-identical results.
 */
public final class Trainer {

    /** Batch size meaning "the whole training set": plain (full-batch) gradient descent. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /** The most progress lines one fit prints. */
    static final int MAX_PROGRESS_LINES = 20;

    private final double learningRate;
    private final int epochs;
    private final int batchSize;
    private final double l2;
    private final long seed;
    private final int progressEvery;
    private final int recordEvery;
    private final int threads;

    private Trainer(Builder b) {
        this.learningRate = b.learningRate;
        this.epochs = b.epochs;
        this.batchSize = b.batchSize;
        this.l2 = b.l2;
        this.seed = b.seed;
        this.progressEvery = b.progressEvery;
        this.recordEvery = b.recordEvery;
        this.threads = b.threads;
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
     * @throws IllegalStateException if the loss becomes NaN or infinite (the learning rate is too large)
     */
    public History fit(Network net, Dataset train, Dataset test) {
        Require.notNull("net", net);
        net.requireCompatible("train", train);
        if (test != null) {
            net.requireCompatible("test", test);
        }
        int n = train.size();
        int batch = Math.min(batchSize, n);
        double[] trainX = featureMajor(train);
        double[] testX = test == null ? null : featureMajor(test);
        int record = recordEvery > 0 ? recordEvery : Math.max(1, epochs / 100);
        int progress = progressEvery < 0 ? Math.max(1, (epochs + 9) / 10)
                : progressEvery == 0 ? 0 : Math.max(progressEvery, (epochs + MAX_PROGRESS_LINES - 1) / MAX_PROGRESS_LINES);
        History.Recorder history = new History.Recorder(epochs / record + 2, test != null);
        try (BatchEngine engine = new BatchEngine(net, threads)) {
            double[] grad = new double[engine.parameters()];
            double[] batchX = batch == n ? trainX : new double[train.inputs() * batch];
            int[] batchY = batch == n ? train.labelArray() : new int[batch];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Random random = new Random(seed);
            evaluate(engine, 0, trainX, train, testX, test, history, false);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                if (batch == n) {
                    step(net, engine, trainX, batchY, n, grad, epoch);
                } else {
                    shuffle(order, random);
                    for (int start = 0; start < n; start += batch) {
                        int count = Math.min(batch, n - start);
                        gather(train, order, start, count, batchX, batchY);
                        step(net, engine, batchX, batchY, count, grad, epoch);
                    }
                }
                boolean recordNow = epoch % record == 0 || epoch == epochs;
                boolean printNow = progress > 0 && (epoch % progress == 0 || epoch == epochs);
                if (recordNow || printNow) {
                    evaluate(engine, epoch, trainX, train, testX, test, recordNow ? history : null, printNow);
                }
            }
        }
        return history.build();
    }

    /** One gradient step on the count samples of x (feature-major, stride count). */
    private void step(Network net, BatchEngine engine, double[] x, int[] labels, int count, double[] grad, int epoch) {
        engine.gradient(x, count, labels, count, false, grad);
        for (double g : grad) {
            if (!Double.isFinite(g)) {
                throw diverged(epoch);
            }
        }
        double scale = 1.0 / count;
        for (int l = 1; l <= net.layers(); l++) {
            double[] w = net.w(l);
            double[] b = net.b(l);
            int off = engine.layerOffset(l);
            for (int i = 0; i < w.length; i++) {
                w[i] -= learningRate * (grad[off + i] * scale + l2 * w[i]);
            }
            off += w.length;
            for (int k = 0; k < b.length; k++) {
                b[k] -= learningRate * grad[off + k] * scale;
            }
        }
    }

    private void evaluate(BatchEngine engine, int epoch, double[] trainX, Dataset train, double[] testX, Dataset test,
            History.Recorder history, boolean print) {
        double trainLoss = engine.evaluate(trainX, train.size(), train.labelArray(), train.size()) / train.size();
        double trainAccuracy = (double) engine.lastCorrect() / train.size();
        if (!Double.isFinite(trainLoss)) {
            throw diverged(epoch);
        }
        double testLoss = Double.NaN;
        double testAccuracy = Double.NaN;
        if (test != null) {
            testLoss = engine.evaluate(testX, test.size(), test.labelArray(), test.size()) / test.size();
            testAccuracy = (double) engine.lastCorrect() / test.size();
        }
        if (history != null) {
            history.add(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy);
        }
        if (print) {
            String line = String.format("epoch %" + String.valueOf(epochs).length() + "d/%d  train loss %.5f  accuracy %.4f",
                    epoch, epochs, trainLoss, trainAccuracy);
            if (test != null) {
                line += String.format("  test loss %.5f  accuracy %.4f", testLoss, testAccuracy);
            }
            System.out.println(line);
        }
    }

    private IllegalStateException diverged(int epoch) {
        return new IllegalStateException("the loss became NaN or infinite at epoch " + epoch + " (learningRate "
                + learningRate + "): lower the learning rate");
    }

    /** x<sup>T</sup>: feature j of sample n at [j · N + n], so the training loops run over samples. */
    static double[] featureMajor(Dataset d) {
        double[] f = d.features();
        int n = d.size();
        int inputs = d.inputs();
        double[] t = new double[f.length];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < inputs; j++) {
                t[j * n + s] = f[s * inputs + j];
            }
        }
        return t;
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
        return "Trainer[learningRate=" + learningRate + ", epochs=" + epochs + ", batchSize="
                + (batchSize == FULL_BATCH ? "FULL_BATCH" : String.valueOf(batchSize)) + ", l2=" + l2 + ", seed=" + seed
                + "]";
    }

    /** Settings of a {@link Trainer}; each setter rejects bad values at once. */
    public static final class Builder {
        private double learningRate = 0.1;
        private int epochs = 1000;
        private int batchSize = FULL_BATCH;
        private double l2 = 0.0;
        private long seed = 0L;
        private int progressEvery = -1;
        private int recordEvery = 0;
        private int threads = 0;

        private Builder() {
        }

        /** η &gt; 0, the step size (default 0.1). */
        public Builder learningRate(double learningRate) {
            this.learningRate = Require.positiveFinite("learningRate", learningRate);
            return this;
        }

        /** The number of passes over the training set, ≥ 0 (default 1000). */
        public Builder epochs(int epochs) {
            this.epochs = Require.atLeast("epochs", epochs, 0);
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

        /**
         * Print a progress line on System.out every k epochs; 0 = silent. By default about 10 lines per fit. At most
         * {@value Trainer#MAX_PROGRESS_LINES} lines are printed: a smaller k is widened to epochs/20.
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

        public Trainer build() {
            return new Trainer(this);
        }
    }
}
