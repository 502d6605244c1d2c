package io.maestro.analytics.domain;

import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * {@code POST /graph} (0.6 contract §7.1): checks the request and queues the map. A bad field is a 422 naming it, and
 * so is {@code type: infra}, which 0.6 accepted and then failed in its worker: nothing that cannot be drawn is queued.
 */
@Service
public class GraphStarter {

    public static final String BUSINESS = "bussiness";
    public static final String INFRA = "infra";

    private final GraphQueue queue;

    public GraphStarter(GraphQueue queue) {
        this.queue = queue;
    }

    /** @return {@code {_id, task_id}}: the graph and the id of the queued message */
    public Map<String, Object> start(Map<String, Object> body) {
        List<ValidationDetail> invalid = new ArrayList<>();
        String graphId = objectId(body.get("_id"), "_id", invalid);
        String ownerId = objectId(body.get("owner_id"), "owner_id", invalid);
        Object type = body.get("type");
        if (type == null) {
            invalid.add(ValidationDetail.field("type", "any.required", "is required"));
        } else if (INFRA.equals(type)) {
            invalid.add(ValidationDetail.field("type", "any.invalid", "infra maps are not supported: only bussiness"));
        } else if (!BUSINESS.equals(type)) {
            invalid.add(ValidationDetail.field("type", "any.only", "must be one of [bussiness, infra]"));
        }
        String tab = null;
        List<String> ids = List.of();
        boolean sentAsNoList = false;
        for (String candidate : List.of(GraphJob.CLIENTS, GraphJob.SYSTEMS, GraphJob.APPS)) {
            Object value = body.get(candidate);
            if (value != null && !(value instanceof List<?>)) {
                invalid.add(ValidationDetail.field(candidate, "array.base", "must be an array"));
                sentAsNoList = true;
            } else if (tab == null && value instanceof List<?> items && !items.isEmpty()) {
                tab = candidate;
                ids = ids(candidate, items, invalid);
            }
        }
        if (tab == null && !sentAsNoList) {
            invalid.add(ValidationDetail.field("clients", "object.missing",
                    "one of clients, systems or apps must list at least one {_id}"));
        }
        if (!invalid.isEmpty()) {
            throw new ValidatorException(invalid);
        }
        String messageId = queue.publish(new GraphJob(graphId, ownerId, tab, ids));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("_id", graphId);
        reply.put("task_id", messageId);
        return reply;
    }

    private static List<String> ids(String field, List<?> items, List<ValidationDetail> invalid) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object id = items.get(i) instanceof Map<?, ?> item ? item.get("_id") : null;
            String checked = objectId(id, field + "." + i + "._id", invalid);
            if (checked != null && !ids.contains(checked)) {
                ids.add(checked);
            }
        }
        return ids;
    }

    private static String objectId(Object value, String field, List<ValidationDetail> invalid) {
        if (value == null || String.valueOf(value).isBlank()) {
            invalid.add(ValidationDetail.field(field, "any.required", "is required"));
            return null;
        }
        String id = String.valueOf(value);
        if (!ObjectId.isValid(id)) {
            invalid.add(ValidationDetail.field(field, "string.hex", "must be an id of 24 hex digits"));
            return null;
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
