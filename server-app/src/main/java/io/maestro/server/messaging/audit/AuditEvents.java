package io.maestro.server.messaging.audit;

import io.maestro.common.audit.AuditEvent;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/** What an {@link AuditEvent} says of a record: its audited body and its author. */
@Component
class AuditEvents {

    /** Bookkeeping every write changes or that is the row's own: left out so that diffs show only real changes. */
    private static final List<String> NOT_AUDITED = List.of("_id", "active", "created_at", "updated_at");

    private final ResourceStore store;

    AuditEvents(ResourceStore store) {
        this.store = store;
    }

    /**
     * The whole stored record as plain JSON, without bookkeeping, or null when there is no such record. The whole
     * document rather than a view: a version must hold every writable field to be restored later, and some single
     * views leave fields out.
     */
    Map<String, Object> body(String collection, ObjectId recordId) {
        Document stored = store.findOne(collection, new Document("_id", recordId), null);
        return stored == null ? null : body(stored);
    }

    /** The whole record {@code stored} as plain JSON, without bookkeeping. */
    static Map<String, Object> body(Document stored) {
        Map<String, Object> body = RecordJson.plain(stored);
        NOT_AUDITED.forEach(body::remove);
        return body;
    }

    /** Whether the stored record is soft-deleted (null when there is no such record). */
    Boolean deleted(String collection, ObjectId recordId) {
        Document stored = store.findOne(collection, new Document("_id", recordId), new Document("active", 1));
        return stored == null ? null : Boolean.FALSE.equals(stored.get("active"));
    }

    /** The team a team-mirror write was made as, {@code null} for a personal write. */
    static AuditEvent.Team team(Actor actor) {
        return actor.inTeamScope() ? new AuditEvent.Team(actor.actingAs().id(), actor.actingAs().name()) : null;
    }
}
