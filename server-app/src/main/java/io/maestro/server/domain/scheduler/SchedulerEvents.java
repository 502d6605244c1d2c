package io.maestro.server.domain.scheduler;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.ListQueryParser;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The events of a scheduler job (§2.8): scheduler-app records each run as an event whose ACL names the job
 * ({@code roles: [{_id: <job id>, refs: "scheduler", role: 5}]}), so no user holds a role on them; whoever can read
 * the job reads its events. 10 to a page unless {@code limit} says otherwise; the other list parameters are those of
 * {@code GET /events}.
 */
@Service
public class SchedulerEvents {

    public static final int DEFAULT_LIMIT = 10;

    private final ResourceService resources;
    private final ResourceDefinition schedulers;
    private final ResourceDefinition events;

    public SchedulerEvents(ResourceService resources, @Qualifier("schedulersDefinition") ResourceDefinition schedulers,
            @Qualifier("eventsDefinition") ResourceDefinition events) {
        this.resources = resources;
        this.schedulers = schedulers;
        this.events = events;
    }

    public ResourceDefinition eventsDefinition() {
        return events;
    }

    /** @throws io.maestro.common.web.NotFoundException 404 when the actor cannot read the job */
    public RecordPage events(Actor actor, String schedulerId, Map<String, String[]> params) {
        ObjectId job = resources.stored(schedulers, actor, schedulerId, AclRoles.READ).getObjectId("_id");
        Map<String, String[]> withLimit = new LinkedHashMap<>(params);
        String[] limit = params.get("limit");
        if (limit == null || limit.length == 0 || limit[0].isEmpty()) {
            withLimit.put("limit", new String[] {String.valueOf(DEFAULT_LIMIT)});
        }
        ListQuery query = ListQueryParser.parse(withLimit, events.query())
                .and(new Document("roles._id", new Document("$in", List.of(job, job.toHexString()))));
        return resources.listMatching(events, query);
    }
}
