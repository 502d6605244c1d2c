package io.maestro.standalone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The files of a running store copied as a {@code kill -9} would leave them at one instant: a snapshot and the journal
 * written since it (every acknowledged change in it, its last record perhaps torn).
 *
 * <p>Copying the two one after the other is not enough: the store writes a new snapshot (a new file, renamed over
 * the old one) and then empties the journal. A snapshot copied before that and a journal copied after it lose every
 * change the old journal held, which no crash does: the store's own order (rename, then truncate) never leaves that
 * on disk. So the copy is taken again until the snapshot is the same file after the journal's copy as before it.
 */
public final class CrashImage {

    private static final String SNAPSHOT = "store.snapshot";
    private static final String JOURNAL = "store.journal";

    private CrashImage() {
    }

    /** Copies the store kept in {@code storeDirectory} (running or not) into {@code target}. */
    public static void copyStore(Path storeDirectory, Path target) throws IOException {
        Files.createDirectories(target);
        Path snapshot = storeDirectory.resolve(SNAPSHOT);
        String generation;
        do {
            generation = generation(snapshot);
            copyIfPresent(snapshot, target.resolve(SNAPSHOT));
            copyIfPresent(storeDirectory.resolve(JOURNAL), target.resolve(JOURNAL));
        } while (!Objects.equals(generation, generation(snapshot)));
    }

    /** Which snapshot file is there (a new one is a new file), null when there is none yet. */
    private static String generation(Path snapshot) throws IOException {
        if (!Files.exists(snapshot)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(snapshot, BasicFileAttributes.class);
        return attributes.fileKey() + " " + attributes.lastModifiedTime();
    }

    private static void copyIfPresent(Path file, Path copy) throws IOException {
        if (Files.exists(file)) {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(copy);
        }
    }
}
