package io.maestro.server.domain.resource.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.List;

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
}
