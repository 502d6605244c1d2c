package io.maestro.standalone.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a running store copied as a {@code kill -9} would leave them at one instant: a snapshot, the journal
 * it is replacing if one is being written, and the journal written since (every acknowledged change in them, the last
 * record perhaps torn).
 *
 * <p>Copying the files one after the other is not enough: the store retires the journal (renames it) and starts a new
 * one, writes a new snapshot (a new file, renamed over the old one), then deletes the retired journal. A copy that
 * straddles one of these steps can lose changes no crash loses. So the copy is taken again until each file is the
 * same file after the copy as before it; the journal, which is only appended to, is copied last.
 */
public final class CrashImage {

    private static final String SNAPSHOT = "store.snapshot";
    private static final String RETIRED_JOURNAL = "store.journal.retired";
    private static final String JOURNAL = "store.journal";

    private CrashImage() {
    }

    /** Copies the store kept in {@code storeDirectory} (running or not) into {@code target}. */
    public static void copyStore(Path storeDirectory, Path target) throws IOException {
        Files.createDirectories(target);
        List<String> generation;
        do {
            generation = generation(storeDirectory);
            for (String file : List.of(SNAPSHOT, RETIRED_JOURNAL, JOURNAL)) {
                copyIfPresent(storeDirectory.resolve(file), target.resolve(file));
            }
        } while (!generation.equals(generation(storeDirectory)));
    }

    /** Which files are there (a new snapshot or journal is a new file), null for one there is not. */
    private static List<String> generation(Path storeDirectory) throws IOException {
        List<String> files = new ArrayList<>();
        for (String file : List.of(SNAPSHOT, RETIRED_JOURNAL, JOURNAL)) {
            Path path = storeDirectory.resolve(file);
            if (Files.exists(path)) {
                // The file's identity (device and inode): the journal's modification time changes at every write.
                files.add(String.valueOf(Files.readAttributes(path, BasicFileAttributes.class).fileKey()));
            } else {
                files.add(null);
            }
        }
        return files;
    }

    private static void copyIfPresent(Path file, Path copy) throws IOException {
        if (Files.exists(file)) {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(copy);
        }
    }
}
