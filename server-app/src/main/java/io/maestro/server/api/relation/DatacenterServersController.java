package io.maestro.server.api.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.CountResponse;
import io.maestro.common.web.ListEnvelope;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.relation.DatacenterServers;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.RecordPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servers of a datacenter (§2.6), personal and under {@code /teams/{teamId}} (team role 1): list and count
 * with the parameters of {@code GET /servers}, and the orphans (servers no discovery connection created).
 */
@RestController
public class DatacenterServersController {

    private static final String TEAM = "teamId";

    private final DatacenterServers datacenterServers;
    private final Actors actors;

    public DatacenterServersController(DatacenterServers datacenterServers, Actors actors) {
        this.datacenterServers = datacenterServers;
        this.actors = actors;
    }

    @GetMapping({"/datacenters/{id}/servers", "/teams/{teamId}/datacenters/{id}/servers"})
    public ResponseEntity<ListEnvelope> servers(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(envelope(teamId, datacenterServers.servers(actor, id, request.getParameterMap())));
    }

    /** {@code GET /teams/:id/datacenters/:idu/analytics} is 0.6's team alias of the count (there is no personal one). */
    @GetMapping({"/datacenters/{id}/servers/count", "/teams/{teamId}/datacenters/{id}/servers/count",
            "/teams/{teamId}/datacenters/{id}/analytics"})
    public ResponseEntity<CountResponse> count(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(new CountResponse(datacenterServers.count(actor, id, request.getParameterMap())));
    }

    @GetMapping({"/datacenters/{id}/orphans", "/teams/{teamId}/datacenters/{id}/orphans"})
    public ResponseEntity<ListEnvelope> orphans(@PathVariable(name = TEAM, required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        return ResponseEntity.ok(envelope(teamId, datacenterServers.orphans(actor, id, request.getParameterMap())));
    }

    private ListEnvelope envelope(String teamId, RecordPage page) {
        return ListEnvelope.of(datacenterServers.serversDefinition().servedAt(teamId), RecordJson.plainAll(page.records()),
                page.found(), page.page(), page.limit());
    }
}
