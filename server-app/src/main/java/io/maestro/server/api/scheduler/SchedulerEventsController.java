package io.maestro.server.api.scheduler;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.ListEnvelope;
import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordJson;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.scheduler.SchedulerEvents;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /scheduler/:id/events} (team form under {@code /teams/:id}, team role 1): the job's run events. */
@RestController
public class SchedulerEventsController {

    private final SchedulerEvents schedulerEvents;
    private final Actors actors;

    public SchedulerEventsController(SchedulerEvents schedulerEvents, Actors actors) {
        this.schedulerEvents = schedulerEvents;
        this.actors = actors;
    }

    @GetMapping({"/scheduler/{id}/events", "/teams/{teamId}/scheduler/{id}/events"})
    public ResponseEntity<ListEnvelope> events(@PathVariable(name = "teamId", required = false) String teamId,
            @PathVariable("id") String id, HttpServletRequest request) {
        Actor actor = actors.resolve(teamId, AclRoles.READ, request);
        RecordPage page = schedulerEvents.events(actor, id, request.getParameterMap());
        return ResponseEntity.ok(ListEnvelope.of(schedulerEvents.eventsDefinition().servedAt(teamId),
                RecordJson.plainAll(page.records()), page.found(), page.page(), page.limit()));
    }
}
