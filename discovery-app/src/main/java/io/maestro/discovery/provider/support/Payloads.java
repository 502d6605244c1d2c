package io.maestro.discovery.provider.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading provider payloads (JSON-shaped maps) by path without casts spread through every translation. */
public final class Payloads {

    private Payloads() {
    }

    /** The value at a dotted path, e.g. {@code Placement.AvailabilityZone}; {@code null} when any step is missing. */
    public static Object at(Map<String, Object> item, String path) {
        Object current = item;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    /** The first present value among the paths (0.6's {@code switch(a|b)}). */
    public static Object first(Map<String, Object> item, String... paths) {
        for (String path : paths) {
            Object value = at(item, path);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static String text(Map<String, Object> item, String path) {
        Object value = at(item, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> item, String path) {
        Object value = at(item, path);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(entry -> (Map<String, Object>) entry).toList();
    }

    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> map(Map<String, Object> item, String path) {
        return at(item, path) instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    /** Upper-cases the first letter, as 0.6 stored tag values and states ({@code running} → {@code Running}). */
    public static String capitalise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }
}
