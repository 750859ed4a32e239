package backprop.fast;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The training kernel's entry point: the summed loss gradient, the loss and accuracy, or the predicted classes of a
 * batch, computed by {@link ChunkKernel}s on one or more threads with a result that does not depend on the number
 * of threads. It reads plain arrays: the layer sizes, the parameter vector θ in the layout of
 * {@code backprop.Parameters} (read live: an update of θ between calls is seen by the next call) and the hidden
 * activation.
 *
 * <p>The batch is cut into chunks of {@link ChunkKernel#CHUNK} samples (a small batch into two halves, so that two
 * threads can share it), and the chunks into G = min(8, chunks) contiguous groups, each summing its chunks in order
 * into its own partial sums, which are then added in group order. G depends only on the batch size, so any number of
 * threads gives the same bits: the threads claim groups one at a time from a shared counter, so a thread that starts
 * late leaves its groups to the others.
 *
 * <p>Not thread-safe: a call while another thread is inside one fails with an {@link IllegalStateException}, as
 * does any call after {@link #close()}. Every argument is checked; a label outside [0, classes) is an
 * {@link IllegalArgumentException} naming it, and so is a result that cannot be computed finitely.
 */
public final class BatchEngine implements AutoCloseable {

    static final int MAX_GROUPS = 8;

    /** Batches whose work (samples × cost per sample) is below this run on the calling thread alone. */
    static final long PARALLEL_WORK = 12_000L;

    /** The loss summed over a batch, Σ<sub>n</sub> ℓ<sub>n</sub>, and how many samples have argmax ŷ = label. */
    public record Score(double loss, int correct) {
    }

    private enum Mode { GRADIENT, SCORE, PREDICT }

    /** One call: its mode and arguments, and how it is cut (chunks of chunkLength samples, G groups, threads). */
    private record Batch(Mode mode, double[] x, int[] labels, int[] classes, int count, int threads) {
        int chunkLength() {
            return count > ChunkKernel.CHUNK ? ChunkKernel.CHUNK : Math.max(1, (count + 1) / 2);
        }

        int chunks() {
            return (count + chunkLength() - 1) / chunkLength();
        }

        int groups() {
            return Math.min(MAX_GROUPS, chunks());
        }
    }

    private final int[] sizes;
    private final int[] offset;
    private final long costPerSample;
    private final boolean automatic;
    private final ChunkKernel[] kernels;
    private final double[][] groupGrad;
    private final double[] groupLoss = new double[MAX_GROUPS];
    private final int[] groupCorrect = new int[MAX_GROUPS];
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger nextGroup = new AtomicInteger();
    private final IntConsumer share = this::runShare;
    private volatile boolean closed;
    private WorkerPool pool;
    private Batch batch;

    /**
     * @param sizes   [inputs, hidden..., classes], at least two entries, each ≥ 1
     * @param theta   θ, of exactly the length the sizes give; read (never written) at every call
     * @param sigma   the activation of the hidden layers
     * @param threads the number of threads, or 0 for automatic: all available processors (at most 8) for batches
     *                above {@link #PARALLEL_WORK}, the calling thread alone below; the worker threads start at the
     *                first batch that uses them and stop at {@link #close()}
     */
    public BatchEngine(int[] sizes, double[] theta, ActivationLoops sigma, int threads) {
        this.offset = offsets(sizes);
        this.sizes = sizes.clone();
        int count = offset[sizes.length];
        if (theta == null || theta.length != count) {
            throw new IllegalArgumentException("theta must hold the " + count + " parameters of "
                    + Arrays.toString(sizes) + ", had " + (theta == null ? "null" : theta.length + " values"));
        }
        if (sigma == null) {
            throw new IllegalArgumentException("sigma must not be null, was null");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + threads);
        }
        long cost = 0;
        for (int l = 1; l < sizes.length; l++) {
            cost += 3L * sizes[l - 1] * sizes[l] + 8L * sizes[l];
        }
        this.costPerSample = cost;
        this.automatic = threads == 0;
        int n = Math.min(MAX_GROUPS, automatic ? Runtime.getRuntime().availableProcessors() : threads);
        this.kernels = new ChunkKernel[n];
        for (int t = 0; t < n; t++) {
            kernels[t] = new ChunkKernel(this.sizes, offset, theta, sigma);
        }
        this.groupGrad = new double[MAX_GROUPS][theta.length];
    }

    /** @return offset[l] = the index of w<sub>0→0</sub> of layer l = 1..L in θ, offset[L + 1] = the length of θ */
    private static int[] offsets(int[] sizes) {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list at least the inputs and the classes, was "
                    + Arrays.toString(sizes));
        }
        int[] offset = new int[sizes.length + 1];
        long count = 0;
        for (int l = 1; l <= sizes.length; l++) {
            if (sizes[l - 1] < 1) {
                throw new IllegalArgumentException("sizes[" + (l - 1) + "] must be >= 1, was " + sizes[l - 1]);
            }
            offset[l] = (int) count;
            count += l < sizes.length ? (long) sizes[l - 1] * sizes[l] + sizes[l] : 0;
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("sizes must give at most 2^31 - 9 parameters, was "
                        + Arrays.toString(sizes));
            }
        }
        return offset;
    }

    /**
     * Sums over the batch the gradient of the per-sample loss: grad = Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂θ in the layout
     * of θ, no 1/N and no L2 term.
     *
     * @param x      the inputs of samples 0..count−1, feature-major: feature j of sample n at x[j · count + n]
     * @param labels the labels of samples 0..count−1 (at least count entries)
     * @param count  the number of samples, ≥ 1
     * @param grad   receives the sums: as many entries as θ
     * @throws IllegalArgumentException if an argument is bad or a sum is not finite
     */
    public void gradient(double[] x, int[] labels, int count, double[] grad) {
        if (grad == null || grad.length != groupGrad[0].length) {
            throw new IllegalArgumentException("grad must have " + groupGrad[0].length + " entries, had "
                    + (grad == null ? "null" : String.valueOf(grad.length)));
        }
        Batch b = run(Mode.GRADIENT, "x", x, requireLength("labels", labels, count), null, count);
        for (int i = 0; i < grad.length; i++) {
            double sum = 0.0;
            for (int g = 0; g < b.groups(); g++) {
                sum += groupGrad[g][i];
            }
            if (!Double.isFinite(sum)) {
                throw new IllegalArgumentException("x must give a finite gradient at these weights, had grad[" + i
                        + "] = " + sum + " (a non-finite input or weight, or weights too large for x)");
            }
            grad[i] = sum;
        }
    }

    /**
     * Forward passes only: the summed loss and the number of samples whose argmax ŷ equals the label.
     *
     * @param features the inputs sample-major, as a data set holds them: feature j of sample n at
     *                 features[n · inputs + j] (each chunk copies its own samples, on its own thread)
     * @throws IllegalArgumentException if an argument is bad, a logit is not finite or the loss overflows
     */
    public Score score(double[] features, int[] labels, int count) {
        Batch b = run(Mode.SCORE, "features", features, requireLength("labels", labels, count), null, count);
        double loss = 0.0;
        int correct = 0;
        for (int g = 0; g < b.groups(); g++) {
            loss += groupLoss[g];
            correct += groupCorrect[g];
        }
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("features must give a finite loss, had " + loss + ": the weights"
                    + " are so large that the logits are more than 1.8e308 apart");
        }
        return new Score(loss, correct);
    }

    /**
     * Forward passes only; writes argmax<sub>k</sub> ŷ<sub>k</sub> of samples 0..count−1 to classes[0..count),
     * taken over the logits z<sub>k</sub> (the softmax keeps their order, so it is not computed).
     *
     * @param features the inputs sample-major, as for {@link #score}
     * @throws IllegalArgumentException if an argument is bad or a logit is not finite
     */
    public void predict(double[] features, int count, int[] classes) {
        run(Mode.PREDICT, "features", features, null, requireLength("classes", classes, count), count);
    }

    /** Stops the worker threads, if any were started; every later call throws. */
    @Override
    public void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }

    private static int[] requireLength(String name, int[] array, int count) {
        if (array == null || array.length < count) {
            throw new IllegalArgumentException(name + " must have at least count = " + count + " entries, had "
                    + (array == null ? "null" : String.valueOf(array.length)));
        }
        return array;
    }

    /** Checks the inputs and the engine's state, then runs every group of the batch. */
    private Batch run(Mode mode, String name, double[] x, int[] labels, int[] classes, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        long needed = (long) sizes[0] * count;
        if (x == null || x.length < needed) {
            throw new IllegalArgumentException(name + " must hold " + needed + " values (" + count + " samples of "
                    + sizes[0] + " features), had " + (x == null ? "null" : String.valueOf(x.length)));
        }
        if (closed) {
            throw new IllegalStateException("this BatchEngine was closed: make a new one");
        }
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("a BatchEngine is not thread-safe: another thread is using this one");
        }
        try {
            boolean parallel = kernels.length > 1 && (!automatic || count * costPerSample >= PARALLEL_WORK);
            Batch b = new Batch(mode, x, labels, classes, count, parallel ? kernels.length : 1);
            if (b.threads() > 1 && b.groups() > 1) {
                if (pool == null) {
                    pool = new WorkerPool(kernels.length);
                }
                batch = b;
                nextGroup.set(0);
                pool.run(share);
            } else {
                for (int g = 0; g < b.groups(); g++) {
                    runGroup(b, g, kernels[0]);
                }
            }
            return b;
        } finally {
            busy.set(false);
        }
    }

    /** Thread t of the pool (idle if t ≥ T) computes the next unclaimed group until none is left. */
    private void runShare(int t) {
        Batch b = batch;
        if (t >= Math.min(b.threads(), b.groups())) {
            return;
        }
        for (int g = nextGroup.getAndIncrement(); g < b.groups(); g = nextGroup.getAndIncrement()) {
            runGroup(b, g, kernels[t]);
        }
    }

    /** Group g: its chunks in order, the gradient sums into groupGrad[g], the loss and correct count alongside. */
    private void runGroup(Batch b, int g, ChunkKernel kernel) {
        double[] partial = groupGrad[g];
        if (b.mode() == Mode.GRADIENT) {
            Arrays.fill(partial, 0.0);
        }
        double loss = 0.0;
        int correct = 0;
        int length = b.chunkLength();
        int chunks = b.chunks();
        int groups = b.groups();
        for (int ch = g * chunks / groups; ch < (g + 1) * chunks / groups; ch++) {
            int offset = ch * length;
            int c = Math.min(length, b.count() - offset);
            if (b.mode() == Mode.GRADIENT) {
                kernel.loadFeatureMajor(b.x(), b.count(), offset, c);
            } else {
                kernel.loadSampleMajor(b.x(), offset, c);
            }
            kernel.forward(c);
            switch (b.mode()) {
                case GRADIENT -> {
                    kernel.outputDelta(b.labels(), offset, c);
                    kernel.backward(c, partial);
                }
                case SCORE -> {
                    correct += kernel.correct(b.labels(), offset, c);
                    loss += kernel.loss(b.labels(), offset, c);
                }
                case PREDICT -> kernel.argmax(b.classes(), offset, c);
            }
        }
        groupLoss[g] = loss;
        groupCorrect[g] = correct;
    }
}
