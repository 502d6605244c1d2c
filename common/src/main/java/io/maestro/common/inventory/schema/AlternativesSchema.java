package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The first of several schemas that accepts the value (Joi's {@code alternatives().try(...)}). */
public final class AlternativesSchema extends FieldSchema<AlternativesSchema> {

    private final List<FieldSchema<?>> options;

    AlternativesSchema(List<FieldSchema<?>> options) {
        this.options = List.copyOf(options);
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        for (FieldSchema<?> option : options) {
            List<ValidationDetail> attempt = new ArrayList<>();
            Object checked = option.check(path, value, attempt);
            if (attempt.isEmpty()) {
                return checked;
            }
        }
        fail(errors, path, "alternatives.base", "not matching any of the allowed alternatives");
        return value;
    }

    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("anyOf", options.stream().map(FieldSchema::jsonSchema).toList());
    }
}
