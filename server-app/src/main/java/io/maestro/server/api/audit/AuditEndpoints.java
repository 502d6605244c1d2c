package io.maestro.server.api.audit;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.audit.AuditTrail;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.ResourceDefinition;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The history routes of one audited resource, personal ({@code teamId} null) and under {@code /teams/{teamId}}:
 * {@code GET R/:id/audit}, {@code GET R/:id/history/:rowId}, {@code GET R/:id/diff?from&to} (team role 1) and
 * {@code POST R/:id/revert/:rowId} (team role 3).
 */
public final class AuditEndpoints {

    static final String TEAM = "teamId";

    private final ResourceDefinition definition;
    private final AuditTrail trail;
    private final Actors actors;

    AuditEndpoints(ResourceDefinition definition, AuditTrail trail, Actors actors) {
        this.definition = definition;
        this.trail = trail;
        this.actors = actors;
    }

    /** audit-app's list of the record's changes; list parameters ({@code limit}, {@code page}) are passed on. */
    public ResponseEntity<JsonNode> history(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestParam Map<String, String> parameters, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(trail.history(definition, actor, id, new LinkedHashMap<>(parameters)));
    }

    /** The whole record as it was right after that change. */
    public ResponseEntity<JsonNode> version(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("rowId") String rowId, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(trail.version(definition, actor, id, rowId));
    }

    public ResponseEntity<JsonNode> diff(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(trail.diff(definition, actor, id, from, to));
    }

    /** Restores that version's writable fields; 202 with the record, as a PUT answers. */
    public ResponseEntity<Map<String, Object>> revert(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("rowId") String rowId, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(RecordJson.single(definition.servedAt(teamId), trail.revert(definition, actor, id, rowId)));
    }
}
