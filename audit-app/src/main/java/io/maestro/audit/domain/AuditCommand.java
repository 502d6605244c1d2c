package io.maestro.audit.domain;

import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
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
 * @param mayBeRecorded whether the change may have been recorded already (a discovery chunk loaded again): it is
 *        then skipped when the document's snapshot already holds its body
 * @param changeId the change's own id as its writer sent it, the same on every copy (a queue message's id; the
 *        {@code <messageId>:<index>} of a chunk's entry): its row carries it, so a copy delivered again after a crash
 *        is recorded once. {@code null} (the HTTP routes): every call is a change of its own
 */
public record AuditCommand(Change change, String entity, String entityId, String user, Map<String, Object> body,
        AuditEvent.Team team, Instant changedAt, boolean mayBeRecorded, String changeId) {

    /** A change reported over HTTP, as it happens and without a team (the HTTP routes of Maestro 0.6 have none). */
    public AuditCommand(Change change, String entity, String entityId, String user, Map<String, Object> body) {
        this(change, entity, entityId, user, body, null, null, false, null);
    }
}
