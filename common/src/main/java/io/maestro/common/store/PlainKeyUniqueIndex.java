package io.maestro.common.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory backend's unique index, with the key of a document read directly when the index has one top-level field
 * ({@code _id}, {@code unique_id}, audit-app's {@code change_id}) and the document holds a plain value there: the
 * backend works the key out through streams and maps for every path, three times per insert. Any other index or value
 * (a dotted path, an array, an embedded document) goes the backend's way, and a duplicate is reported by the backend
 * itself, so its error is unchanged.
 */
final class PlainKeyUniqueIndex extends MemoryUniqueIndex {

    /** A key that is not plain: the backend reads it. */
    private static final Object NOT_PLAIN = new Object();

    private final String field;

    PlainKeyUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        String only = keys.size() == 1 ? keys.get(0).getKey() : null;
        this.field = only != null && only.indexOf('.') < 0 && !only.startsWith("$") ? only : null;
    }

    /** The document's normalized key value (null when it has none), or {@link #NOT_PLAIN}. */
    private Object plainKey(Document document) {
        if (field == null) {
            return NOT_PLAIN;
        }
        Object value = document.get(field);
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return NOT_PLAIN;
        }
        return FieldSetUpdate.normalized(value);
    }

    private boolean skippedAsSparse(Document document) {
        return isSparse() && !document.containsKey(field);
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        Object key = plainKey(document);
        if (key == NOT_PLAIN) {
            return super.getKeyValues(document);
        }
        return Set.of(new KeyValue(Collections.singletonList(key)));
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Integer> collection) {
        Object key = plainKey(document);
        if (key == NOT_PLAIN || !skippedAsSparse(document) && getPosition(new KeyValue(Collections.singletonList(key))) != null) {
            super.checkAdd(document, collection);
        }
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object key = plainKey(document);
        if (key == NOT_PLAIN) {
            super.add(document, position, collection);
            return;
        }
        checkAdd(document, collection);
        if (!skippedAsSparse(document) && !putKeyPosition(new KeyValue(Collections.singletonList(key)), position)) {
            throw new IllegalStateException("Key " + key + " already exists in " + getName());
        }
    }
}
