package io.maestro.server.api.scheduler;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.connection.ConnectionJobs;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /scheduler/template} (team form under {@code /teams/:id}, team role 3): body {@code {refs:"connections",
 * task, _id, provider, name}} → 201 with the job built as for a new connection (§2.8, §8); another {@code refs} is 422.
 * The job runs the connection's task, so it needs write (3) on the connection, as running the task by hand does.
 */
@RestController
public class SchedulerTemplateController {

    private final ConnectionJobs jobs;
    private final Actors actors;
    private final ResourceService resources;
    private final ResourceDefinition connections;

    public SchedulerTemplateController(ConnectionJobs jobs, Actors actors, ResourceService resources,
            @Qualifier("connectionsDefinition") ResourceDefinition connections) {
        this.jobs = jobs;
        this.actors = actors;
        this.resources = resources;
        this.connections = connections;
    }

    @PostMapping({"/scheduler/template", "/teams/{teamId}/scheduler/template"})
    public ResponseEntity<Map<String, Object>> create(@PathVariable(name = "teamId", required = false) String teamId,
            @RequestBody(required = false) Object body, HttpServletRequest request) {
        if (!(body instanceof Map<?, ?> given)) {
            throw new ValidatorException(ValidationDetail.field("value", "object.base", "must be an object"));
        }
        Actor actor = actors.resolve(teamId, AclRoles.WRITE, request);
        Map<String, Object> fields = new LinkedHashMap<>();
        given.forEach((key, value) -> fields.put(String.valueOf(key), value));
        Document template = jobs.template(fields);
        Document connection = resources.stored(connections, actor, template.getObjectId("_id").toHexString(),
                AclRoles.WRITE);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RecordJson.single("scheduler", jobs.createFromTemplate(actor, template, connection)));
    }
}
