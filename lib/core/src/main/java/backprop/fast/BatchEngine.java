package backprop.fast;

import backprop.Activation;
import backprop.Parameters;
import java.util.Arrays;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Computes the summed loss gradient of a batch with {@link ChunkKernel}s, on one or more threads, with a result
 * that does not depend on the number of threads.
 *
 * <p>The batch is cut into chunks of {@link ChunkKernel#CHUNK} samples (a batch of at most that many into two
 * halves, so that two threads can share even a small batch), and the chunks into G = min(8, chunks)
 * contiguous groups. Each group sums its chunks in order into its own partial gradient; the partials are then added
 * in group order. G depends only on the batch size, so one thread or many produce bit-identical sums: threads
 * only decide which thread computes which group. The threads claim the groups one at a time from a shared counter,
 * so a thread that starts late or is descheduled leaves its groups to the others instead of holding them up.
 *
 * <p>The engine reads the parameter vector θ it was made with, live: an update of θ between calls is seen by the
 * next call. It depends only on θ (its sizes and layout) and the hidden activation.
 */
public final class BatchEngine implements AutoCloseable {

    static final int MAX_GROUPS = 8;

    /** Batches whose work (samples × cost per sample) is below this run on the calling thread alone. */
    static final long PARALLEL_WORK = 12_000L;

    private final int parameters;
    private final long costPerSample;
    private final boolean automatic;
    private final ChunkKernel[] kernels;
    private final double[][] groupGrad;
    private final double[] groupLoss = new double[MAX_GROUPS];
    private final int[] groupCorrect = new int[MAX_GROUPS];
    private WorkerPool pool;
    private final IntConsumer share = this::runShare;
    private final AtomicInteger nextGroup = new AtomicInteger();

    private double[] x;
    private int stride;
    private int[] labels;
    private int count;
    private boolean wantLoss;
    private Mode mode;
    private int[] classes;
    private int chunkLength;
    private int chunks;
    private int groups;
    private int activeThreads;

