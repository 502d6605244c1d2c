package io.maestro.standalone.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Append-only journal of {@link JournalRecord}s. Records collect in memory while a command runs and are
 * written to the file when it ends ({@link #flush}), before the client gets its answer: a killed process
 * loses nothing acknowledged. {@link #sync} (once a second) bounds what a power cut can lose.
 */
final class StoreJournal implements AutoCloseable {

    private final Path file;
    private final Object fileLock = new Object();
    /** Replaced by {@link #retireTo}; written and closed under {@code fileLock}. */
    private FileChannel channel;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
    private volatile boolean unsynced;

    /** Opens {@code file} for appending after its first {@code intactLength} bytes (a torn tail is cut off). */
    StoreJournal(Path file, long intactLength) throws IOException {
        this.file = file;
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

    /** Called by one thread at a time, as {@link #retireTo} is; commands' flushes go on during the fsync. */
    void sync() throws IOException {
        FileChannel current;
        synchronized (fileLock) {
            if (!unsynced) {
                return;
            }
            unsynced = false;
            current = channel;
        }
        current.force(false);
    }

    long size() throws IOException {
        synchronized (fileLock) {
            return channel.size();
        }
    }

    /**
     * Moves every record written so far to {@code retired} (flushed, fsynced, renamed) and goes on in a new, empty
     * file: what a snapshot started after this call holds need not be replayed from the journal any more, but until
     * that snapshot is on disk the retired file is still needed.
     */
    void retireTo(Path retired) throws IOException {
        synchronized (fileLock) {
            flush();
            channel.force(false);
            channel.close();
            Files.move(file, retired, StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            unsynced = false;
            JournalFile.syncDirectory(file.getParent());
        }
    }

    /** Empties the journal once a snapshot holds everything it said (on open, before any command). */
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
        synchronized (fileLock) {
            flush();
            channel.force(true);
            channel.close();
        }
    }
}
