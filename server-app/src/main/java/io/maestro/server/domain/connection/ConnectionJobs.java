package io.maestro.server.domain.connection;

import io.maestro.common.audit.Change;
import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.inventory.schema.ObjectSchema;
import io.maestro.common.inventory.schema.Schemas;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.relation.HexIdSchema;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The sync jobs of connections (§8): one scheduler job per crawl task, polling {@code PUT <discovery>/crawler/
 * <provider>/<connection>/<task>} at the interval adminer's {@code scheduler_options} gives the task. A task without an
 * interval there gets no job. Jobs are created through the scheduler resource, so they are validated, owned by the
 * actor and audited like any job a user creates.
 */
@Component
public class ConnectionJobs {

    /** The only {@code refs} of {@code POST /scheduler/template}: jobs for connections. */
    public static final String CONNECTIONS = "connections";

    private static final String ADMINER = "adminer";

    /** The body of {@code POST /scheduler/template}. */
    private static final ObjectSchema TEMPLATE = Schemas.object()
            .field("refs", Schemas.string().oneOf(CONNECTIONS).required())
            .field("task", Schemas.string().required())
            .field("_id", new HexIdSchema().required())
            .field("provider", Schemas.string().required())
            .field("name", Schemas.string().required());

    private final ResourceService resources;
    private final ResourceDefinition schedulers;
    private final ResourceStore store;
    private final Clock clock;

    public ConnectionJobs(ResourceService resources, @Qualifier("schedulersDefinition") ResourceDefinition schedulers,
            ResourceStore store) {
        this.resources = resources;
        this.schedulers = schedulers;
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    /** Creates the job of each task that has an interval; returns the jobs created (single view). */
    public List<Document> createAll(Actor actor, String connectionName, String connectionId, String providerKey,
            List<String> tasks) {
        Map<String, Document> intervals = intervals();
        List<Document> created = new ArrayList<>();
        for (String task : tasks) {
            Optional.ofNullable(intervals.get(task)).ifPresent(interval -> created.add(resources.create(schedulers, actor,
                    job(connectionName, connectionId, providerKey, task, interval))));
        }
        return created;
    }

    /**
     * The body of {@code POST /scheduler/template}, {@code {refs:"connections", task, _id, provider, name}}, validated:
     * another {@code refs}, a missing field or an {@code _id} that is no record id is 422 naming the field.
     */
    public Document template(Map<String, ?> body) {
        return TEMPLATE.validateBody(body, Mode.COMPLETE);
    }

    /**
     * The job of a connection task from a {@link #template(Map) validated template}, for {@code connection} (the
     * stored record the actor may write): the endpoint is built from the stored connection's id and provider, so a
     * template can name no other path. A task without an interval, or a {@code provider} that is not the
     * connection's, is 422 naming the field.
     */
    public Document createFromTemplate(Actor actor, Document template, Document connection) {
        String task = template.getString("task");
        Document interval = intervals().get(task);
        if (interval == null) {
            throw new ValidatorException(ValidationDetail.field("task", "any.allowOnly",
                    "has no interval in adminer scheduler_options"));
        }
        String providerKey = ProviderKey.of(connection.getString("provider"));
        if (!providerKey.equals(ProviderKey.of(template.getString("provider")))) {
            throw new ValidatorException(ValidationDetail.field("provider", "any.allowOnly",
                    "must be the connection's provider"));
        }
        return resources.create(schedulers, actor, job(template.getString("name"),
                connection.getObjectId("_id").toHexString(), providerKey, task, interval));
    }

    /**
     * Soft-deletes every active job of the connection ({@code active:false}, and {@code crawling:true} so that
     * scheduler-app drops it); each is published as a delete made by the actor.
     */
    public void deactivateAll(Actor actor, ObjectId connectionId) {
        Document ofConnection = new Document("link._id", new Document("$in", List.of(connectionId.toHexString(), connectionId)))
                .append("active", true);
        for (Document job : store.find(schedulers.collection(), ofConnection, new Document("_id", 1),
                new Document("_id", 1), 0, 0)) {
            resources.systemUpdate(schedulers, actor, new Document("_id", job.get("_id")),
                    new Document("$set", new Document("active", false).append("crawling", true)), Change.DELETE);
        }
    }

    private Document job(String connectionName, String connectionId, String providerKey, String task, Document interval) {
        return new Document("name", "connections - " + task + " - " + connectionId + " (" + clock.millis() + ")")
                .append("endpoint", "crawler/" + providerKey + "/" + connectionId + "/" + task)
                .append("method", "PUT")
                .append("enabled", true)
                .append("period_type", "interval")
                .append("interval", new Document("every", interval.get("every")).append("period", interval.get("period")))
                .append("task", CONNECTIONS)
                .append("source", "discovery")
                .append("run_immediately", true)
                .append("crawling", true)
                .append("link", new Document("name", connectionName).append("_id", connectionId).append("task", task)
                        .append("provider", providerKey));
    }

    /** Task → {@code {every, period}} from the {@code connections} config of adminer's {@code scheduler_options}. */
    private Map<String, Document> intervals() {
        Document options = store.findOne(ADMINER, new Document("key", "scheduler_options").append("active", true), null);
        Map<String, Document> intervals = new HashMap<>();
        if (options == null || !(options.get("value") instanceof Document value)
                || !(value.get("configs") instanceof List<?> configs)) {
            return intervals;
        }
        for (Object config : configs) {
            if (config instanceof Document connections && CONNECTIONS.equals(connections.get("name"))
                    && connections.get("options") instanceof Document tasks) {
                tasks.forEach((task, interval) -> {
                    if (interval instanceof Document every && every.get("every") != null && every.get("period") != null) {
                        intervals.put(task, every);
                    }
                });
            }
        }
        return intervals;
    }
}
