package io.maestro.server.domain.resource.schema;

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
