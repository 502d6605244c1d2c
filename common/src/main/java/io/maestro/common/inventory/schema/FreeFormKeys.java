package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.util.List;
import java.util.Map;

/**
 * The keys a free-form value ({@link AnySchema}, the undeclared keys of a lenient {@link ObjectSchema}) may hold: any,
 * at any depth, but one starting with {@code $} or holding a NUL. A {@code $} key is an operator to the store (queries
 * read it so, MongoDB before 5.0 refuses it in updates) and data-app refuses it in every write, so discovery could not
 * write such a record back; no BSON key can hold a NUL. Dotted keys are data: providers use them
 * ({@code app.kubernetes.io/name}) and the store keeps them.
 */
final class FreeFormKeys {

    private FreeFormKeys() {
    }

    /** Adds a failure for every such key of {@code value}, named by its path under {@code path}. */
    static void check(String path, Object value, List<ValidationDetail> errors) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkEntry(path, String.valueOf(key), item, errors));
        } else if (value instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                Object item = list.get(index);
                if (holdsKeys(item)) {
                    check(path + "." + index, item, errors);
                }
            }
        }
    }

    /** {@link #check} for one entry {@code key: item} of the object at {@code path}. */
    static void checkEntry(String path, String key, Object item, List<ValidationDetail> errors) {
        if (key.startsWith("$") || key.indexOf('\0') >= 0) {
            FieldSchema.fail(errors, path + "." + key, "object.invalidKey",
                    "is not allowed: a key may neither start with $ nor hold a NUL character");
        } else if (holdsKeys(item)) {
            check(path + "." + key, item, errors);
        }
    }

    /** Whether keys may lie within: a plain value's path is never built (most of a record's values). */
    private static boolean holdsKeys(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }
}
