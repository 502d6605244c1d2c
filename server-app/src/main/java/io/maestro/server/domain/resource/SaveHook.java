package io.maestro.server.domain.resource;

import io.maestro.common.audit.Change;
import org.bson.Document;

/**
 * A per-entity step around a write. Before saving it gets the validated fields about to be written and may change
 * them (e.g. PUT marks discovered records {@code checksum:"tombstone"}); after saving it gets the stored record.
 * Before a PATCH or PUT the fields also carry the record's {@code _id}, so that a hook can look at what is stored
 * (a PATCH does not write it back).
 */
@FunctionalInterface
public interface SaveHook {

    void apply(Change change, Document record, Actor actor);
}
