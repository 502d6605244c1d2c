package io.maestro.analyticsfront.domain;

import java.util.Optional;

/** Where the files of the drawn maps are kept, one per graph and format; a new drawing replaces the old. */
public interface ArtifactStore {

    void save(String graphId, ArtifactFormat format, byte[] content);

    Optional<byte[]> read(String graphId, ArtifactFormat format);
}
