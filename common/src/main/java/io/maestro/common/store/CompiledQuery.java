package io.maestro.common.store;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query compiled once for the shapes of Maestro's hot queries, so that counting 100,000 candidates does not walk the
 * backend's generic matcher (several microseconds a document) for each: {@code $and}; a field equal to a string,
 * boolean or ObjectId, or {@code $in} a list of them; {@code $regex} (the {@code query} parameter's "contains", tested
 * by {@link RegexMatch}); {@code $gt}/{@code $gte}/{@code $lt}/{@code $lte} a number; {@code $elemMatch} of those on a
 * top-level array (the ACL clause). A field path is read as the matcher reads it, through embedded documents and arrays
 * of documents.
 * <p>
 * Three answers: true, false, or null when the document is not of the shapes above (a path through an array of
 * scalars, a nested array, an {@code $elemMatch} over scalars); the backend's matcher then decides, as it does for a
 * query that does not compile. Clauses are tried in the query's order and the first false one ends it, as in the
 * matcher. IndexedMemoryBackendPropertyTest compares the answers with the matcher's.
 */
final class CompiledQuery {

    private static final Set<String> COMPARISONS = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final ValueComparator ORDER = ValueComparator.asc();

    private final List<Clause> clauses;

    private CompiledQuery(List<Clause> clauses) {
        this.clauses = clauses;
    }

    /** The compiled query, or null when it has anything the compiler does not know (the matcher handles it). */
    static CompiledQuery compile(Document query) {
        try {
            List<Clause> clauses = new ArrayList<>();
            return compileInto(query, clauses) ? new CompiledQuery(List.copyOf(clauses)) : null;
        } catch (RuntimeException invalid) {
            // e.g. an unknown regex flag: the matcher reports it as MongoDB would
            return null;
        }
    }

    /** True or false, or null when the matcher must decide. */
    Boolean test(Document document) {
        return allOf(clauses, document);
    }

    private static Boolean allOf(List<Clause> clauses, Document document) {
        for (Clause clause : clauses) {
            Boolean result = clause.test(document);
            if (result == null || !result) {
                return result;
            }
        }
        return Boolean.TRUE;
    }

    private static boolean compileInto(Document query, List<Clause> clauses) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and")) {
                if (!(value instanceof Collection<?> parts) || parts.isEmpty()) {
                    return false;
                }
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !compileInto(document, clauses)) {
                        return false;
                    }
                }
            } else {
                Clause clause = compileField(key, value);
                if (clause == null) {
                    return false;
                }
                clauses.add(clause);
            }
        }
        return true;
    }

    private static Clause compileField(String field, Object condition) {
        String[] path = field.split("\\.", -1);
        for (String segment : path) {
            if (segment.isEmpty() || segment.startsWith("$") || Character.isDigit(segment.charAt(0))) {
                return null;
            }
        }
        if (isPlainScalar(condition)) {
            return anyValue(path, value -> equal(value, condition));
        }
        if (condition instanceof BsonRegularExpression regex) {
            RegexMatch match = RegexMatch.of(regex);
            return anyValue(path, value -> value instanceof String text && match.find(text));
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()) {
            return null;
        }
        if (operators.containsKey("$regex")) {
            if (!Set.of("$regex", "$options").containsAll(operators.keySet()) || !(operators.get("$regex") instanceof String)) {
                return null;
            }
            // compiled now: an invalid one throws, and the query is left to the matcher
            RegexMatch match = RegexMatch.of(BsonRegularExpression.convertToRegularExpression(operators));
            return anyValue(path, value -> value instanceof String text && match.find(text));
        }
        List<Clause> parts = new ArrayList<>();
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Clause part = compileOperator(path, operator.getKey(), operator.getValue());
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return document -> allOf(parts, document);
    }

    private static Clause compileOperator(String[] path, String operator, Object operand) {
        if (operator.equals("$in") && operand instanceof Collection<?> accepted
                && accepted.stream().allMatch(CompiledQuery::isPlainScalar)) {
            List<Object> values = List.copyOf(accepted);
            return anyValue(path, value -> values.stream().anyMatch(candidate -> equal(value, candidate)));
        }
        if (COMPARISONS.contains(operator) && (operand instanceof Integer || operand instanceof Double
                || operand instanceof Long number && Math.abs(number) <= 1L << 53)) {
            return anyValue(path, value -> value instanceof Number && !(value instanceof de.bwaldvogel.mongo.bson.Decimal128)
                    && compares(ORDER.compare(value, operand), operator));
        }
        if (operator.equals("$elemMatch") && path.length == 1 && operand instanceof Document element
                && element.keySet().stream().noneMatch(key -> key.startsWith("$") && !key.equals("$and"))) {
            List<Clause> inner = new ArrayList<>();
            if (element.isEmpty() || !compileInto(element, inner)) {
                return null;
            }
            String field = path[0];
            return document -> {
                if (!(document.get(field) instanceof Collection<?> elements)) {
                    return Boolean.FALSE;
                }
                for (Object candidate : elements) {
                    if (!(candidate instanceof Document elementDocument)) {
                        return null;
                    }
                    Boolean result = allOf(inner, elementDocument);
                    if (result == null || result) {
                        return result;
                    }
                }
                return Boolean.FALSE;
            };
        }
        return null;
    }

    private static boolean compares(int comparison, String operator) {
        return switch (operator) {
            case "$gt" -> comparison > 0;
            case "$gte" -> comparison >= 0;
            case "$lt" -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    /** Values whose equality is plain {@code equals} in the matcher (no numeric conversions). */
    private static boolean isPlainScalar(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof ObjectId;
    }

    private static boolean equal(Object value, Object expected) {
        return expected.equals(value);
    }

    /** A clause true when some value at the path passes {@code test}; null when the path runs through something odd. */
    private static Clause anyValue(String[] path, ValueTest test) {
        return document -> anyValue(document, path, 0, test);
    }

    private static Boolean anyValue(Object node, String[] path, int depth, ValueTest test) {
        if (depth == path.length) {
            if (node instanceof Collection<?> elements) {
                for (Object element : elements) {
                    if (element instanceof Collection<?>) {
                        return null;
                    }
                    if (test.accepts(element)) {
                        return Boolean.TRUE;
                    }
                }
                return Boolean.FALSE;
            }
            return test.accepts(node);
        }
        if (node instanceof Document document) {
            Object child = document.get(path[depth]);
            return child == null && !document.containsKey(path[depth]) ? Boolean.FALSE : anyValue(child, path, depth + 1, test);
        }
        if (node instanceof Collection<?> elements) {
            boolean unknown = false;
            for (Object element : elements) {
                if (!(element instanceof Document)) {
                    return null;
                }
                Boolean result = anyValue(element, path, depth, test);
                if (result == null) {
                    unknown = true;
                } else if (result) {
                    return Boolean.TRUE;
                }
            }
            return unknown ? null : Boolean.FALSE;
        }
        return Boolean.FALSE;
    }

    private interface Clause {
        Boolean test(Document document);
    }

    private interface ValueTest {
        boolean accepts(Object value);
    }
}
