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

    /**
     * The first key anywhere inside a plain stored value that the store would refuse: one starting with {@code $}, or
     * one holding a NUL (shown escaped), which no BSON key can.
     */
    public static Optional<String> findUnstorableKey(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.startsWith("$") || key.indexOf('\0') >= 0) {
                    return Optional.of(key.replace("\0", "\\u0000"));
                }
                Optional<String> nested = findUnstorableKey(entry.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                Optional<String> nested = findUnstorableKey(item);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }
}
