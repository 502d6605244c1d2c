package io.maestro.server.domain.relation;

import io.maestro.common.inventory.schema.FieldSchema;
import io.maestro.common.web.ValidationDetail;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** A record id: a string of 24 hex digits, stored as an ObjectId so that lookups and graph queries join on it. */
public final class HexIdSchema extends FieldSchema<HexIdSchema> {

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (value instanceof ObjectId) {
            return value;
        }
        if (value instanceof String hex && ObjectId.isValid(hex)) {
            return new ObjectId(hex);
        }
        errors.add(ValidationDetail.field(path, "string.hex", "must be an id of 24 hex digits"));
        return value;
    }

    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "string");
        schema.put("pattern", "^[0-9a-fA-F]{24}$");
    }
}
