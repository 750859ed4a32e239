package backprop;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Computes the summed loss gradient of a batch with {@link ChunkKernel}s, on one or more threads, with a result
 * that does not depend on the number of threads.
 *
 * <p>The batch is cut into chunks of {@link ChunkKernel#CHUNK} samples, and the chunks into G = min(8, chunks)
 * contiguous groups. Each group sums its chunks in order into its own partial gradient; the partials are then added
 * in group order. G depends only on the batch size, so one thread or many produce bit-identical sums: threads
 * only decide which thread computes which group. The threads claim the groups one at a time from a shared counter,
 * so a thread that starts late or is descheduled leaves its groups to the others instead of holding them up.
 */
final class BatchEngine implements AutoCloseable {

    static final int MAX_GROUPS = 8;

    /** Batches whose work (samples × cost per sample) is below this run on the calling thread alone. */
    static final long PARALLEL_WORK = 400_000L;

    private final Network net;
    private final int parameters;
    private final int[] layerOffset;
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
    private boolean backward;
    private int groups;
    private int activeThreads;

    /**
     * @param threads the number of threads, or 0 for automatic: all available processors for batches above
     *                {@link #PARALLEL_WORK}, the calling thread alone below; the worker threads start at the first
     *                batch that uses them and stop at {@link #close()}
     */
    BatchEngine(Network net, int threads) {
        this.net = net;
        int top = net.layers();
        this.layerOffset = new int[top + 1];
        int offset = 0;
        long cost = 0;
        for (int l = 1; l <= top; l++) {
            layerOffset[l] = offset;
            offset += net.size(l - 1) * net.size(l) + net.size(l);
            cost += 3L * net.size(l - 1) * net.size(l) + 8L * net.size(l);
        }
        this.parameters = offset;
        this.costPerSample = cost;
        this.automatic = threads == 0;
        int n = automatic ? Math.min(MAX_GROUPS, Runtime.getRuntime().availableProcessors()) : threads;
        n = Math.min(n, MAX_GROUPS);
        this.kernels = new ChunkKernel[n];
        for (int t = 0; t < n; t++) {
            kernels[t] = new ChunkKernel(net);
        }
        this.groupGrad = new double[MAX_GROUPS][parameters];
    }

    int parameters() {
        return parameters;
    }

    int layerOffset(int l) {
        return layerOffset[l];
    }

    /**
     * Sums over the batch the gradient of the per-sample loss: grad = Σ<sub>n</sub> ∂ℓ<sub>n</sub>/∂θ in the layout
     * of {@link #layerOffset} (W<sub>l</sub> row-major, then b<sub>l</sub>), no 1/N and no L2 term.
     *
     * @param x      the inputs, feature-major: feature j of sample n at x[j · stride + n]
     * @param labels the labels of samples 0..count−1
     * @return the summed loss Σ<sub>n</sub> ℓ<sub>n</sub> if {@code wantLoss}, else 0
     */
    double gradient(double[] x, int stride, int[] labels, int count, boolean wantLoss, double[] grad) {
        run(x, stride, labels, count, wantLoss, true);
        java.util.Arrays.fill(grad, 0.0);
        for (int g = 0; g < groups; g++) {
            double[] partial = groupGrad[g];
            for (int i = 0; i < parameters; i++) {
                grad[i] += partial[i];
            }
        }
        return totalLoss();
    }

    /** Forward passes only; returns the summed loss, and {@link #lastCorrect()} the number of correct argmaxes. */
    double evaluate(double[] x, int stride, int[] labels, int count) {
        run(x, stride, labels, count, true, false);
        return totalLoss();
    }

    int lastCorrect() {
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

    private void run(double[] x, int stride, int[] labels, int count, boolean wantLoss, boolean backward) {
        this.x = x;
        this.stride = stride;
        this.labels = labels;
        this.count = count;
        this.wantLoss = wantLoss;
        this.backward = backward;
        int chunks = (count + ChunkKernel.CHUNK - 1) / ChunkKernel.CHUNK;
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
        int chunks = (count + ChunkKernel.CHUNK - 1) / ChunkKernel.CHUNK;
        double[] partial = groupGrad[g];
        if (backward) {
            java.util.Arrays.fill(partial, 0.0);
        }
        double loss = 0.0;
        int correct = 0;
        for (int ch = g * chunks / groups; ch < (g + 1) * chunks / groups; ch++) {
            int offset = ch * ChunkKernel.CHUNK;
            int c = Math.min(ChunkKernel.CHUNK, count - offset);
            loss += kernel.forward(x, stride, offset, labels, c, wantLoss);
            if (backward) {
                kernel.backward(labels, offset, c, partial, layerOffset);
            } else {
                correct += kernel.correct(labels, offset, c);
            }
        }
        groupLoss[g] = loss;
        groupCorrect[g] = correct;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
