package io.maestro.common.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One change of an audited inventory document, as server-app puts it on the {@code audit} queue (in a
 * {@code MaestroMessage}, whose id makes recording it idempotent) and audit-app records it.
 *
 * @param entity   the audited entity name as Maestro 0.6 spelt it ({@code servers}, {@code volume}, {@code system}...)
 * @param entityId the document's 24-hex id
 * @param action   what the write was ({@code CREATE}, {@code PUT}, {@code PATCH}, {@code DELETE} on the wire)
 * @param body     the document as stored after the write, as plain JSON values (ids as hex strings, dates as ISO
 *                 strings), without {@code _id}, {@code active}, {@code created_at} and {@code updated_at}
 * @param user     the e-mail of the signed-in person who made the change
 * @param team     the team the change was made as, through a {@code /teams/:id/...} route; {@code null} otherwise
 */
public record AuditEvent(String entity, String entityId, Change action, Map<String, Object> body, String user,
        Team team) implements AuditPayload {

    public AuditEvent {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        body = body == null ? Map.of() : body;
    }

    /** The team of a team-mirror write. */
    public record Team(String id, String name) {
    }
}
