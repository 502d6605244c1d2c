package io.maestro.server.api.connection;

import io.maestro.common.acl.AclRoles;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.connection.DiscoveryCatalogue;
import io.maestro.server.domain.connection.ProviderKey;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /connections/:id/task/:command} (team form under {@code /teams/:id}, team role 3): starts a crawl of the
 * connection now, through discovery's {@code PUT /crawler/<provider>/<connection>/<task>}; 200 with discovery's
 * reply. Needs write access (3) on the connection. discovery down is 503; a task the provider lacks is 422.
 */
@RestController
public class ConnectionTaskController {

    private final ResourceService resources;
    private final ResourceDefinition connections;
    private final DiscoveryCatalogue discovery;
    private final Actors actors;

    public ConnectionTaskController(ResourceService resources,
            @Qualifier("connectionsDefinition") ResourceDefinition connections, DiscoveryCatalogue discovery,
            Actors actors) {
        this.resources = resources;
        this.connections = connections;
        this.discovery = discovery;
        this.actors = actors;
    }

    @PutMapping({"/connections/{id}/task/{command}", "/teams/{teamId}/connections/{id}/task/{command}"})
    public ResponseEntity<JsonNode> start(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, @PathVariable("command") String command, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        Document connection = resources.stored(connections, actor, id, AclRoles.WRITE);
        return ResponseEntity.ok(discovery.startTask(ProviderKey.of(connection.getString("provider")), id, command));
    }
}
