package io.maestro.server.domain.audit;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.client.AuditAppClient;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.common.web.QueryException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The history of a record as audit-app keeps it, under the record's own access rules: reading it needs read access
 * (role 1) on the record, restoring a version needs write access (role 3). A version is restored through
 * {@link ResourceService#replace}: it is validated against the entity's current schema, keeps owner, ACL, creation
 * time and the relation copies ({@link ResourceDefinition#linkedFields()}), and is itself audited as a new change.
 * audit-app failing is answered as every peer failure (docs/architecture.md "Peer failures"); a row it cannot use (its
 * 422) is 422 naming the row parameter.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ResourceService resources;
    private final ResourceStore store;
    private final AuditAppClient audit;

    public AuditTrail(ResourceService resources, ResourceStore store, AuditAppClient audit) {
        this.resources = resources;
        this.store = store;
        this.audit = audit;
    }

    /** audit-app's list envelope of the record's changes, oldest first. */
    public JsonNode history(ResourceDefinition definition, Actor actor, String id, Map<String, String> listParameters) {
        return audit.history(definition.entityName(), readable(definition, actor, id), listParameters);
    }

    /**
     * The record as it was right after the change {@code rowId}: that version's fields, the record's {@code _id}, and
     * {@code _version: {_id, user, created_at, changes}} describing the change.
     */
    public ObjectNode version(ResourceDefinition definition, Actor actor, String id, String rowId) {
        String recordId = readable(definition, actor, id);
        JsonNode row = row(definition, recordId, rowIdOf(rowId, "rowId"));
        ObjectNode version = JSON.createObjectNode();
        version.put("_id", recordId);
        version.setAll(stateOf(row));
        ObjectNode change = JSON.createObjectNode();
        change.set("_id", row.path("_id"));
        change.set("user", row.path("user"));
        change.set("created_at", row.path("created_at"));
        change.set("changes", row.path("body"));
        version.set("_version", change);
        return version;
    }

    /** audit-app's {@code {from, to, body}}: what changed between the versions after rows {@code from} and {@code to}. */
    public JsonNode diff(ResourceDefinition definition, Actor actor, String id, String fromRowId, String toRowId) {
        if (fromRowId == null || toRowId == null) {
            throw new QueryException("Parameters 'from' and 'to' are required: the history row ids to compare");
        }
        String recordId = readable(definition, actor, id);
        String from = rowIdOf(fromRowId, "from");
        String to = rowIdOf(toRowId, "to");
        return aboutRows(() -> audit.diff(definition.entityName(), recordId, from, to), "rows");
    }

    /**
     * Replaces the record's writable fields with those of the version after the change {@code rowId}; the actor needs
     * write access. A version that no longer fits the current schema is 422 naming the field.
     *
     * @return the record in single view
     */
    public Document revert(ResourceDefinition definition, Actor actor, String id, String rowId) {
        String recordId = readable(definition, actor, id);
        requireWrite(definition, actor, recordId);
        ObjectNode state = stateOf(row(definition, recordId, rowIdOf(rowId, "rowId")));
        Map<String, Object> fields = JSON.convertValue(state, FIELDS);
        fields.keySet().retainAll(definition.schema().fieldNames());
        keepCurrentLinks(definition, recordId, fields);
        return resources.replace(definition, actor, recordId, fields);
    }

    /** Relation copies stay as they are now: the other side of each relation was not restored. */
    private void keepCurrentLinks(ResourceDefinition definition, String recordId, Map<String, Object> fields) {
        if (definition.linkedFields().isEmpty()) {
            return;
        }
        Document projection = new Document();
        definition.linkedFields().forEach(field -> projection.append(field, 1));
        Document current = store.findOne(definition.collection(), new Document("_id", new ObjectId(recordId)), projection);
        for (String field : definition.linkedFields()) {
            if (current != null && current.containsKey(field)) {
                fields.put(field, current.get(field));
            } else {
                fields.remove(field);
            }
        }
    }

    private JsonNode row(ResourceDefinition definition, String recordId, String rowId) {
        return aboutRows(() -> audit.row(definition.entityName(), recordId, rowId), "rowId");
    }

    /** audit-app's 422 (a row it cannot use) as a 422 naming {@code rowField}; its other answers as they are. */
    private static JsonNode aboutRows(Supplier<JsonNode> call, String rowField) {
        try {
            return call.get();
        } catch (ServiceCallException refused) {
            if (refused.status().value() == 422) {
                throw new ValidatorException(ValidationDetail.field(rowField, "any.invalid",
                        String.valueOf(refused.answer().detail())));
            }
            throw refused;
        }
    }

    /** The record's id once the actor is known to read it (404 otherwise, as every record route). */
    private String readable(ResourceDefinition definition, Actor actor, String id) {
        return resources.get(definition, actor, id).getObjectId("_id").toHexString();
    }

    private void requireWrite(ResourceDefinition definition, Actor actor, String recordId) {
        Document writable = new Document("_id", new ObjectId(recordId)).append("active", true)
                .append("$and", List.of(AclFilter.requiring(definition.aclField(), actor.actingAs(), AclRoles.WRITE)));
        if (store.findOne(definition.collection(), writable, new Document("_id", 1)) == null) {
            throw new PermissionException("Restoring a version needs role " + AclRoles.WRITE + " on the record");
        }
    }

    /** A history row id is 24 hex digits; anything else names no row. */
    private static String rowIdOf(String rowId, String parameter) {
        if (rowId == null || !ObjectId.isValid(rowId)) {
            throw new NotFoundException("No history row " + rowId + " (" + parameter + ")");
        }
        return rowId;
    }

    private static ObjectNode stateOf(JsonNode row) {
        if (row.path("state") instanceof ObjectNode state) {
            return state;
        }
        throw new ValidatorException(ValidationDetail.field("rowId", "any.invalid",
                "names a change recorded without the document's state; it cannot be read back or restored"));
    }
}
