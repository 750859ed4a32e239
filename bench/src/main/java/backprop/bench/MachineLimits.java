package backprop.bench;

import backprop.fast.VectorMath;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the machine's limits for the training kernel, in operations per second: per core with one thread (the
 * default), for the whole machine with {@code -t 2} (each thread works on its own rows).
 *
 * <ul>
 *   <li>{@code tanh}: values per second of the library's own hidden-layer loop ({@link VectorMath#tanh}, what
 *   the kernel's TANH runs) over one chunk row of {@value #ROW} values, as the forward pass runs it;</li>
 *   <li>{@code exp}: values per second of the library's softmax exponential loop ({@link VectorMath#expShifted});</li>
 *   <li>{@code fma}: fused multiply-adds per second at the best the JIT reaches: {@value #CHAIN} dependent
 *   {@link Math#fma} per value over a row held in L1 (independent across values, so the loop is bound by the
 *   FMA units' throughput, not their latency, and by no memory traffic);</li>
 *   <li>{@code mulAdd}: the same with a separate multiply and add ({@code v * a + b}), which Java never fuses: what
 *   the library's own weighted sums are made of.</li>
 * </ul>
 *
 * <p>Both loops are reached through the kernel's public {@link VectorMath}. {@code bench/run.sh} runs it briefly on one and on two threads and divides each grid point's operation counts by
 * these rates (see
 * {@code bench/python/limits.py}); {@code bench/jmh.sh MachineLimits} runs it in full.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MachineLimits {

    /** One chunk row, as the library's kernel holds it ({@code ChunkKernel.CHUNK}). */
    static final int ROW = 256;
    /** Dependent fused multiply-adds per value in {@link #fma()}. */
    static final int CHAIN = 16;

    private final double[] row = new double[ROW];
    private final double[] shift = new double[ROW];
    private double a;
    private double b;

    /**
     * Logits spread over [−4, 4] as a trained hidden layer sees them (the cost of the library's loops does not
     * depend on the value: they have no branches); the softmax shift is 3, so e^(z − 3) stays in (0, 1] when the
     * loop is applied over and over to its own output; a and b keep the FMA chains at a fixed point near 1.
     */
    @Setup(Level.Iteration)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        for (int n = 0; n < ROW; n++) {
            row[n] = random.nextDouble(-4.0, 4.0);
            shift[n] = 3.0;
        }
        a = 0.999;
        b = 0.001;
    }

    /** tanh of one row, the library's loop. */
    @Benchmark
    @OperationsPerInvocation(ROW)
    public double[] tanh() {
        VectorMath.tanh(row, ROW);
        return row;
    }

    /** e^(z − max) of one row, the library's softmax loop. */
    @Benchmark
    @OperationsPerInvocation(ROW)
    public double[] exp() {
        VectorMath.expShifted(row, shift, ROW);
        return row;
    }

    /** {@value #CHAIN} fused multiply-adds v ← v·a + b per value of one row. */
    @Benchmark
    @OperationsPerInvocation(ROW * CHAIN)
    public double[] fma() {
        double[] v = row;
        for (int n = 0; n < ROW; n++) {
            double x = v[n];
            for (int k = 0; k < CHAIN; k++) {
                x = Math.fma(x, a, b);
            }
            v[n] = x;
        }
        return v;
    }

    /** {@value #CHAIN} unfused multiply-then-add v ← v·a + b per value of one row. */
    @Benchmark
    @OperationsPerInvocation(ROW * CHAIN)
    public double[] mulAdd() {
        double[] v = row;
        for (int n = 0; n < ROW; n++) {
            double x = v[n];
            for (int k = 0; k < CHAIN; k++) {
                x = x * a + b;
            }
            v[n] = x;
        }
        return v;
    }
}
