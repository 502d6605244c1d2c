package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * An object with named fields. Strict objects (the default, as Joi's) reject keys they do not declare; lenient ones
 * keep them as given, but for the keys {@link FreeFormKeys} refuses. The schema of a whole record is an object schema whose keys are the record's writable fields:
 * {@link #validateBody} drops any other key of a request body silently, as Maestro 0.6 did, before checking the rest.
 */
public final class ObjectSchema extends FieldSchema<ObjectSchema> {

    /** How a request body is checked against a record schema. */
    public enum Mode {
        /** POST and PUT: required fields must be present, defaults fill absent fields. */
        COMPLETE,
        /** PATCH (compatibility.md H3): only the fields sent are checked; nothing is required or defaulted at the top level. */
        PARTIAL
    }

    private final Map<String, FieldSchema<?>> fields = new LinkedHashMap<>();
    private boolean lenient;

    ObjectSchema() {
    }

    public ObjectSchema field(String name, FieldSchema<?> schema) {
        fields.put(name, schema);
        return this;
    }

    /** Keeps keys it does not declare (free-form provider objects such as {@code datacenters}), as {@link AnySchema} does. */
    public ObjectSchema lenient() {
        this.lenient = true;
        return this;
    }

    /** The rule of a declared field, or {@code null}. */
    FieldSchema<?> fieldSchema(String name) {
        return fields.get(name);
    }

    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /**
     * The writable fields of {@code body}, checked and converted, in a new document.
     *
     * @throws ValidatorException 422 listing every failing field
     */
    public Document validateBody(Map<String, ?> body, Mode mode) {
        List<ValidationDetail> errors = new ArrayList<>();
        Map<String, Object> writable = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (fields.containsKey(key)) {
                writable.put(key, value);
            }
        });
        Document checked = new Document(checkFields("", writable, mode == Mode.COMPLETE, errors));
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return checked;
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (!(value instanceof Map<?, ?> map)) {
            fail(errors, path, "object.base", "must be an object");
            return value;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        map.forEach((key, item) -> given.put(String.valueOf(key), item));
        given.forEach((key, item) -> {
            if (fields.containsKey(key)) {
                return;
            }
            if (lenient) {
                FreeFormKeys.checkEntry(path, key, item, errors);
            } else {
                fail(errors, path + "." + key, "object.allowUnknown", "is not allowed");
            }
        });
        return checkFields(path + ".", given, true, errors);
    }

    /**
     * {@code type: object} with its declared {@code properties}; {@code required} lists the fields a create needs;
     * a strict object refuses other keys ({@code additionalProperties: false}). The schema of a whole record describes
     * a request body, whose other keys are dropped rather than refused: it is rendered with {@code required} and
     * without {@code additionalProperties}.
     */
    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        fields.forEach((name, field) -> properties.put(name, field.jsonSchema()));
        if (!properties.isEmpty()) {
            schema.put("properties", properties);
        }
        List<String> required = fields.entrySet().stream().filter(field -> field.getValue().isRequired())
                .map(Map.Entry::getKey).toList();
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (!lenient) {
            schema.put("additionalProperties", false);
        }
    }

    /** The JSON Schema of a request body checked by {@link #validateBody} in {@code mode}. */
    public Map<String, Object> bodySchema(Mode mode) {
        Map<String, Object> schema = jsonSchema();
        schema.remove("additionalProperties");
        if (mode == Mode.PARTIAL) {
            schema.remove("required");
            schema.put("properties", partial(schema.get("properties")));
        }
        return schema;
    }

    /** A PATCH applies no top-level default (compatibility.md H3). */
    private static Map<String, Object> partial(Object properties) {
        Map<String, Object> withoutDefaults = new LinkedHashMap<>();
        if (properties instanceof Map<?, ?> map) {
            map.forEach((name, property) -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                ((Map<?, ?>) property).forEach((key, value) -> copy.put(String.valueOf(key), value));
                copy.remove("default");
                withoutDefaults.put(String.valueOf(name), copy);
            });
        }
        return withoutDefaults;
    }

    private Map<String, Object> checkFields(String prefix, Map<String, Object> given, boolean complete,
            List<ValidationDetail> errors) {
        Map<String, Object> checked = new LinkedHashMap<>(lenient ? given : Map.of());
        fields.forEach((name, schema) -> {
            if (given.containsKey(name)) {
                checked.put(name, schema.check(prefix + name, given.get(name), errors));
            } else if (complete && schema.isRequired()) {
                fail(errors, prefix + name, "any.required", "is required");
            } else if (complete && schema.defaultValue() != null) {
                checked.put(name, schema.defaultValue());
            }
        });
        return checked;
    }
}
