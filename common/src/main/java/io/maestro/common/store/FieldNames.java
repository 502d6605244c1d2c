package io.maestro.common.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One String per field name across the stored documents. The wire decoder gives every document its own copy of each
 * name ({@code name}, {@code roles}, {@code _id}, ...), about a quarter of the heap an inventory of 100,000 servers
 * takes; stored documents share the pooled copies instead. Names past {@value #MAX_NAMES} distinct ones are kept as
 * they come, so a collection with arbitrary keys cannot grow the pool without bound.
 */
final class FieldNames {

    private static final int MAX_NAMES = 50_000;
    private static final Map<String, String> POOL = new ConcurrentHashMap<>();

    private FieldNames() {
    }

    /**
     * Rewrites the document in place, embedded documents and arrays included, with pooled field names (same order).
     * A level whose names are all pooled already (a stored document an update changed) is left as it is.
     */
    static void share(Document document) {
        boolean allPooled = true;
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            shareWithin(entry.getValue());
            allPooled &= pooled(entry.getKey()) == entry.getKey();
        }
        if (allPooled) {
            return;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(document.entrySet());
        document.clear();
        for (Map.Entry<String, Object> entry : entries) {
            document.put(pooled(entry.getKey()), entry.getValue());
        }
    }

    private static void shareWithin(Object value) {
        if (value instanceof Document embedded) {
            share(embedded);
        } else if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                shareWithin(element);
            }
        }
    }

    private static String pooled(String name) {
        String shared = POOL.get(name);
        if (shared != null) {
            return shared;
        }
        if (POOL.size() >= MAX_NAMES) {
            return name;
        }
        String existing = POOL.putIfAbsent(name, name);
        return existing == null ? name : existing;
    }
}
