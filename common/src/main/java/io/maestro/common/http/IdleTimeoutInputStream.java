package io.maestro.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An answer's body whose every read must end within {@code timeout}: a peer may take as long as it likes over its
 * whole body as long as it keeps sending, and one that stalls is cut. A read that waits longer closes the body (which
 * ends the blocked read) and fails with {@link HttpTimeoutException}, never with a quiet end of the stream that would
 * pass a cut download for a whole one.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    /** One thread closes stalled bodies for every peer client; a read that ends in time cancels its alarm. */
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();

    private final Duration timeout;
    private final String peer;
    private volatile boolean stalled;

    /** @param peer who sends the body, for the failure's message ({@code reports-app at <url>}) */
    IdleTimeoutInputStream(InputStream body, Duration timeout, String peer) {
        super(body);
        this.timeout = timeout;
        this.peer = peer;
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "peer-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }

    @Override
    public int read() throws IOException {
        return bounded(super::read);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return bounded(() -> super.read(buffer, offset, length));
    }

    @Override
    public long skip(long count) throws IOException {
        return bounded(() -> super.skip(count));
    }

    private <T> T bounded(Read<T> read) throws IOException {
        ScheduledFuture<?> alarm = ALARMS.schedule(this::stall, timeout.toNanos(), TimeUnit.NANOSECONDS);
        T result;
        try {
            result = read.call();
        } catch (IOException failed) {
            throw stalled ? stalledFailure(failed) : failed;
        } finally {
            alarm.cancel(false);
        }
        if (stalled) {
            throw stalledFailure(null);
        }
        return result;
    }

    private void stall() {
        stalled = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // closed to end the blocked read; the read reports the stall
        }
    }

    private HttpTimeoutException stalledFailure(IOException cause) {
        HttpTimeoutException failure = new HttpTimeoutException(peer + " sent nothing for " + timeout.toMillis()
                + " ms in the middle of its answer");
        if (cause != null) {
            failure.initCause(cause);
        }
        return failure;
    }

    @FunctionalInterface
    private interface Read<T> {
        T call() throws IOException;
    }
}
