package io.maestro.audit.domain;

import io.maestro.common.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;

/**
 * One audited change, whoever reports it (the HTTP routes, the {@code audit} queue).
 *
 * @param change what happened to the document
 * @param entity the audited entity name as Maestro sends it ({@code servers}, {@code system}, {@code volume}, ...)
 * @param entityId the document's 24-hex id
 * @param user who did it (an e-mail), {@code null} for {@value AuditRecorder#DEFAULT_USER}
 * @param body the document (creation, update) or the patched fields (patch); for a removal, the document as it was
 *        (used only when no earlier body is known)
 * @param team the team the change was made as (a {@code /teams/:id/...} route), {@code null} otherwise
 * @param changedAt when the writing service made the change (the queue message's time); {@code null}: now
 */
public record AuditCommand(Change change, String entity, String entityId, String user, Map<String, Object> body,
        AuditEvent.Team team, Instant changedAt) {

    /** A change reported over HTTP, as it happens and without a team (the HTTP routes of Maestro 0.6 have none). */
    public AuditCommand(Change change, String entity, String entityId, String user, Map<String, Object> body) {
        this(change, entity, entityId, user, body, null, null);
    }

    public enum Change {
        /** {@code POST}: the document was created; its body becomes the snapshot. */
        CREATE,
        /** {@code PUT}: the whole document was replaced. */
        UPDATE,
        /** {@code PATCH}: some top-level fields were set. */
        PATCH,
        /** {@code DELETE}: the document was (soft-)deleted. */
        DELETE
    }
}
