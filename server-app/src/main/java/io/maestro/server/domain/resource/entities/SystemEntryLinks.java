package io.maestro.server.domain.resource.entities;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.audit.Change;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.SaveHook;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * 0.6's system hook: after a system is created or replaced, each of its {@code entry} applications that is not linked
 * to it yet gets {@code {_id, name}} of the system pushed into its {@code system} array. Only applications the actor
 * may write (role 3) are changed; the others, and entries whose id is not a record id, are left alone. Each change is
 * published as the actor's ({@link ResourceService#systemUpdate}), so it is audited like any write on the application.
 */
final class SystemEntryLinks implements SaveHook {

    private final ResourceService resources;
    private final ResourceDefinition applications;

    SystemEntryLinks(ResourceService resources, ResourceDefinition applications) {
        this.resources = resources;
        this.applications = applications;
    }

    @Override
    public void apply(Change change, Document system, Actor actor) {
        if ((change != Change.CREATE && change != Change.UPDATE) || !(system.get("entry") instanceof List<?> entries)) {
            return;
        }
        ObjectId systemId = system.getObjectId("_id");
        Document link = new Document("_id", systemId).append("name", system.get("name"));
        for (Object entry : entries) {
            ObjectId applicationId = recordId(entry);
            if (applicationId == null) {
                continue;
            }
            Document notLinkedYet = new Document("_id", applicationId)
                    .append("system._id", new Document("$nin", List.of(systemId, systemId.toHexString())))
                    .append("$and", List.of(AclFilter.requiring(AclFilter.ROLES, actor.actingAs(), AclRoles.WRITE)));
            resources.systemUpdate(applications, actor, notLinkedYet, new Document("$push", new Document("system", link)),
                    Change.PATCH);
        }
    }

    private static ObjectId recordId(Object entry) {
        Object id = entry instanceof Map<?, ?> map ? map.get("_id") : null;
        if (id instanceof ObjectId objectId) {
            return objectId;
        }
        return id instanceof String text && ObjectId.isValid(text) ? new ObjectId(text) : null;
    }
}
