package io.maestro.server.domain.relation;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.server.domain.resource.AclEntries;
import io.maestro.server.domain.resource.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/**
 * The access rule of every relation and dependency change (compatibility.md S7; 0.6 checked only read access): the actor
 * needs write (role 3) on every document the change touches, checked for all of them before any is written, so a
 * refused request changes nothing. Documents the actor cannot read (or that do not exist, are deleted, or have
 * malformed ids) are 404 as on every other route; readable ones held below role 3 are 403.
 */
@Component
public class WritableDocuments {

    private final RelationStore store;

    public WritableDocuments(RelationStore store) {
        this.store = store;
    }

    /**
     * The active documents with these ids, in {@code projection}, when the actor may write every one of them.
     *
     * @throws NotFoundException   when any of them cannot be read by the actor, naming those ids
     * @throws PermissionException when any readable one is held below role 3, naming those ids
     */
    public List<Document> require(String collection, Actor actor, Collection<ObjectId> ids, Document projection) {
        Set<ObjectId> wanted = new LinkedHashSet<>(ids);
        Document filter = guard(actor, AclRoles.READ).append("_id", new Document("$in", new ArrayList<>(wanted)));
        Document withAcl = new Document(projection).append(AclFilter.ROLES, 1);
        List<Document> found = store.find(collection, filter, withAcl);
        Set<ObjectId> missing = new LinkedHashSet<>(wanted);
        found.forEach(document -> missing.remove(document.getObjectId("_id")));
        if (!missing.isEmpty()) {
            throw new NotFoundException(NotFoundException.DATA_NOT_FOUND + " in " + collection + ": " + hex(missing));
        }
        List<ObjectId> readOnly = found.stream()
                .filter(document -> AclEntries.roleOf(document.get(AclFilter.ROLES), actor.actingAs().objectId()) < AclRoles.WRITE)
                .map(document -> document.getObjectId("_id")).toList();
        if (!readOnly.isEmpty()) {
            throw new PermissionException("This needs role " + AclRoles.WRITE + " on every " + collection
                    + " record it changes; " + (actor.inTeamScope() ? "the team" : "you") + " cannot write " + hex(readOnly));
        }
        if (!projection.containsKey(AclFilter.ROLES)) {
            found.forEach(document -> document.remove(AclFilter.ROLES));
        }
        return found;
    }

    /** The one active document with this id, when the actor may write it; a malformed id is 404. */
    public Document requireOne(String collection, Actor actor, String id, Document projection) {
        if (id == null || !ObjectId.isValid(id)) {
            throw new NotFoundException();
        }
        return require(collection, actor, List.of(new ObjectId(id)), projection).get(0);
    }

    /**
     * {@code active: true} and the ACL clause at {@code needed}: writes repeat it so that a role revoked between the
     * check and the write still stops the write.
     */
    public static Document guard(Actor actor, int needed) {
        return new Document("active", true)
                .append("$and", List.of(AclFilter.requiring(AclFilter.ROLES, actor.actingAs(), needed)));
    }

    private static String hex(Collection<ObjectId> ids) {
        return String.join(", ", ids.stream().map(ObjectId::toHexString).toList());
    }
}
