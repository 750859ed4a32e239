package backprop.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: full-batch training epochs per second of a 2-H-2 tanh/softmax network on moons(N, noise 0.2)
 * over the grid N &isin; {200, 10k, 100k} &times; H &isin; {3, 16, 64}, with one and with two threads and
 * with the trainer's default (threads = 0: one thread for small batches, all processors for large ones).
 * Each invocation is one {@code Trainer.fit} of {@value #EPOCHS} epochs, so the score is in epochs/s.
 * Run on demand only (see docs/benchmarks.md), never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EpochBenchmark {

    static final int EPOCHS = 20;

    @Param({"200", "10000", "100000"})
    public int n;

    @Param({"3", "16", "64"})
    public int hidden;

    @Param({"0", "1", "2"})
    public int threads;

    private LibraryRun run;

    @Setup
    public void setUp() {
        run = new LibraryRun(SideBySide.initialNetwork(hidden), SideBySide.data(n), SideBySide.LEARNING_RATE,
                SideBySide.TIME_L2, threads);
    }

    @Benchmark
    @OperationsPerInvocation(EPOCHS)
    public void epochs() {
        run.train(EPOCHS);
    }
}
