package io.maestro.reports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's {@code columns} (0.6 contract §6): the fields that hold a value in any of the first {@value #SAMPLE}
 * rows, the well-known ones first in a fixed order (what a record is, then where it runs, then who may see it, the
 * dates last), the others in the order they first appear.
 */
public final class ResultHeaders {

    /** How many leading rows decide the columns. */
    public static final int SAMPLE = 50;

    private static final List<String> FIRST = List.of("active", "status", "name", "hostname", "ipv4_private",
            "ipv4_public", "role", "environment", "os", "cpu", "memory", "provider", "datacenters", "language",
            "family", "system", "clients", "systems", "applications", "servers", "tags");
    private static final List<String> LAST = List.of("owner", "roles", "updated_at", "created_at");

    private ResultHeaders() {
    }

    public static List<String> of(Collection<? extends Map<String, Object>> sample) {
        Set<String> present = new LinkedHashSet<>();
        for (Map<String, Object> row : sample) {
            row.forEach((field, value) -> {
                if (!"_id".equals(field) && !isEmpty(value)) {
                    present.add(field);
                }
            });
        }
        List<String> appearance = new ArrayList<>(present);
        List<String> ordered = new ArrayList<>(present);
        ordered.sort(Comparator.comparingInt((String field) -> weight(field)).thenComparingInt(appearance::indexOf));
        return ordered;
    }

    private static int weight(String field) {
        int first = FIRST.indexOf(field);
        if (first >= 0) {
            return first;
        }
        int last = LAST.indexOf(field);
        return last >= 0 ? FIRST.size() + 1 + last : FIRST.size();
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
