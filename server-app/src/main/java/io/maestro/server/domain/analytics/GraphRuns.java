package io.maestro.server.domain.analytics;

import io.maestro.common.audit.Change;
import io.maestro.common.client.AnalyticsAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Maps of graph records on analytics-app (§2.9, docs/analytics.md): a created or replaced ({@code PUT}) graph is
 * {@code process} and drawn again with {@code POST /graph}; a {@code PATCH} or a delete draws nothing. An {@code infra}
 * graph is refused (422) before it is stored, as analytics-app draws business maps only (compatibility.md D5). When
 * analytics-app is unreachable, failing or refuses the request, the record is kept and carries {@code status:"error"}
 * and a {@code msg} saying why (H2).
 */
@Service
public class GraphRuns {

    private static final Logger log = LoggerFactory.getLogger(GraphRuns.class);
    static final String COLLECTION = "graphs";

    private final AnalyticsAppClient analyticsApp;
    private final ResourceStore store;

    public GraphRuns(AnalyticsAppClient analyticsApp, ResourceStore store) {
        this.analyticsApp = analyticsApp;
        this.store = store;
    }

    /** Before a create or a replace: an {@code infra} map is refused; the graph is {@code process} until drawn. */
    public void beforeSave(Change change, Document fields, Actor actor) {
        if (change != Change.CREATE && change != Change.UPDATE) {
            return;
        }
        if ("infra".equals(fields.get("type"))) {
            throw new ValidatorException(ValidationDetail.field("type", "any.invalid",
                    "infra maps are not supported: only bussiness"));
        }
        fields.put("status", "process");
    }

    /** After a create or a replace: asks analytics-app to draw the map. */
    public void afterSave(Change change, Document record, Actor actor) {
        if (record == null || (change != Change.CREATE && change != Change.UPDATE)) {
            return;
        }
        String graphId = record.getObjectId("_id").toHexString();
        AnalyticsAppClient.GraphRequest request = new AnalyticsAppClient.GraphRequest(graphId, owner(record, actor),
                record.getString("type"), references(record.get("clients")), references(record.get("systems")),
                references(record.get("apps")));
        try {
            analyticsApp.startGraph(request);
        } catch (PeerCallException failed) {
            log.warn("Graph {} not started: {}", graphId, failed.getMessage());
            Document error = new Document("status", "error").append("msg", reason(failed));
            store.update(COLLECTION, new Document("_id", record.getObjectId("_id")), new Document("$set", error), null);
            record.putAll(error);
        }
    }

    /** The records a map starts from, as {@code {_id, name}} with string ids. */
    private static List<Map<String, Object>> references(Object value) {
        List<Map<String, Object>> references = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map && map.get("_id") != null) {
                    Map<String, Object> reference = new LinkedHashMap<>();
                    Object id = map.get("_id");
                    reference.put("_id", id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id));
                    reference.put("name", map.get("name"));
                    references.add(reference);
                }
            }
        }
        return references;
    }

    /** Whose records the map shows: the graph's owner (a user, or the team of a team graph). */
    private static String owner(Document record, Actor actor) {
        if (record.get("owner") instanceof Document owner && owner.get("_id") != null) {
            Object id = owner.get("_id");
            return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
        }
        return actor.actingAs().id();
    }

    /** analytics-app's own words for a request it refused, else the failure. */
    private static String reason(PeerCallException failed) {
        if (failed instanceof ServiceCallException refused && refused.status().is4xxClientError()
                && refused.answer().detail() instanceof JsonNode details && details.path(0).path("message").isString()) {
            return "analytics-app refused the graph: " + details.path(0).path("message").asString();
        }
        return failed.describe();
    }
}
