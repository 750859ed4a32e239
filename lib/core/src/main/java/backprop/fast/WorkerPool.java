package backprop.fast;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/** Daemon threads running task.accept(t) for t = 1..threads−1 (the caller 0); between calls they spin, then park. */
final class WorkerPool implements AutoCloseable {

    private static final long SPIN_NANOS = 200_000L;

    private final Thread[] workers;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Throwable failure;
    private IntConsumer task;

    WorkerPool(int threads) {
        workers = new Thread[threads - 1];
        for (int t = 0; t < workers.length; t++) {
            int index = t + 1;
            workers[t] = new Thread(() -> work(index), "backprop-worker-" + index);
            workers[t].setDaemon(true);
            workers[t].start();
        }
    }

    /** Runs {@code task} on every thread of the pool (index 0 on the caller) and returns when all are done. */
    void run(IntConsumer task) {
        this.task = task;
        failure = null;
        pending.set(workers.length);
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        Throwable own = null;
        try {
            task.accept(0);
        } catch (RuntimeException | Error e) {
            own = e;
        }
        int spins = 0;
        while (pending.get() != 0) {
            if (closed) {
                throw new IllegalStateException("the worker pool was closed while it ran a task");
            }
            if (++spins < 10_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable first = own != null ? own : failure;
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    private void work(int index) {
        int seen = 0;
        while (true) {
            long idleSince = System.nanoTime();
            while (generation == seen && !closed) {
                if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                task.accept(index);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}
