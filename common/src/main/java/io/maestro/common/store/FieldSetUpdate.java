package io.maestro.common.store;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An update that only sets fields ({@code $set}, with a {@code $setOnInsert} that a matched document ignores), applied
 * to a stored document the way the memory backend applies it, without its two deep copies of the whole document (the
 * old state and the one the update is applied to) and its deep comparison of the two: the update's values are put in
 * a copy of the document's top level, and of each embedded document on a dotted path (copy on write), and a value
 * equal to the stored one (as the backend compares: numbers by value, null as missing) is left as stored.
 *
 * <p>Only what gives the backend's answer for certain takes this way: paths of plain field names through embedded
 * documents, none of them {@code _id} or a prefix of another; {@link #apply} declines a document where a path meets
 * an array or another value (the backend's positional and error rules), and the caller then leaves the whole command
 * to the backend. {@code IndexedUpdatePropertyTest} compares both over random commands and documents.
 */
final class FieldSetUpdate {

    /** Why {@link #apply} declined: the backend's own path rules decide this document. */
    static final Document DECLINED = new Document();

    /** The {@code $set} paths and values, in the update's order: what a matched document gets. */
    private final List<String[]> paths;
    private final List<Object> values;
    /** Every path and value, {@code $setOnInsert}'s too, in the update's order: what an upserted document gets. */
    private final List<String[]> insertedPaths;
    private final List<Object> insertedValues;

    private FieldSetUpdate(List<String[]> paths, List<Object> values, List<String[]> insertedPaths,
                           List<Object> insertedValues) {
        this.paths = paths;
        this.values = values;
        this.insertedPaths = insertedPaths;
        this.insertedValues = insertedValues;
    }

    /** The update as field sets, or null when the backend must apply it. */
    static FieldSetUpdate of(Document update, ArrayFilters arrayFilters, String idField) {
        if (arrayFilters != null && !arrayFilters.isEmpty() || !(update.get("$set") instanceof Document sets) || sets.isEmpty()) {
            return null;
        }
        Set<String> allPaths = new HashSet<>();
        List<String[]> paths = new ArrayList<>(sets.size());
        List<Object> values = new ArrayList<>(sets.size());
        List<String[]> insertedPaths = new ArrayList<>();
        List<Object> insertedValues = new ArrayList<>();
        for (Map.Entry<String, Object> operator : update.entrySet()) {
            boolean set = operator.getKey().equals("$set");
            if (!set && !operator.getKey().equals("$setOnInsert") || !(operator.getValue() instanceof Document fields)) {
                return null;
            }
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                String[] path = plainPath(field.getKey(), idField);
                if (path == null || !allPaths.add(field.getKey())) {
                    return null; // the backend applies it, or reports the conflict
                }
                insertedPaths.add(path);
                insertedValues.add(field.getValue());
                if (set) {
                    paths.add(path);
                    values.add(field.getValue());
                }
            }
        }
        for (String path : allPaths) {
            for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                if (allPaths.contains(path.substring(0, dot))) {
                    return null; // a path inside another: the backend reports the conflict
                }
            }
        }
        return new FieldSetUpdate(paths, values, insertedPaths, insertedValues);
    }

    /** The path's field names, or null when one is empty or an operator, or the path is {@code _id}'s. */
    private static String[] plainPath(String path, String idField) {
        String[] segments = path.split("\\.", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.charAt(0) == '$') {
                return null;
            }
        }
        return segments[0].equals(idField) ? null : segments;
    }

    /**
     * The document an upsert that matched nothing inserts, as the backend builds it: {@code _id} first, the selector's
     * equalities, then the sets in the update's order ({@code $setOnInsert}'s too), a new {@code ObjectId} when the
     * selector names no {@code _id}. Null when the selector is more than equalities of plain top-level fields to plain
     * values, or a path meets a value: the backend decides.
     */
    Document insertion(Document selector, String idField) {
        Document inserted = new Document(idField, null);
        for (Map.Entry<String, Object> equality : selector.entrySet()) {
            String field = equality.getKey();
            Object value = equality.getValue();
            if (field.isEmpty() || field.charAt(0) == '$' || field.indexOf('.') >= 0 || !plainValue(value)) {
                return null;
            }
            inserted.put(field, value);
        }
        for (int i = 0; i < insertedPaths.size(); i++) {
            String[] path = insertedPaths.get(i);
            Object value = insertedValues.get(i);
            Document container = inserted;
            for (int depth = 0; depth < path.length - 1; depth++) {
                Object child = container.get(path[depth]);
                if (child == null) {
                    Document created = new Document();
                    container.put(path[depth], created);
                    container = created;
                } else if (child instanceof Document embedded) {
                    container = embedded;
                } else {
                    return null;
                }
            }
            String last = path[path.length - 1];
            if (!container.containsKey(last) || !sameValue(value, container.get(last))) {
                container.put(last, value);
            }
        }
        Utils.validateFieldNames(inserted);
        if (inserted.get(idField) == null) {
            inserted.put(idField, new ObjectId());
        }
        return inserted;
    }

    /** A selector value the backend copies into an upserted document as it is. */
    private static boolean plainValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof ObjectId || value instanceof Boolean
                || value instanceof Instant || value == null;
    }

    /**
     * The document as this update leaves it (a new top level sharing every value it does not set), {@code stored}
     * itself when no value changes, or {@link #DECLINED}. Nothing of {@code stored} is changed.
     */
    Document apply(Document stored, String idField) {
        if (stored.isEmpty() || !idField.equals(stored.keySet().iterator().next())) {
            return DECLINED; // the backend puts _id first in the document it compares: it would count a change
        }
        Document updated = null;
        Map<Document, Document> copies = null;
        for (int i = 0; i < paths.size(); i++) {
            String[] path = paths.get(i);
            Object value = values.get(i);
            Object current = stored;
            boolean present = true;
            for (int depth = 0; depth < path.length && present; depth++) {
                Document container = (Document) current;
                if (!container.containsKey(path[depth])) {
                    present = false;
                } else {
                    current = container.get(path[depth]);
                    if (depth < path.length - 1 && !(current instanceof Document)) {
                        if (current != null) {
                            return DECLINED; // an array or a value on the path
                        }
                        present = false;
                    }
                }
            }
            if (present && sameValue(value, current)) {
                continue;
            }
            if (updated == null) {
                updated = new Document(stored);
                copies = new IdentityHashMap<>();
            }
            Document container = updated;
            for (int depth = 0; depth < path.length - 1; depth++) {
                Object child = container.get(path[depth]);
                Document copy;
                if (child instanceof Document embedded) {
                    copy = copies.containsKey(embedded) ? embedded : new Document(embedded);
                } else {
                    copy = new Document();
                }
                copies.put(copy, copy);
                container.put(path[depth], copy);
                container = copy;
            }
            container.put(path[path.length - 1], value);
        }
        if (updated == null) {
            return stored;
        }
        Utils.validateFieldNames(updated);
        return updated;
    }

    /** Equal as the memory backend tells an unchanged value: numbers by value (the caller handles a missing one). */
    static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(normalized(a), normalized(b));
    }

    /** A value as the backend compares values and keys unique indexes: numbers as doubles (longs beyond them kept). */
    static Object normalized(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long number && number != (long) number.doubleValue()) {
            return value;
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble == -0.0 ? 0.0 : asDouble;
        }
        if (value instanceof Map<?, ?> map) {
            Document normalized = new Document();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                normalized.put((String) entry.getKey(), normalized(entry.getValue()));
            }
            return normalized;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> normalized = new ArrayList<>(collection.size());
            for (Object element : collection) {
                normalized.add(normalized(element));
            }
            return normalized;
        }
        return value;
    }
}
