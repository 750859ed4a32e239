package backprop.fast;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The kernel's entry point: the summed gradient, the loss and accuracy, or the classes of a batch, on plain arrays
 * (θ laid out as in {@code backprop.Parameters}, read live). The batch is cut into chunks of {@link ChunkKernel#CHUNK}
 * samples (a small one into halves), the chunks into G = min(8, chunks) groups summed in order, then added in group
 * order: G depends only on the batch size, so any number of threads gives the same bits. A bad argument, or a logit,
 * loss or gradient that is not finite, is an IllegalArgumentException; a concurrent call, or one after
 * {@link #close()}, an {@link IllegalStateException}.
 */
public final class BatchEngine implements AutoCloseable {

    static final int MAX_GROUPS = 8;

    /** Batches whose work (samples × cost per sample) is below this run on the calling thread alone. */
    static final long PARALLEL_WORK = 12_000L;

    /** The loss summed over a batch, Σ<sub>n</sub> ℓ<sub>n</sub>, and how many samples have argmax ŷ = label. */
    public record Score(double loss, int correct) {
    }

    private enum Mode { GRADIENT, SCORE, PREDICT }

    /** One call: its mode and arguments, and how it is cut into chunks and groups. */
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

    /** sizes ≥ 1 each, θ of their length (read, never written); threads ≥ 1, or 0: up to 8 for large batches. */
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

    /**
     * The layout of θ: offset[l] = the index of w<sub>0→0</sub> of layer l, offset[L + 1] = the length of θ, for
     * sizes = [inputs, hidden..., classes], each ≥ 1, giving at most 2<sup>31</sup> − 9 parameters.
     */
    public static int[] offsets(int[] sizes) {
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

    /** grad = Σ<sub>n&lt;count</sub> ∂ℓ<sub>n</sub>/∂θ (no 1/N, no L2 term), x feature-major: x[j · count + n]. */
    public void gradient(double[] x, int[] labels, int count, double[] grad) {
        if (grad == null || grad.length != groupGrad[0].length) {
            throw new IllegalArgumentException("grad must have " + groupGrad[0].length + " entries, had "
                    + (grad == null ? "null" : String.valueOf(grad.length)));
        }
        Batch b = run(Mode.GRADIENT, "x", x, requireLabels(labels, count), null, count);
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

    /** Σ<sub>n</sub> ℓ<sub>n</sub> and the count of argmax ŷ = label, features sample-major: [n · inputs + j]. */
    public Score score(double[] features, int[] labels, int count) {
        Batch b = run(Mode.SCORE, "features", features, requireLabels(labels, count), null, count);
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

    /** classes[n] = argmax<sub>k</sub> z<sub>k</sub> (= argmax ŷ) for n &lt; count, features sample-major. */
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

    /** labels[0..count), each a class in [0, classes). */
    private int[] requireLabels(int[] labels, int count) {
        requireLength("labels", labels, count);
        int classes = sizes[sizes.length - 1];
        for (int n = 0; n < count; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("labels[" + n + "] must be in [0, " + classes + "), was "
                        + labels[n]);
            }
        }
        return labels;
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
