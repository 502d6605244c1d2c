package io.maestro.server.api.report;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.report.DatacenterAnalytics;
import io.maestro.server.domain.resource.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /datacenters/:id/analytics} (team form under {@code /teams/:id}, team role 3): 200 with report-app's
 * replies for the datacenter's two reports; see {@link DatacenterAnalytics}.
 */
@RestController
public class DatacenterAnalyticsController {

    private final DatacenterAnalytics analytics;
    private final Actors actors;

    public DatacenterAnalyticsController(DatacenterAnalytics analytics, Actors actors) {
        this.analytics = analytics;
        this.actors = actors;
    }

    @PostMapping({"/datacenters/{id}/analytics", "/teams/{teamId}/datacenters/{id}/analytics"})
    public ResponseEntity<List<JsonNode>> create(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        return ResponseEntity.ok(analytics.create(actor, id));
    }
}
