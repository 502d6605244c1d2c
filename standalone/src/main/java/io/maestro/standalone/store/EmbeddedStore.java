package io.maestro.standalone.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone runtime's MongoDB-wire store: mongo-java-server's memory backend (fast queries) made
 * durable by a journal of document states plus a compacted snapshot, both under one directory.
 * <ul>
 *   <li>{@code store.journal}: every change, written before the command is acknowledged, fsynced every second;</li>
 *   <li>{@code store.snapshot}: the whole store, rewritten when the journal passes a quarter of it (at least
 *   {@value #MIN_COMPACTION_BYTES} bytes) and on a clean stop;</li>
 *   <li>{@code store.journal.retired}: the journal a snapshot being written replaces, deleted once it is on disk.</li>
 * </ul>
 * On open the snapshot is loaded and the journals replayed on top (records are states, so replay is idempotent). The
 * journal's bound keeps a restart after a crash close to one after a clean stop: the tail to replay is at most a
 * quarter of the store, where a bound of the whole snapshot size let it double the work. Commands go on while a
 * snapshot is written (see {@link #compact}).
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    private static final long MIN_COMPACTION_BYTES = 8L * 1024 * 1024;
    /** The journal is compacted when it passes this share of the snapshot. */
    private static final long SNAPSHOT_SHARE_DIVISOR = 4;

    private final Path snapshotFile;
    private final Path retiredJournalFile;
    private final FileChannel lockChannel;
    private final FileLock directoryLock;
    private final StoreJournal journal;
    private final JournaledMemoryBackend backend;
    private final MongoServer server;
    private final ScheduledExecutorService maintenance;
    private volatile long snapshotBytes;

    private EmbeddedStore(Path directory, String host, int port) throws IOException {
        Files.createDirectories(directory);
        lockChannel = FileChannel.open(directory.resolve("store.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        directoryLock = tryLock(lockChannel);
        if (directoryLock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another Maestro runtime is using the store in " + directory);
        }
        snapshotFile = directory.resolve("store.snapshot");
        Path journalFile = directory.resolve("store.journal");
        retiredJournalFile = directory.resolve("store.journal.retired");

        long started = System.nanoTime();
        StoreImage image = new StoreImage();
        JournalFile.read(snapshotFile, image::apply);
        long retiredJournal = JournalFile.read(retiredJournalFile, image::apply);
        long intactJournal = JournalFile.read(journalFile, image::apply);
        snapshotBytes = Files.exists(snapshotFile) ? Files.size(snapshotFile) : 0;

        journal = new StoreJournal(journalFile, intactJournal);
        backend = new JournaledMemoryBackend(journal);
        image.restoreInto(backend);
        backend.startRecording();
        if (Files.exists(retiredJournalFile)) {
            // A crash came while a snapshot was written: write it now, before any command, so that the next one can
            // retire the journal again.
            writeSnapshot();
            Files.delete(retiredJournalFile);
            journal.reset();
        }
        log.info("Store loaded from {}: {} documents (snapshot {} bytes, journal {} bytes replayed) in {} ms", directory,
                image.documentCount(), snapshotBytes, retiredJournal + intactJournal,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        server = new MongoServer(backend);
        server.bind(host, port);
        maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store-journal-sync");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(this::syncAndMaybeCompact, 1, 1, TimeUnit.SECONDS);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    /** Loads the store kept in {@code directory} (empty if there is none) and serves it on {@code host:port} (0 = any free port). */
    public static EmbeddedStore open(Path directory, String host, int port) throws IOException {
        return new EmbeddedStore(directory, host, port);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    public String connectionString() {
        return "mongodb://" + server.getLocalAddress().getHostString() + ":" + port();
    }

    /**
     * Writes a fresh snapshot and drops the journal it replaces. Commands go on meanwhile: the journal is first retired
     * (renamed) and a new one started, then every document exported as it is at that moment or later, so the new
     * snapshot with the new journal replayed over it is the whole store. A crash before the snapshot is renamed into
     * place leaves the old snapshot and both journals, which are read in that order; a crash after it replays the
     * retired journal over a snapshot that already holds it, which is harmless.
     */
    public synchronized void compact() {
        try {
            // Already retired when the last snapshot failed: the one written now holds what it said.
            if (!Files.exists(retiredJournalFile)) {
                journal.retireTo(retiredJournalFile);
            }
            writeSnapshot();
            Files.delete(retiredJournalFile);
            JournalFile.syncDirectory(snapshotFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the store snapshot", e);
        }
    }

    private void writeSnapshot() throws IOException {
        Path temporary = snapshotFile.resolveSibling("store.snapshot.tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            backend.exportTo(frame -> {
                try {
                    out.write(frame);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            channel.force(true);
        }
        Files.move(temporary, snapshotFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        JournalFile.syncDirectory(snapshotFile.getParent());
        snapshotBytes = Files.size(snapshotFile);
    }

    private void syncAndMaybeCompact() {
        try {
            journal.sync();
            if (journal.size() > Math.max(MIN_COMPACTION_BYTES, snapshotBytes / SNAPSHOT_SHARE_DIVISOR)) {
                compact();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Store maintenance failed (the journal keeps every change; retrying in a second)", e);
        }
    }

    /** Stops serving, writes a final snapshot and releases the directory. */
    @Override
    public void close() throws IOException {
        maintenance.shutdown();
        try {
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stopListening();
        compact();
        // Shutting the server down also closes (and empties) the backend: only after the final snapshot.
        server.shutdownNow();
        journal.close();
        directoryLock.release();
        lockChannel.close();
    }
}
