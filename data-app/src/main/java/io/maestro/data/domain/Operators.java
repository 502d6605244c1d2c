package io.maestro.data.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Operator keys the gateway refuses anywhere (server-side JavaScript), and the update operators it passes through. */
public final class Operators {

    /** Run JavaScript inside the store; never accepted from a caller. */
    public static final Set<String> FORBIDDEN = Set.of("$where", "$function", "$accumulator");

    /** Update operators a bulk element or a sync body may use besides plain fields (which become {@code $set}). */
    public static final Set<String> UPDATE = Set.of("$set", "$unset", "$inc", "$addToSet", "$push", "$pull", "$pullAll",
            "$min", "$max", "$mul", "$setOnInsert", "$currentDate", "$rename");

    private Operators() {
    }

    /** The first forbidden operator key found anywhere inside {@code value}. */
    public static Optional<String> findForbidden(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (FORBIDDEN.contains(key)) {
                    return Optional.of(key);
                }
                Optional<String> nested = findForbidden(entry.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                Optional<String> nested = findForbidden(item);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    /** The first key starting with {@code $} anywhere inside a plain stored value (the store would refuse it). */
    public static Optional<String> findOperatorKey(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.startsWith("$")) {
                    return Optional.of(key);
                }
                Optional<String> nested = findOperatorKey(entry.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                Optional<String> nested = findOperatorKey(item);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
