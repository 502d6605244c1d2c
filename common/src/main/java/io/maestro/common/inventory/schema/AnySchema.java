package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.List;
import java.util.Map;

/**
 * Free-form: any JSON value, stored as given (provider payloads that Maestro 0.6 accepted as {@code any}), but for
 * the keys {@link FreeFormKeys} refuses.
 */
public final class AnySchema extends FieldSchema<AnySchema> {

    AnySchema() {
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        FreeFormKeys.check(path, value, errors);
        return value;
    }

    /** Any value: the empty schema. */
    @Override
    protected void describe(Map<String, Object> schema) {
    }
}
