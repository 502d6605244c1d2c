package io.maestro.server.domain.relation;

import java.util.List;
import org.bson.types.ObjectId;

/**
 * Ids inside denormalised copies are ObjectIds when written here, but the generic routes accept any value for
 * {@code applications[]._id}, {@code deps[]._id} and the like, and discovery writes strings: both forms name the
 * same record.
 */
final class StoredIds {

    private StoredIds() {
    }

    /** The values an embedded {@code _id} naming this record may hold, for {@code $in} / {@code $nin}. */
    static List<Object> anyForm(ObjectId id) {
        return List.of(id, id.toHexString());
    }
}
