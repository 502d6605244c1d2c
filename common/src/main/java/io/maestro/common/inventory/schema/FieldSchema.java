package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a declarative, Joi-like schema: its type checks, whether it is required on create, its create-time
 * default. Checking returns the value to store (numbers given as numeric strings become numbers, as Joi converted them)
 * and adds one {@link ValidationDetail} per failure. {@link #jsonSchema()} renders the same rules as JSON Schema for
 * clients (OpenAPI, the dashboard's forms).
 *
 * @param <S> the concrete schema, so that the fluent setters keep their type
 */
public abstract class FieldSchema<S extends FieldSchema<S>> {

    private boolean required;
    private Object defaultValue;

    /** Must be present when a record is created or replaced (not on PATCH, compatibility.md H3). */
    public S required() {
        this.required = true;
        return self();
    }

    /** Stored when the field is absent on create or replace; not applied by PATCH (compatibility.md H3). */
    public S withDefault(Object value) {
        this.defaultValue = value;
        return self();
    }

    public boolean isRequired() {
        return required;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    /**
     * The value to store, or anything when {@code errors} grew.
     *
     * @param path the dotted path of the field, as the error details name it
     */
    public abstract Object check(String path, Object value, List<ValidationDetail> errors);

    /**
     * This field as a JSON Schema (draft 2020-12) object: its type and limits, and its create-time default. Only what
     * a client should send: conversions {@link #check} also accepts (numeric strings for numbers) are not described.
     */
    public final Map<String, Object> jsonSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        describe(schema);
        if (defaultValue != null) {
            schema.put("default", defaultValue);
        }
        return schema;
    }

    /** Puts this field's JSON Schema keywords ({@code type}, limits...) into {@code schema}. */
    protected abstract void describe(Map<String, Object> schema);

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    static void fail(List<ValidationDetail> errors, String path, String type, String reason) {
        errors.add(ValidationDetail.field(path, type, reason));
    }

    static void fail(List<ValidationDetail> errors, String path, String type, String reason, Map<String, Object> context) {
        errors.add(ValidationDetail.field(path, type, reason, context));
    }
}
