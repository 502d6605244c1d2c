package io.maestro.server.domain.upload;

import java.util.Arrays;
import java.util.Optional;

/** The two upload folders of Maestro 0.6: one per route family ({@code /users/upload}, {@code /teams/upload}). */
public enum UploadFolder {
    USERS("users"), TEAMS("teams");

    private final String path;

    UploadFolder(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<UploadFolder> ofPath(String path) {
        return Arrays.stream(values()).filter(folder -> folder.path.equals(path)).findFirst();
    }
}
