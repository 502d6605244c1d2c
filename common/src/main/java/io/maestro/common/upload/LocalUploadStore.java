package io.maestro.common.upload;

import io.maestro.common.web.ProcessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Files under one directory. A file is written aside and moved into place, so that a reader (another replica on the
 * same shared volume too) sees the old file or the new one, never half of one. No key leaves the directory.
 */
public class LocalUploadStore implements UploadStore {

    private final Path root;

    public LocalUploadStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(String key, String contentType, byte[] content) {
        Path target = inside(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.write(partial, content);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(Files.readAllBytes(inside(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public Optional<String> presignedPut(String key, String contentType, Duration lifetime) {
        return Optional.empty();
    }

    @Override
    public Optional<String> directUrl(String key) {
        return Optional.empty();
    }

    private Path inside(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new ProcessException("The file name leaves the upload area");
        }
        return path;
    }
}