    /**
     * @param threads the number of threads, or 0 for automatic: all available processors for batches above
     *                {@link #PARALLEL_WORK}, the calling thread alone below; the worker threads start at the first
     *                batch that uses them and stop at {@link #close()}
     */
    public BatchEngine(Parameters theta, Activation sigma, int threads) {
        if (theta == null || sigma == null) {
            throw new IllegalArgumentException((theta == null ? "theta" : "sigma") + " must not be null, was null");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + threads);
        }
        long cost = 0;
        for (int l = 1; l <= theta.layers(); l++) {
            cost += 3L * theta.size(l - 1) * theta.size(l) + 8L * theta.size(l);
        }
        this.parameters = theta.count();
        this.costPerSample = cost;
        this.automatic = threads == 0;
        int n = automatic ? Math.min(MAX_GROUPS, Runtime.getRuntime().availableProcessors()) : threads;
        n = Math.min(n, MAX_GROUPS);
        this.kernels = new ChunkKernel[n];
        for (int t = 0; t < n; t++) {
            kernels[t] = new ChunkKernel(theta, sigma);
        }
        this.groupGrad = new double[MAX_GROUPS][parameters];
    }

    /** What a batch run computes, which input layout it reads and whether it needs ŷ normalised. */
    private enum Mode {
        GRADIENT(false, true), EVALUATE(false, true), LOSS(true, false), PREDICT(true, false);

        /** The input is a data set's own sample-major array, not a feature-major copy. */
        final boolean sampleMajor;
        final boolean probabilities;

        Mode(boolean sampleMajor, boolean probabilities) {
            this.sampleMajor = sampleMajor;
            this.probabilities = probabilities;
        }
    }

    /**
     * Sums over the batch the gradient of the per-sample loss: grad = Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂θ in the layout
     * of {@link Parameters} (W<sub>l</sub> row-major, then b<sub>l</sub>), no 1/N and no L2 term.
     *
     * @param x      the inputs, feature-major: feature j of sample n at x[j · stride + n]
     * @param labels the labels of samples 0..count−1
     * @return the summed loss Σ<sub>n</sub> ℓ<sub>n</sub> if {@code wantLoss}, else 0
     */
    public double gradient(double[] x, int stride, int[] labels, int count, boolean wantLoss, double[] grad) {
        run(x, stride, labels, count, wantLoss, Mode.GRADIENT);
        Arrays.fill(grad, 0.0);
        for (int g = 0; g < groups; g++) {
            double[] partial = groupGrad[g];
            for (int i = 0; i < parameters; i++) {
                grad[i] += partial[i];
            }
        }
        return totalLoss();
    }

    /** Forward passes only; returns the summed loss, and {@link #lastCorrect()} the number of correct argmaxes. */
    public double evaluate(double[] x, int stride, int[] labels, int count) {
        run(x, stride, labels, count, true, Mode.EVALUATE);
        return totalLoss();
    }

    /**
     * Forward passes only; returns the summed loss (without normalising ŷ or counting correct argmaxes).
     *
     * @param features the inputs sample-major, as a data set holds them: feature j of sample n at
     *                 features[n · inputs + j] (each chunk copies its own samples, on its own thread)
     */
    public double loss(double[] features, int[] labels, int count) {
        run(features, 0, labels, count, true, Mode.LOSS);
        return totalLoss();
    }

    /**
     * Forward passes only; writes argmax<sub>k</sub> ŷ<sub>k</sub> of samples 0..count−1 to classes[0..count), taken
     * over the logits z<sub>k</sub> (the softmax keeps their order, so it is not computed).
     *
     * @param features the inputs sample-major, as for {@link #loss(double[], int[], int)}
     */
    public void predict(double[] features, int count, int[] classes) {
        this.classes = classes;
        run(features, 0, null, count, false, Mode.PREDICT);
    }

    /** @return how many samples of the last {@link #evaluate} have argmax ŷ equal to their label */
    public int lastCorrect() {
        int correct = 0;
        for (int g = 0; g < groups; g++) {
            correct += groupCorrect[g];
        }
        return correct;
    }

    private double totalLoss() {
        double loss = 0.0;
        for (int g = 0; g < groups; g++) {
            loss += groupLoss[g];
        }
        return loss;
    }

    private void run(double[] x, int stride, int[] labels, int count, boolean wantLoss, Mode mode) {
        this.x = x;
        this.stride = stride;
        this.labels = labels;
        this.count = count;
        this.wantLoss = wantLoss;
        this.mode = mode;
        this.chunkLength = count > ChunkKernel.CHUNK ? ChunkKernel.CHUNK : Math.max(1, (count + 1) / 2);
        this.chunks = (count + chunkLength - 1) / chunkLength;
        this.groups = Math.min(MAX_GROUPS, chunks);
        boolean parallel = kernels.length > 1 && (!automatic || count * costPerSample >= PARALLEL_WORK);
        this.activeThreads = parallel ? Math.min(kernels.length, groups) : 1;
        if (activeThreads > 1) {
            if (pool == null) {
                pool = new WorkerPool(kernels.length);
            }
            nextGroup.set(0);
            pool.run(share);
        } else {
            for (int g = 0; g < groups; g++) {
                runGroup(g, kernels[0]);
            }
        }
    }

    /** Thread t of the pool (idle if t ≥ T) computes the next unclaimed group until none is left. */
    private void runShare(int t) {
        if (t >= activeThreads) {
            return;
        }
        for (int g = nextGroup.getAndIncrement(); g < groups; g = nextGroup.getAndIncrement()) {
            runGroup(g, kernels[t]);
        }
    }

    /** Group g: its chunks in order, the gradient sums into groupGrad[g], the loss and correct count alongside. */
    private void runGroup(int g, ChunkKernel kernel) {
        double[] partial = groupGrad[g];
        if (mode == Mode.GRADIENT) {
            Arrays.fill(partial, 0.0);
        }
        double loss = 0.0;
        int correct = 0;
        for (int ch = g * chunks / groups; ch < (g + 1) * chunks / groups; ch++) {
            int offset = ch * chunkLength;
            int c = Math.min(chunkLength, count - offset);
            if (mode.sampleMajor) {
                kernel.loadSampleMajor(x, offset, c);
            } else {
                kernel.loadFeatureMajor(x, stride, offset, c);
            }
            loss += kernel.forward(labels, offset, c, wantLoss, mode.probabilities);
            switch (mode) {
                case GRADIENT -> kernel.backward(labels, offset, c, partial);
                case EVALUATE -> correct += kernel.correct(labels, offset, c);
                case PREDICT -> kernel.argmax(classes, offset, c);
                case LOSS -> { }
            }
        }
        groupLoss[g] = loss;
        groupCorrect[g] = correct;
    }

    /** Stops the worker threads, if any were started. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
