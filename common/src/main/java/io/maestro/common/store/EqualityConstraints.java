package io.maestro.common.store;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The values a query requires at a path, wherever the query says so in a way an index can look up: {@code path: v},
 * {@code path: {$eq: v}}, {@code path: {$in: [...]}}, inside {@code $and}, and inside {@code $elemMatch} (the element's
 * fields, as {@code array.field}). A document the query matches has one of the values at the path, so an index lookup
 * on them gives a superset of the answer. Anything else ({@code $or}, {@code $regex}, ranges, {@code null}, embedded
 * documents or arrays as values) adds no constraint: the query is matched against every candidate anyway.
 */
final class EqualityConstraints {

    /** Longs beyond this lose precision as doubles, where equality and the index order may part. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private EqualityConstraints() {
    }

    static Map<String, List<Object>> of(de.bwaldvogel.mongo.bson.Document query) {
        Map<String, List<Object>> constraints = new HashMap<>();
        collect(query, "", constraints);
        return constraints;
    }

    private static void collect(de.bwaldvogel.mongo.bson.Document query, String prefix, Map<String, List<Object>> constraints) {
        for (Map.Entry<String, Object> clause : query.entrySet()) {
            String key = clause.getKey();
            Object value = clause.getValue();
            if (key.equals("$and") && value instanceof Collection<?> clauses) {
                for (Object part : clauses) {
                    if (part instanceof de.bwaldvogel.mongo.bson.Document document) {
                        collect(document, prefix, constraints);
                    }
                }
            } else if (!key.startsWith("$")) {
                collectField(prefix + key, value, constraints);
            }
        }
    }

    private static void collectField(String path, Object value, Map<String, List<Object>> constraints) {
        if (isIndexable(value)) {
            require(path, List.of(value), constraints);
        } else if (value instanceof de.bwaldvogel.mongo.bson.Document operators) {
            Object equal = operators.get("$eq");
            if (isIndexable(equal)) {
                require(path, List.of(equal), constraints);
            }
            if (operators.get("$in") instanceof Collection<?> accepted
                    && accepted.stream().allMatch(EqualityConstraints::isIndexable)) {
                require(path, List.copyOf(accepted), constraints);
            }
            if (operators.get("$elemMatch") instanceof de.bwaldvogel.mongo.bson.Document element) {
                collect(element, path + ".", constraints);
            }
        }
    }

    /** Two constraints on one path both hold; either narrows the candidates, the one with fewer values the most. */
    private static void require(String path, List<Object> values, Map<String, List<Object>> constraints) {
        constraints.merge(path, values, (existing, added) -> added.size() < existing.size() ? added : existing);
    }

    /** A value whose equality the matcher and the index order agree on. */
    static boolean isIndexable(Object value) {
        return value instanceof String
                || value instanceof Boolean
                || value instanceof ObjectId
                || value instanceof Instant
                || value instanceof UUID
                || value instanceof Integer
                || value instanceof Double number && !number.isNaN()
                || value instanceof Long number && Math.abs(number) <= EXACT_DOUBLE_LIMIT;
    }
}
