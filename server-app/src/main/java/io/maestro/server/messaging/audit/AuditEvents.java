package io.maestro.server.messaging.audit;

import io.maestro.common.audit.AuditEvent;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.ResourceChanged;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/** Builds the {@link AuditEvent} of a {@link ResourceChanged}. */
@Component
class AuditEvents {

    /** Bookkeeping every write changes or that is the row's own: left out so that diffs show only real changes. */
    private static final List<String> NOT_AUDITED = List.of("_id", "active", "created_at", "updated_at");

    private final ResourceStore store;

    AuditEvents(ResourceStore store) {
        this.store = store;
    }

    AuditEvent of(ResourceChanged changed) {
        ObjectId id = changed.record().getObjectId("_id");
        Map<String, Object> body = RecordJson.plain(storedDocument(changed, id));
        NOT_AUDITED.forEach(body::remove);
        Actor actor = changed.actor();
        AuditEvent.Team team = actor.inTeamScope()
                ? new AuditEvent.Team(actor.actingAs().id(), actor.actingAs().name()) : null;
        return new AuditEvent(changed.definition().entityName(), id.toHexString(), action(changed), body,
                actor.user().email(), team);
    }

    /**
     * The whole stored document rather than the event's single view: a version must hold every writable field to be
     * restored later, and some single views leave fields out.
     */
    private Document storedDocument(ResourceChanged changed, ObjectId id) {
        Document stored = store.findOne(changed.definition().collection(), new Document("_id", id), null);
        return stored == null ? changed.record() : stored;
    }

    private static AuditEvent.Action action(ResourceChanged changed) {
        return switch (changed.change()) {
            case CREATE -> AuditEvent.Action.CREATE;
            case REPLACE -> AuditEvent.Action.PUT;
            case PATCH -> AuditEvent.Action.PATCH;
            case DELETE -> AuditEvent.Action.DELETE;
        };
    }
}
