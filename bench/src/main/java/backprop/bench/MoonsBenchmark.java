package backprop.bench;

import backprop.Dataset;
import backprop.Moons;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: milliseconds to generate moons(n, noise 0.2, shuffled) for n &isin; {1e3, 1e5, 1e6}
 * (scikit-learn's {@code make_moons} is timed against it by bench/run.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoonsBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int n;

    private long seed;

    @Benchmark
    public Dataset make() {
        return Moons.make(n, SideBySide.NOISE, seed++);
    }
}
