package io.maestro.server.domain.resource;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Published after the ACL of a record (its {@code roles}, or a team's {@code members}) is saved.
 *
 * @param before the entries as they were
 * @param after  the entries as stored now
 */
public record AclChanged(ResourceDefinition definition, ObjectId recordId, List<Document> before, List<Document> after) {

    public AclChanged {
        Objects.requireNonNull(recordId, "recordId");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The ids that held a role before and hold none now. */
    public Set<ObjectId> removedIds() {
        Set<Object> kept = after.stream().map(entry -> entry.get("_id")).collect(Collectors.toSet());
        return before.stream().map(entry -> entry.get("_id")).filter(ObjectId.class::isInstance).map(ObjectId.class::cast)
                .filter(id -> !kept.contains(id)).collect(Collectors.toSet());
    }
}
