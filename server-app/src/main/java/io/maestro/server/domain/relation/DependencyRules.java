package io.maestro.server.domain.relation;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.InventorySchemas;
import io.maestro.common.inventory.schema.ArraySchema;
import io.maestro.common.inventory.schema.ObjectSchema;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The bodies of the dependency routes (§2.6, §2.13 {@code entries}): a dependency
 * {@code {_id (24 hex, req), name ≤250 (req), family (req, one of the application families), endpoint?, environment?}},
 * and the dependency maker's {@code {tree: {root: [entries], "<appId>": [entries]}, systems?: [≤3 {_id, name?}]}}.
 * Failures are 422 naming the field, e.g. {@code ["tree", "<appId>", 0, "family"]}.
 */
public final class DependencyRules {

    /** The tree key whose entries become the systems' {@code entry}; every other key is an application id. */
    public static final String ROOT = "root";
    public static final int MAX_SYSTEMS = 3;

    private DependencyRules() {
    }

    /** The fields of one stored dependency. */
    public static ObjectSchema dependency() {
        return object()
                .field("_id", new HexIdSchema().required())
                .field("name", string().max(250).required())
                .field("family", string().oneOf(InventorySchemas.FAMILIES.toArray(String[]::new)).required())
                .field("endpoint", any())
                .field("environment", string());
    }

    /** A dependency body; keys other than its fields are dropped, as on every record body. */
    public static Document dependencyBody(Map<String, ?> body) {
        return dependency().validateBody(body, ObjectSchema.Mode.COMPLETE);
    }

    /**
     * The dependency maker's request, checked.
     *
     * @param root         the entries of {@code tree.root}, or null when the tree has no root
     * @param dependencies the new {@code deps} of each application
     * @param systems      the systems whose {@code entry} becomes {@code root}
     */
    public record Batch(List<Document> root, Map<ObjectId, List<Document>> dependencies, List<ObjectId> systems) {
    }

    /** @throws ValidatorException 422 listing every failing field */
    public static Batch batch(Object body) {
        if (!(body instanceof Map<?, ?> fields)) {
            throw new ValidatorException(ValidationDetail.field("value", "object.base", "must be an object"));
        }
        List<ValidationDetail> errors = new ArrayList<>();
        List<Document> root = null;
        Map<ObjectId, List<Document>> dependencies = new LinkedHashMap<>();
        Object tree = fields.get("tree");
        if (tree == null) {
            errors.add(ValidationDetail.field("tree", "any.required", "is required"));
        } else if (!(tree instanceof Map<?, ?> branches)) {
            errors.add(ValidationDetail.field("tree", "object.base", "must be an object"));
        } else {
            for (Map.Entry<?, ?> branch : branches.entrySet()) {
                String key = String.valueOf(branch.getKey());
                List<Document> entries = entries("tree." + key, branch.getValue(), errors);
                if (ROOT.equals(key)) {
                    root = entries;
                } else if (ObjectId.isValid(key)) {
                    dependencies.put(new ObjectId(key), entries);
                } else {
                    errors.add(ValidationDetail.field("tree." + key, "object.allowUnknown",
                            "is not allowed: the keys of tree are root and application ids of 24 hex digits"));
                }
            }
        }
        List<ObjectId> systems = systems(fields.get("systems"), errors);
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return new Batch(root, dependencies, systems);
    }

    private static List<Document> entries(String path, Object value, List<ValidationDetail> errors) {
        if (!(value instanceof List<?> items)) {
            errors.add(ValidationDetail.field(path, "array.base", "must be an array"));
            return List.of();
        }
        if (ArraySchema.tooLong(path, items, ArraySchema.MAX_ITEMS, errors)) {
            return List.of();
        }
        ObjectSchema entry = dependency();
        List<Document> checked = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            if (entry.check(path + "." + index, items.get(index), errors) instanceof Map<?, ?> map) {
                Document document = new Document();
                map.forEach((key, item) -> document.put(String.valueOf(key), item));
                checked.add(document);
            }
        }
        return checked;
    }

    private static List<ObjectId> systems(Object value, List<ValidationDetail> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            errors.add(ValidationDetail.field("systems", "array.base", "must be an array"));
            return List.of();
        }
        ArraySchema.tooLong("systems", items, MAX_SYSTEMS, errors);
        ObjectSchema system = object().lenient().field("_id", new HexIdSchema().required()).field("name", string().max(250));
        List<ObjectId> ids = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            if (system.check("systems." + index, items.get(index), errors) instanceof Map<?, ?> map
                    && map.get("_id") instanceof ObjectId id) {
                ids.add(id);
            }
        }
        return ids;
    }
}
