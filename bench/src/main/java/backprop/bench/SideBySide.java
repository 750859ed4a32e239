package backprop.bench;

import backprop.Activation;
import backprop.Dataset;
import backprop.History;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Java half of {@code bench/run.sh}; the Python half is {@code bench/python/side_by_side.py}.
 *
 * <ul>
 *   <li>{@code prepare DIR}: writes the grid and the settings (config.txt), the moons data sets and the
 *   library's initial weights as raw little-endian doubles, and the library's loss trajectory over E
 *   full-batch epochs from those weights with its final weights and loss, for one and two threads,
 *   for Python to check against numpy from scratch before anything is timed;</li>
 *   <li>{@code time N H}: times one grid point, the library (its default threading, one thread, two
 *   threads) and Smile, and {@code moons} the moons generator, printing CSV lines for the Python half,
 *   which calls them grid point by grid point between its own timings, so that all peers of one point are
 *   measured minutes apart at most;</li>
 *   <li>{@code cpu}: the library on one thread over the grid in thread CPU time, the load-independent check.</li>
 * </ul>
 */
public final class SideBySide {

    static final int[] SIZES = {200, 10_000, 100_000};
    static final int[] HIDDEN = {3, 16, 64};
    static final int[] MOONS_SIZES = {1_000, 100_000, 1_000_000};
    static final int EVALUATION_SIZE = 1_000_000;
    static final double EPOCH_SECONDS = 3.0;
    static final double NOISE = 0.2;
    static final long DATA_SEED = 42;
    static final long WEIGHT_SEED = 7;
    static final double LEARNING_RATE = 0.5;
    static final double CHECK_L2 = 1e-3;
    static final int CHECK_EPOCHS = 100;
    static final double TIME_L2 = 0.0;
    static final double SECONDS = 0.3;
    static final double WARMUP_SECONDS = 1.0;
    static final int REPEATS = 5;
    /** Rounds per grid point: the first times every peer, the others the library and the two fastest peers again. */
    static final int ROUNDS = 3;

    private SideBySide() {
    }

