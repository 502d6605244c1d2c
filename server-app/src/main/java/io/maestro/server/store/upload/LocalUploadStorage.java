package io.maestro.server.store.upload;

import io.maestro.common.web.ProcessException;
import io.maestro.server.domain.upload.SignedUpload;
import io.maestro.server.domain.upload.StoredName;
import io.maestro.server.domain.upload.UploadStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files under two directories: public ones ({@code LOCAL_DIR}, served at {@code /static/}) and private ones
 * ({@code PRIVATE_LOCAL_DIR}). Every path is checked to stay inside its root.
 */
public class LocalUploadStorage implements UploadStorage {

    private final Path publicRoot;
    private final Path privateRoot;

    public LocalUploadStorage(Path publicRoot, Path privateRoot) {
        this.publicRoot = publicRoot.toAbsolutePath().normalize();
        this.privateRoot = privateRoot.toAbsolutePath().normalize();
    }

    public Path publicRoot() {
        return publicRoot;
    }

    @Override
    public SignedUpload signedUpload(StoredName name, String localUploadUrl, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-type", "application/octet-stream");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return new SignedUpload(localUploadUrl, null, name.key(), headers);
    }

    @Override
    public void store(StoredName name, byte[] content) {
        Path target = inside(name);
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
            throw new UncheckedIOException("Cannot store upload " + name.key(), e);
        }
    }

    @Override
    public Optional<byte[]> read(StoredName name) {
        try {
            return Optional.of(Files.readAllBytes(inside(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upload " + name.key(), e);
        }
    }

    @Override
    public String publicUrl(StoredName name, String apiBase) {
        return apiBase + "/static/" + name.key();
    }

    private Path inside(StoredName name) {
        Path root = name.kind().isPublic() ? publicRoot : privateRoot;
        Path path = root.resolve(name.key()).normalize();
        if (!path.startsWith(root)) {
            throw new ProcessException("The file name leaves the upload area");
        }
        return path;
    }
}
