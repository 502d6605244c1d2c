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
    private String title;
    private String description;
    private String choices;

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

    /**
     * The label a form shows for this field. Only titled fields are offered in the dashboard's generated forms (the
     * others are written by discovery or by other services); checking ignores it.
     */
    public S title(String label) {
        this.title = label;
        return self();
    }

    /** Help text a form shows under the field; checking ignores it. */
    public S description(String helpText) {
        this.description = helpText;
        return self();
    }

    /**
     * Where a form finds the values to suggest ({@code x-options}): {@code adminer:<key>.<property>} for a list of the
     * global settings ({@code adminer:server_options.role}); {@code datacenters} for the user's datacenters;
     * {@code datacenter.regions}, {@code datacenter.zones} for those of the datacenter picked in the same form;
     * {@code provider.regions}, {@code provider.zones} for those {@code datacenter_options} lists for the provider and
     * regions picked in the same form. Suggestions only: checking ignores it (docs/dashboard.md, "Forms").
     */
    public S choices(String source) {
        this.choices = source;
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
     * This field as a JSON Schema (draft 2020-12) object: its label and help text, its type and limits, where a form
     * finds suggestions ({@code x-options}), and its create-time default. Only what
     * a client should send: conversions {@link #check} also accepts (numeric strings for numbers) are not described.
     */
    public final Map<String, Object> jsonSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (title != null) {
            schema.put("title", title);
        }
        if (description != null) {
            schema.put("description", description);
        }
        describe(schema);
        if (choices != null) {
            schema.put("x-options", choices);
        }
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
