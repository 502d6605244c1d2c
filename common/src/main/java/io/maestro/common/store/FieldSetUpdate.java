package io.maestro.common.store;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
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

    private final List<String[]> paths;
    private final List<Object> values;

    private FieldSetUpdate(List<String[]> paths, List<Object> values) {
        this.paths = paths;
        this.values = values;
    }

    /** The update as field sets, or null when the backend must apply it. */
    static FieldSetUpdate of(Document update, ArrayFilters arrayFilters, String idField) {
        if (arrayFilters != null && !arrayFilters.isEmpty() || !(update.get("$set") instanceof Document sets) || sets.isEmpty()) {
            return null;
        }
        Set<String> allPaths = new HashSet<>();
        for (Map.Entry<String, Object> operator : update.entrySet()) {
            boolean ignoredOnMatch = operator.getKey().equals("$setOnInsert");
            if (!operator.getKey().equals("$set") && !ignoredOnMatch || !(operator.getValue() instanceof Document fields)) {
                return null;
            }
            for (String path : fields.keySet()) {
                if (!allPaths.add(path)) {
                    return null; // the backend reports the conflict
                }
            }
        }
        List<String[]> paths = new ArrayList<>(sets.size());
        List<Object> values = new ArrayList<>(sets.size());
        for (String path : allPaths) {
            String[] segments = path.split("\\.", -1);
            for (String segment : segments) {
                if (segment.isEmpty() || segment.charAt(0) == '$') {
                    return null;
                }
            }
            if (segments[0].equals(idField)) {
                return null;
            }
            for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                if (allPaths.contains(path.substring(0, dot))) {
                    return null; // a path inside another: the backend reports the conflict
                }
            }
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            paths.add(set.getKey().split("\\.", -1));
            values.add(set.getValue());
        }
        return new FieldSetUpdate(paths, values);
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

    /** Equal as the memory backend tells an unchanged value: numbers by value, null and missing alike. */
    static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(normalized(a), normalized(b));
    }

    private static Object normalized(Object value) {
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
