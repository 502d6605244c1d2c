package io.maestro.common.inventory.schema;

import io.maestro.common.inventory.schema.FieldSchema;
import io.maestro.common.web.ValidationDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code conn}: an object of credential fields whose values are text, numbers or booleans (keys, tokens, user names,
 * ports; they are sealed as text), or a list (the uploaded {@code artifacts} of a file or Ansible connection: file
 * names or {@code {filename}} objects, sealed as JSON text), of at most {@value #MAX_LENGTH} characters, or
 * {@code null} to remove a stored field on update. The values never appear in a validation message.
 */
public final class CredentialsSchema extends FieldSchema<CredentialsSchema> {

    /** 0.6 capped the signed credentials at 10800 characters. */
    static final int MAX_LENGTH = 10800;

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (!(value instanceof Map<?, ?> fields)) {
            errors.add(ValidationDetail.field(path, "object.base", "must be an object"));
            return value;
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        fields.forEach((field, fieldValue) -> {
            String fieldPath = path + "." + field;
            if (fieldValue != null && !(fieldValue instanceof String || fieldValue instanceof Number
                    || fieldValue instanceof Boolean || isArtifactList(fieldValue))) {
                errors.add(ValidationDetail.field(fieldPath, "string.base",
                        "must be a string, a number, a boolean or a list of file names"));
            } else if (fieldValue != null && String.valueOf(fieldValue).length() > MAX_LENGTH) {
                errors.add(ValidationDetail.field(fieldPath, "string.max",
                        "length must be less than or equal to " + MAX_LENGTH + " characters long"));
            }
            checked.put(String.valueOf(field), fieldValue);
        });
        return checked;
    }

    /** An object of text, number, boolean or file-list values (or {@code null} to remove one). */
    @Override
    protected void describe(Map<String, Object> schema) {
        Map<String, Object> fileName = Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "object")));
        schema.put("type", "object");
        schema.put("additionalProperties", Map.of("anyOf", List.of(
                Map.of("type", "string", "maxLength", MAX_LENGTH), Map.of("type", "number"), Map.of("type", "boolean"),
                Map.of("type", "array", "items", fileName), Map.of("type", "null"))));
    }

    private static boolean isArtifactList(Object value) {
        return value instanceof List<?> items && items.stream().allMatch(item -> item instanceof String
                || item instanceof Map<?, ?> entry && entry.values().stream().allMatch(
                        field -> field == null || field instanceof String || field instanceof Number));
    }
}
