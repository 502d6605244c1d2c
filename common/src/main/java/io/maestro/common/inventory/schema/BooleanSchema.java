package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.List;
import java.util.Map;

/** {@code true}/{@code false}; the strings {@code "true"}/{@code "false"} are converted as Joi did. */
public final class BooleanSchema extends FieldSchema<BooleanSchema> {

    BooleanSchema() {
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (value instanceof Boolean) {
            return value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        fail(errors, path, "boolean.base", "must be a boolean");
        return value;
    }

    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "boolean");
    }
}
