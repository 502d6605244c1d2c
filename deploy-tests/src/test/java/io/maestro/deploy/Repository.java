package io.maestro.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository these tests check. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        String root = System.getProperty("maestro.root");
        if (root == null) {
            throw new AssertionError("run through Maven: the system property maestro.root is not set");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.exists(file)) {
            throw new AssertionError(relative + " is missing");
        }
        return file;
    }
}
