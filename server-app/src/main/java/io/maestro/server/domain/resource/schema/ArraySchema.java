package io.maestro.server.domain.resource.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A list whose items all follow one schema, optionally unique by one key of the items (Joi's {@code unique('name')}). */
public final class ArraySchema extends FieldSchema<ArraySchema> {

    private final FieldSchema<?> items;
    private String uniqueBy;
    private boolean uniqueItems;

    ArraySchema(FieldSchema<?> items) {
        this.items = items;
    }

    public ArraySchema uniqueBy(String key) {
        this.uniqueBy = key;
        return this;
    }

    /** No two items equal (Joi's {@code unique()} on scalar arrays such as datacenter regions). */
    public ArraySchema unique() {
        this.uniqueItems = true;
        return this;
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        if (!(value instanceof List<?> list)) {
            fail(errors, path, "array.base", "must be an array");
            return value;
        }
        List<Object> checked = new ArrayList<>(list.size());
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = items.check(path + "." + i, list.get(i), errors);
            checked.add(item);
            Object identity = uniqueItems ? item : uniqueBy != null && item instanceof Map<?, ?> map ? map.get(uniqueBy) : null;
            if (identity != null && !seen.add(identity)) {
                fail(errors, path + "." + i, "array.unique", "contains a duplicate value", Map.of("pos", i));
            }
        }
        return checked;
    }
}
