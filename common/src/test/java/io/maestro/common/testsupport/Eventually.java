package io.maestro.common.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waiting in tests for what a queue-driven service does in its own time. */
public final class Eventually {

    private Eventually() {
    }

    /** The probe's first non-null answer, polled every 100 ms for at most {@code timeout}. */
    public static <T> T eventually(Supplier<T> probe, Duration timeout, String what) throws InterruptedException {
        return eventually(probe, timeout, () -> what);
    }

    /** As {@link #eventually(Supplier, Duration, String)}, describing what was awaited (and what was seen) at the end. */
    public static <T> T eventually(Supplier<T> probe, Duration timeout, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what.get());
    }
}
