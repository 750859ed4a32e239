package backprop.fast;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: is the library's own {@link WorkerPool} worth its code, against what {@code java.util.concurrent} offers?
 * One call shares a piece of work between the calling thread and one worker (the shape of every
 * {@code BatchEngine} call on two cores) and returns when both halves are done; the score is calls per second.
 *
 * <ul>
 *   <li>{@code serial}: both halves on the calling thread (what one thread costs);</li>
 *   <li>{@code workerPool}: {@link WorkerPool#run}, the library's pool (the worker spins for 0.2 ms, then parks);</li>
 *   <li>{@code executor}: a fixed {@link ExecutorService} of one thread, {@code submit} + {@code Future.get};</li>
 *   <li>{@code barrier}: a persistent worker and two {@link CyclicBarrier} waits per call (start and end).</li>
 * </ul>
 *
 * <p>{@code work} is the number of multiply-adds in each half: 0 measures the hand-off alone; 2,000 is about the
 * half-epoch of a 200-sample batch with 3 hidden units, 50,000 that of 200 samples with 64 hidden units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HandOffBenchmark {

    @Param({"0", "2000", "50000"})
    public int work;

    /** Each thread's 16 sums sit in the middle of its own 128-value row, so the two never share a cache line. */
    private final double[][] sums = new double[2][128];
    private WorkerPool pool;
    private ExecutorService executor;
    private CyclicBarrier start;
    private CyclicBarrier end;
    private Thread barrierWorker;
    private volatile boolean closed;
    private final IntConsumer half = this::half;

    @Setup(Level.Trial)
    public void setUp() {
        pool = new WorkerPool(2);
        executor = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "executor-worker");
            t.setDaemon(true);
            return t;
        });
        start = new CyclicBarrier(2);
        end = new CyclicBarrier(2);
        barrierWorker = new Thread(() -> {
            try {
                while (true) {
                    start.await();
                    if (closed) {
                        return;
                    }
                    half(1);
                    end.await();
                }
            } catch (InterruptedException | BrokenBarrierException e) {
                Thread.currentThread().interrupt();
            }
        }, "barrier-worker");
        barrierWorker.setDaemon(true);
        barrierWorker.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        pool.close();
        executor.shutdownNow();
        closed = true;
        barrierWorker.interrupt();
        barrierWorker.join(1000);
    }

    /** One half of the work: {@code work} dependent-free multiply-adds into the thread's own row of sums. */
    private void half(int t) {
        double[] s = sums[t];
        double a = 1.0 + t;
        for (int i = 0; i < work; i++) {
            s[32 + (i & 15)] = s[32 + (i & 15)] * 0.999999 + a;
        }
    }

    @Benchmark
    public double[][] serial() {
        half(0);
        half(1);
        return sums;
    }

    @Benchmark
    public double[][] workerPool() {
        pool.run(half);
        return sums;
    }

    @Benchmark
    public double[][] executor() throws InterruptedException, ExecutionException {
        Future<?> other = executor.submit(() -> half(1));
        half(0);
        other.get();
        return sums;
    }

    @Benchmark
    public double[][] barrier() throws InterruptedException, BrokenBarrierException {
        start.await();
        half(0);
        end.await();
        return sums;
    }
}
