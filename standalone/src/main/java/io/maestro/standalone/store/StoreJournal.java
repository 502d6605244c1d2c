package io.maestro.standalone.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Append-only journal of {@link JournalRecord}s. Records collect in memory while a command runs and are
 * written to the file when it ends ({@link #flush}), before the client gets its answer: a killed process
 * loses nothing acknowledged. {@link #sync} (once a second) bounds what a power cut can lose.
 */
final class StoreJournal implements AutoCloseable {

    private final FileChannel channel;
    private final Object fileLock = new Object();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
    private volatile boolean unsynced;

    /** Opens {@code file} for appending after its first {@code intactLength} bytes (a torn tail is cut off). */
    StoreJournal(Path file, long intactLength) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(intactLength);
        channel.position(intactLength);
    }

    void append(JournalRecord record) {
        byte[] frame = JournalFile.encode(record);
        synchronized (pending) {
            pending.writeBytes(frame);
        }
    }

    void flush() {
        synchronized (fileLock) {
            byte[] bytes;
            synchronized (pending) {
                if (pending.size() == 0) {
                    return;
                }
                bytes = pending.toByteArray();
                pending.reset();
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                unsynced = true;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the store journal", e);
            }
        }
    }

    void sync() throws IOException {
        if (unsynced) {
            unsynced = false;
            channel.force(false);
        }
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Empties the journal once a snapshot holds everything it said. */
    void reset() throws IOException {
        synchronized (fileLock) {
            synchronized (pending) {
                pending.reset();
            }
            channel.truncate(0);
            channel.position(0);
            channel.force(true);
            unsynced = false;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        channel.force(true);
        channel.close();
    }
}