    public static void main(String[] args) throws IOException {
        String usage = "args must be 'prepare DIR', 'time N H', 'time-default N H', 'moons', 'evaluation' or 'cpu', "
                + "were ";
        if (args.length == 2 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("time")) {
            time(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 3 && args[0].equals("time-default")) {
            timeDefault(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 1 && args[0].equals("moons")) {
            moons();
        } else if (args.length == 1 && args[0].equals("evaluation")) {
            evaluation();
        } else if (args.length == 1 && args[0].equals("cpu")) {
            cpu();
        } else {
            throw new IllegalArgumentException(usage + String.join(" ", args));
        }
    }

    static Dataset data(int n) {
        return Moons.make(n, NOISE, DATA_SEED);
    }

    static Network initialNetwork(int hidden) {
        return Network.create(Activation.TANH, Init.XAVIER, WEIGHT_SEED, 2, hidden, 2);
    }

    private static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.txt"), String.join("\n",
                "sizes=" + join(SIZES), "hidden=" + join(HIDDEN), "moons_sizes=" + join(MOONS_SIZES),
                "moons_noise=" + NOISE, "learning_rate=" + LEARNING_RATE, "check_l2=" + CHECK_L2,
                "check_epochs=" + CHECK_EPOCHS, "time_l2=" + TIME_L2, "seconds=" + SECONDS,
                "warmup_seconds=" + WARMUP_SECONDS, "repeats=" + REPEATS, "rounds=" + ROUNDS,
                "smile_version=" + smileVersion(), "java_version=" + Runtime.version()) + "\n");
        for (int h : HIDDEN) {
            RawDoubles.write(dir.resolve("weights-" + h + ".f64"), LibraryRun.parameters(initialNetwork(h)));
        }
        for (int n : SIZES) {
            Dataset d = data(n);
            double[] rows = new double[3 * n];
            for (int i = 0; i < n; i++) {
                rows[3 * i] = d.x(i, 0);
                rows[3 * i + 1] = d.x(i, 1);
                rows[3 * i + 2] = d.label(i);
            }
            RawDoubles.write(dir.resolve("moons-" + n + ".f64"), rows);
            for (int h : HIDDEN) {
                writeTrajectory(dir, d, h);
            }
        }
    }

    /**
     * Trains E epochs in one fit (the path that is timed) with one and with two threads, recording the
     * cross-entropy after every epoch (History.trainLoss: L without the L2 term, for epochs 0..E), and
     * writes those trajectories, the final weights and the full L (with the L2 term) at the end.
     */
    private static void writeTrajectory(Path dir, Dataset d, int h) throws IOException {
        String key = d.size() + "-" + h;
        for (int threads = 1; threads <= 2; threads++) {
            LibraryRun run = new LibraryRun(initialNetwork(h), d, LEARNING_RATE, CHECK_L2, threads);
            History history = run.fit(CHECK_EPOCHS, 1);
            RawDoubles.write(dir.resolve("library-trajectory-" + threads + "-" + key + ".f64"), history.trainLoss());
            RawDoubles.write(dir.resolve("library-final-" + threads + "-" + key + ".f64"),
                    RawDoubles.concat(run.parameters(), new double[] {run.loss()}));
        }
    }

    /**
     * Times one grid point: the library with its default threading (peer library-0), one thread and two
     * threads, then Smile; prints one CSV line {@code peer,n,h,epochsPerSecond} each on standard output.
     */
    private static void time(int n, int h) {
        Dataset d = data(n);
        LibraryRun[] libs = new LibraryRun[3];
        for (int threads = 0; threads <= 2; threads++) {
            libs[threads] = new LibraryRun(initialNetwork(h), d, LEARNING_RATE, TIME_L2, threads);
            // a fresh JVM compiles while it runs: warm every variant up before timing any, so none pays for it
            warmUp(libs[threads]);
        }
        for (int threads = 0; threads <= 2; threads++) {
            print("library-" + threads, n, h, Measure.epochsPerSecond(libs[threads]::train, SECONDS, WARMUP_SECONDS,
                    REPEATS));
        }
        SmileRun smile = new SmileRun(d.x(), d.labels(), h, LEARNING_RATE);
        print("smile", n, h, Measure.epochsPerSecond(smile::train, SECONDS, WARMUP_SECONDS, REPEATS));
    }

    /**
     * One more round of a grid point: the library with its default threading alone, warmed up as in {@link #time};
     * prints {@code library-0,n,h,epochsPerSecond}.
     */
    private static void timeDefault(int n, int h) {
        LibraryRun lib = new LibraryRun(initialNetwork(h), data(n), LEARNING_RATE, TIME_L2, 0);
        warmUp(lib);
        print("library-0", n, h, Measure.epochsPerSecond(lib::train, SECONDS, WARMUP_SECONDS, REPEATS));
    }

    /** Trains epoch by epoch for {@value #WARMUP_SECONDS} s, so that the JIT has compiled the training loop. */
    private static void warmUp(LibraryRun lib) {
        long end = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        while (System.nanoTime() < end) {
            lib.train(1);
        }
    }

    /**
     * The load-independent check: the library on one thread over the whole grid, timed in CPU time of the
     * calling thread (time spent waiting for a core is not counted); prints {@code library-cpu,n,h,rate}.
     */
    private static void cpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int n : SIZES) {
            Dataset d = data(n);
            for (int h : HIDDEN) {
                LibraryRun lib = new LibraryRun(initialNetwork(h), d, LEARNING_RATE, TIME_L2, 1);
                print("library-cpu", n, h, Measure.epochsPerSecond(lib::train, SECONDS, WARMUP_SECONDS, REPEATS,
                        bean::getCurrentThreadCpuTime));
            }
        }
    }

    /** Times Moons.make at each size; prints {@code moons,n,0,callsPerSecond} lines. */
    private static void moons() {
        for (int n : MOONS_SIZES) {
            print("moons", n, 0, Measure.epochsPerSecond(calls -> {
                for (int c = 0; c < calls; c++) {
                    Moons.make(n, NOISE, c);
                }
            }, SECONDS, WARMUP_SECONDS / 4, REPEATS));
        }
    }

    /**
     * Evaluation next to training, on {@value #EVALUATION_SIZE} moons: calls per second of {@code accuracy},
     * {@code loss} and {@code predict} of a 2-H-2 network, and epochs per second of full-batch training on the same
     * data, all with the library's default threads; prints {@code eval-accuracy,N,H,rate} and so on. A fit also
     * computes the loss before its first epoch and after its last (two evaluations) and makes a feature-major copy
     * of the data: the epochs are timed in batches of {@value #EPOCH_SECONDS} s, so that this fixed cost is spread
     * over several epochs.
     */
    private static void evaluation() {
        Dataset d = data(EVALUATION_SIZE);
        for (int h : HIDDEN) {
            Network net = initialNetwork(h);
            print("eval-accuracy", d.size(), h, callsPerSecond(() -> net.accuracy(d)));
            print("eval-loss", d.size(), h, callsPerSecond(() -> net.loss(d, TIME_L2)));
            print("eval-predict", d.size(), h, callsPerSecond(() -> net.predict(d)));
            LibraryRun training = new LibraryRun(net, d, LEARNING_RATE, TIME_L2, 0);
            print("eval-epoch", d.size(), h, Measure.epochsPerSecond(training::train, EPOCH_SECONDS, WARMUP_SECONDS, 3));
        }
    }

    /** Calls per second of {@code call}, by the timing rule of {@link Measure}. */
    private static double callsPerSecond(Runnable call) {
        return Measure.epochsPerSecond(calls -> {
            for (int c = 0; c < calls; c++) {
                call.run();
            }
        }, SECONDS, WARMUP_SECONDS, REPEATS);
    }

    private static void print(String peer, int n, int h, double rate) {
        System.out.println(String.format(Locale.ROOT, "%s,%d,%d,%.6g", peer, n, h, rate));
    }

    private static String join(int[] values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() == 0 ? "" : ",").append(v);
        }
        return s.toString();
    }

    private static String smileVersion() {
        return smile.classification.MLP.class.getPackage().getImplementationVersion();
    }
}
