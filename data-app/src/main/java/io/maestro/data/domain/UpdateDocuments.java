package io.maestro.data.domain;

import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * Builds a Mongo update from a Maestro body: plain keys go into {@code $set}, keys starting with {@code $} pass
 * through as update operators (Maestro 0.6's data-app rule). Problems are thrown as {@link IllegalArgumentException}
 * with a message the caller prefixes with the element it came from.
 */
public final class UpdateDocuments {

    private UpdateDocuments() {
    }

    /**
     * @param fields the body, already translated
     * @param skipNulls whether plain fields holding {@code null} are left out (bulk upserts) or set to null (sync)
     */
    public static Document build(Document fields, boolean skipNulls) {
        Document set = new Document();
        Document update = new Document();
        fields.forEach((key, value) -> {
            if (key.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a field name holds a NUL character");
            }
            if (key.startsWith("$")) {
                if (!Operators.UPDATE.contains(key)) {
                    throw new IllegalArgumentException("update operator " + key + " is not supported");
                }
                if (!(value instanceof Document operand)) {
                    throw new IllegalArgumentException(key + " must be an object");
                }
                if ("$set".equals(key)) {
                    set.putAll(operand);
                } else {
                    update.put(key, operand);
                }
            } else if (value != null || !skipNulls) {
                Operators.findUnstorableKey(value).ifPresent(operator -> {
                    throw new IllegalArgumentException("field " + key + " holds the key " + operator
                            + " (operators are only allowed at the top level)");
                });
                set.put(key, value);
            }
        });
        if (!set.isEmpty()) {
            update.put("$set", set);
        }
        return update;
    }

    /** Whether any operator of {@code update} writes {@code path}. */
    public static boolean touches(Document update, String path) {
        return update.values().stream()
                .anyMatch(operand -> operand instanceof Document document && document.containsKey(path));
    }

    /**
     * Refuses updates the store would reject: {@code _id} changed, or one path written twice or written together with
     * a part of it ({@code a} and {@code a.b}), across all operators.
     */
    public static void checkPaths(Document update) {
        Set<String> paths = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (Object operand : update.values()) {
            for (String path : ((Document) operand).keySet()) {
                if ("_id".equals(path) || path.startsWith("_id.")) {
                    throw new IllegalArgumentException("_id cannot be changed");
                }
                if (paths.contains(path) || parents.contains(path)) {
                    throw new IllegalArgumentException("path " + path + " is written twice");
                }
                int dot = path.indexOf('.');
                while (dot > 0) {
                    String parent = path.substring(0, dot);
                    if (paths.contains(parent)) {
                        throw new IllegalArgumentException("paths " + parent + " and " + path + " conflict");
                    }
                    parents.add(parent);
                    dot = path.indexOf('.', dot + 1);
                }
                paths.add(path);
            }
        }
    }
}
