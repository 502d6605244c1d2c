package io.maestro.server.api.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.relation.BulkResult;
import io.maestro.server.domain.relation.Relation;
import io.maestro.server.domain.relation.RelationService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relation routes of §2.6, body {@code {id: [ids]}}, personal and under {@code /teams/{teamId}} (team role 3):
 * PATCH links (202 {@code {matched, modified}}), DELETE unlinks (204).
 */
@RestController
public class RelationController {

    private static final String TEAM = "teamId";

    private final RelationService relations;
    private final Actors actors;

    public RelationController(RelationService relations, Actors actors) {
        this.relations = relations;
        this.actors = actors;
    }

    @PatchMapping({"/applications/{id}/servers", "/teams/{teamId}/applications/{id}/servers"})
    public ResponseEntity<BulkResult> linkServers(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return link(Relation.APPLICATION_SERVERS, teamId, id, body, request);
    }

    @DeleteMapping({"/applications/{id}/servers", "/teams/{teamId}/applications/{id}/servers"})
    public ResponseEntity<Void> unlinkServers(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return unlink(Relation.APPLICATION_SERVERS, teamId, id, body, request);
    }

    @PatchMapping({"/system/{id}/applications", "/teams/{teamId}/system/{id}/applications"})
    public ResponseEntity<BulkResult> linkApplications(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return link(Relation.SYSTEM_APPLICATIONS, teamId, id, body, request);
    }

    @DeleteMapping({"/system/{id}/applications", "/teams/{teamId}/system/{id}/applications"})
    public ResponseEntity<Void> unlinkApplications(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return unlink(Relation.SYSTEM_APPLICATIONS, teamId, id, body, request);
    }

    @PatchMapping({"/clients/{id}/system", "/teams/{teamId}/clients/{id}/system"})
    public ResponseEntity<BulkResult> linkSystems(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return link(Relation.CLIENT_SYSTEMS, teamId, id, body, request);
    }

    @DeleteMapping({"/clients/{id}/system", "/teams/{teamId}/clients/{id}/system"})
    public ResponseEntity<Void> unlinkSystems(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, @RequestBody(required = false) Object body, HttpServletRequest request) {
        return unlink(Relation.CLIENT_SYSTEMS, teamId, id, body, request);
    }

    private ResponseEntity<BulkResult> link(Relation relation, String teamId, String id, Object body,
            HttpServletRequest request) {
        return ResponseEntity.accepted().body(relations.link(relation, actors.resolve(teamId, AclRoles.WRITE, request), id, body));
    }

    private ResponseEntity<Void> unlink(Relation relation, String teamId, String id, Object body, HttpServletRequest request) {
        relations.unlink(relation, actors.resolve(teamId, AclRoles.WRITE, request), id, body);
        return ResponseEntity.noContent().build();
    }
}
