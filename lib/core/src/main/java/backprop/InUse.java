package backprop;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The guard behind "not thread-safe, fails fast": an object is used by one thread at a time, and a use from a second
 * thread while the first is inside is an IllegalStateException naming both threads. Uses nest on one thread.
 */
final class InUse {

    /** A claim on the object by one thread, released by {@link #close()}. */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    private final String what;
    private final AtomicReference<Thread> user = new AtomicReference<>();
    private int depth;

    InUse(String what) {
        this.what = what;
    }

    /** Claims the object for the calling thread until the claim is closed. */
    Claim claim(String operation) {
        Thread me = Thread.currentThread();
        while (!user.compareAndSet(null, me)) {
            Thread other = user.get();
            if (other == me) {
                break;
            }
            if (other != null) {
                throw new IllegalStateException(what + " is not thread-safe: " + operation + " on thread '"
                        + me.getName() + "' while thread '" + other.getName() + "' is using it (give each thread its"
                        + " own copy())");
            }
        }
        depth++;
        return () -> {
            if (--depth == 0) {
                user.set(null);
            }
        };
    }

    /** Runs body under a claim. */
    <T> T run(String operation, Supplier<T> body) {
        try (Claim claim = claim(operation)) {
            return body.get();
        }
    }
}
