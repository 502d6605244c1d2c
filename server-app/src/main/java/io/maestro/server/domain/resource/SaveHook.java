package io.maestro.server.domain.resource;

import org.bson.Document;

/**
 * A per-entity step around a write. Before saving it gets the validated fields about to be written and may change
 * them (e.g. PUT marks discovered records {@code checksum:"tombstone"}); after saving it gets the stored record.
 */
@FunctionalInterface
public interface SaveHook {

    void apply(ResourceChange change, Document record, Actor actor);
}
