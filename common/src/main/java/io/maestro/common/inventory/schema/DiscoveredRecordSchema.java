package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What discovery may write as one record of an entity, derived from the entity's API schema (the rules of what a user
 * writes): the identity key of the command writing it, {@code name} and {@code checksum} are required non-empty texts; every field the API
 * schema declares is checked by its API rule, but for the fields the entity lists as provider-shaped (a provider
 * writes them in its own form, e.g. AWS's boolean {@code encrypted} of a volume where a user writes text), which are
 * free-form; any other key is kept as a provider's extra ({@code metas}, {@code tags}...), refused only when the store
 * could not keep it ({@link FreeFormKeys}).
 */
public final class DiscoveredRecordSchema {

    private final ObjectSchema apiSchema;
    private final Set<String> providerShaped;

    /** @param providerShaped API fields a provider writes in its own shape, checked only as free-form values */
    public DiscoveredRecordSchema(ObjectSchema apiSchema, Set<String> providerShaped) {
        this.apiSchema = apiSchema;
        this.providerShaped = Set.copyOf(providerShaped);
        for (String field : providerShaped) {
            if (!apiSchema.fieldNames().contains(field)) {
                throw new IllegalArgumentException("The API schema has no field " + field + " to relax");
            }
        }
    }

    /** The API fields a provider writes in its own shape. */
    public Set<String> providerShaped() {
        return providerShaped;
    }

    /**
     * Every reason the record is not a valid discovered record; empty when it is.
     *
     * @param identityKey the field the writing command recognises records by ({@code unique_id}, {@code name} for
     *                    imported flavors)
     */
    public List<ValidationDetail> check(Map<String, Object> record, String identityKey) {
        List<ValidationDetail> errors = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>(List.of(identityKey, "name", "checksum"));
        for (String field : required) {
            Object value = record.get(field);
            if (value == null) {
                FieldSchema.fail(errors, field, "any.required", "is required");
            } else if (!(value instanceof String text) || text.isBlank()) {
                FieldSchema.fail(errors, field, "string.base", "must be a non-empty string");
            }
        }
        Map<String, Object> keys = new LinkedHashMap<>(record);
        required.forEach(keys::remove);
        keys.forEach((field, value) -> {
            FieldSchema<?> rule = apiSchema.fieldSchema(field);
            if (rule == null || providerShaped.contains(field)) {
                FreeFormKeys.check(field, value, errors);
            } else if (value != null) {
                rule.check(field, value, errors);
            }
        });
        return errors;
    }
}
