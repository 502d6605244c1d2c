package io.maestro.discovery.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a freshly translated record is merged into the stored one (0.6 §4.4): nested objects are merged field by field
 * and an empty new value (null, blank text, empty list or object) never erases a stored one; lists of objects that carry
 * a {@code unique_id} are merged entry by entry on it (entries the provider no longer lists are kept); any other value
 * is replaced. The stored record's {@code _id}, {@code roles} and {@code owner} are never replaced: they are the
 * tenant's, not the provider's.
 */
public final class RecordMerger {

    /** Fields a sync never overwrites on a stored record. */
    static final Set<String> KEPT_FIELDS = Set.of("_id", "roles", "owner");

    private static final String ENTRY_ID = "unique_id";

    private RecordMerger() {
    }

    public static Map<String, Object> merge(Map<String, Object> stored, Map<String, Object> incoming) {
        Map<String, Object> merged = mergeObjects(stored, incoming);
        KEPT_FIELDS.forEach(field -> {
            if (stored.containsKey(field)) {
                merged.put(field, stored.get(field));
            }
        });
        return merged;
    }

    private static Map<String, Object> mergeObjects(Map<String, Object> stored, Map<String, Object> incoming) {
        Map<String, Object> merged = new LinkedHashMap<>(stored);
        incoming.forEach((field, value) -> {
            if (!isEmpty(value)) {
                merged.put(field, mergeValues(stored.get(field), value));
            }
        });
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValues(Object stored, Object incoming) {
        if (stored instanceof Map<?, ?> storedMap && incoming instanceof Map<?, ?> incomingMap) {
            return mergeObjects((Map<String, Object>) storedMap, (Map<String, Object>) incomingMap);
        }
        if (stored instanceof List<?> storedList && incoming instanceof List<?> incomingList
                && identified(storedList) && identified(incomingList)) {
            return mergeEntries((List<Map<String, Object>>) storedList, (List<Map<String, Object>>) incomingList);
        }
        return incoming;
    }

    private static List<Map<String, Object>> mergeEntries(List<Map<String, Object>> stored,
            List<Map<String, Object>> incoming) {
        Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
        stored.forEach(entry -> byId.put(entry.get(ENTRY_ID), entry));
        incoming.forEach(entry -> byId.merge(entry.get(ENTRY_ID), entry, RecordMerger::mergeObjects));
        return new ArrayList<>(byId.values());
    }

    /** A non-empty list whose every entry is an object with a {@code unique_id}. */
    private static boolean identified(List<?> list) {
        return !list.isEmpty()
                && list.stream().allMatch(entry -> entry instanceof Map<?, ?> map && map.get(ENTRY_ID) != null);
    }

    static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
