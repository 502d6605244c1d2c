package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list whose items all follow one schema, optionally unique by one key of the items (Joi's {@code unique('name')}),
 * of at most {@link #MAX_ITEMS} items.
 */
public final class ArraySchema extends FieldSchema<ArraySchema> {

    /**
     * Most items of any array a request carries (record fields, ACLs, relation and dependency lists): a longer one is
     * refused as a whole, with one {@code array.max} detail, before its items are looked at.
     */
    public static final int MAX_ITEMS = 1000;

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
        if (tooLong(path, list, MAX_ITEMS, errors)) {
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

    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "array");
        schema.put("items", items.jsonSchema());
        schema.put("maxItems", MAX_ITEMS);
        if (uniqueItems) {
            schema.put("uniqueItems", true);
        }
        if (uniqueBy != null) {
            schema.put("x-unique-by", uniqueBy);
        }
    }

    /** Adds Joi's {@code array.max} detail when {@code items} has more than {@code limit}, and says whether it did. */
    public static boolean tooLong(String path, List<?> items, int limit, List<ValidationDetail> errors) {
        if (items.size() <= limit) {
            return false;
        }
        fail(errors, path, "array.max", "must contain less than or equal to " + limit + " items", Map.of("limit", limit));
        return true;
    }
}
