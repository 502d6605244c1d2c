package io.maestro.common.store;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A count answered from an index's keys where they settle the query: the ACL count of a list page
 * ({@code active: true} and {@code roles: {$elemMatch: {_id, role: {$gte}}}}) over the index
 * {@code (active, roles._id, roles.role)} counts the positions under the caller's keys without reading a document.
 * The conditions on the index's keys (equality, {@code $in}, numeric ranges, also inside {@code $elemMatch}) are tested
 * once per key; a document with a single key is then counted if the rest of the query (a name search, say), compiled,
 * accepts it. A document with several keys (several ACL entries: which element gave which value is lost), or one the
 * index keeps aside, is matched whole by the collection. Counts of other queries match every candidate.
 */
final class CoveredCount {

    private static final ValueComparator ORDER = ValueComparator.asc();
    private static final Set<String> COMPARISONS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final OrderedIndex index;
    private final List<List<Object>> leading;
    private final List<Predicate<Object>> componentTests;
    private final Set<String> arrays;
    private final CompiledQuery rest;

    private CoveredCount(OrderedIndex index, List<List<Object>> leading, List<Predicate<Object>> componentTests,
                         Set<String> arrays, CompiledQuery rest) {
        this.index = index;
        this.leading = leading;
        this.componentTests = componentTests;
        this.arrays = arrays;
        this.rest = rest;
    }

    /** The plan, or null when no index settles the query's conditions (the caller matches every candidate). */
    static CoveredCount plan(Document query, List<OrderedIndex> indexes) {
        Conditions conditions = new Conditions();
        List<Document> rest = new ArrayList<>();
        if (!conditions.collect(query, rest) || conditions.tests.isEmpty()) {
            return null;
        }
        CompiledQuery compiledRest = null;
        if (!rest.isEmpty()) {
            compiledRest = CompiledQuery.compile(new Document("$and", rest));
            if (compiledRest == null) {
                return null;
            }
        }
        for (OrderedIndex candidate : indexes) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < candidate.keyCountOfIndex(); i++) {
                keys.add(candidate.keyAt(i));
            }
            if (!keys.containsAll(conditions.tests.keySet()) || !conditions.equalities.containsKey(keys.get(0))
                    || !conditions.arrays.stream().allMatch(candidate::isRootOfKeyPath)) {
                continue;
            }
            List<List<Object>> leading = new ArrayList<>();
            for (String key : keys) {
                List<Object> values = conditions.equalities.get(key);
                if (values == null || values.size() > 100) {
                    break;
                }
                leading.add(values);
            }
            List<Predicate<Object>> componentTests = new ArrayList<>();
            for (String key : keys) {
                componentTests.add(conditions.tests.getOrDefault(key, List.of()).stream().reduce(value -> true, Predicate::and));
            }
            return new CoveredCount(candidate, leading, componentTests, conditions.arrays, compiledRest);
        }
        return null;
    }

    /** Whether the count reads documents (the rest of the query, documents with several keys), not only keys. */
    boolean readsDocuments() {
        return rest != null || !index.keysSettleEveryDocument();
    }

    /** How many positions the count visits under the caller's keys. */
    long candidateCount() {
        return index.candidateCount(leading);
    }

    /** How many documents match, up to {@code enough}. */
    int count(IndexedMemoryBackend.IndexedCollection collection, Document query, long enough) {
        int[] counted = {0};
        BitSet matchWhole = new BitSet();
        index.forEachEntry(leading, (key, positions) -> {
            for (int i = 0; i < key.length; i++) {
                if (!componentTests.get(i).test(key[i])) {
                    return;
                }
            }
            if (rest == null && index.keysSettleEveryDocument()) {
                // each document is under this one key, and its elemMatch arrays are arrays: the key settles it
                counted[0] += positions.size();
                return;
            }
            for (int i = 0; i < positions.size() && counted[0] < enough; i++) {
                int position = positions.get(i);
                if (index.isMultiKey(position)) {
                    matchWhole.set(position);
                    continue;
                }
                if (!index.rootsAreArrays(position) && !hasArrays(collection.documentAt(position))) {
                    continue;
                }
                Document document = collection.documentAt(position);
                Boolean accepted = rest == null ? Boolean.TRUE : rest.test(document);
                if (accepted == null) {
                    matchWhole.set(position);
                } else if (accepted) {
                    counted[0]++;
                }
            }
        });
        PositionSet irregular = index.irregular();
        for (int i = 0; i < irregular.size(); i++) {
            matchWhole.set(irregular.get(i));
        }
        for (int position = matchWhole.nextSetBit(0); position >= 0 && counted[0] < enough;
             position = matchWhole.nextSetBit(position + 1)) {
            if (collection.matches(collection.documentAt(position), query)) {
                counted[0]++;
            }
        }
        return (int) Math.min(counted[0], enough);
    }

    private boolean hasArrays(Document document) {
        for (String field : arrays) {
            if (!(document.get(field) instanceof Collection<?>)) {
                return false;
            }
        }
        return true;
    }

    /** The query's conditions on single paths, by path; what is not one goes to {@code rest}. */
    private static final class Conditions {
        final Map<String, List<Predicate<Object>>> tests = new HashMap<>();
        final Map<String, List<Object>> equalities = new HashMap<>();
        final Set<String> arrays = new LinkedHashSet<>();

        /** False when the query has a top-level operator other than {@code $and}. */
        boolean collect(Document query, List<Document> rest) {
            for (Map.Entry<String, Object> entry : query.entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                if (key.equals("$and")) {
                    if (!(value instanceof Collection<?> parts)) {
                        return false;
                    }
                    for (Object part : parts) {
                        if (!(part instanceof Document document) || !collect(document, rest)) {
                            return false;
                        }
                    }
                } else if (key.startsWith("$")) {
                    return false;
                } else if (!condition(key, value) && !elementConditions(key, value)) {
                    rest.add(new Document(key, value));
                }
            }
            return true;
        }

        /** {@code path: v}, {@code path: {$in: [...]}} or numeric ranges on a path; false if it is none of them. */
        private boolean condition(String path, Object value) {
            if (isPlainScalar(value)) {
                add(path, candidate -> value.equals(candidate));
                equalities.merge(path, List.of(value), (a, b) -> a.size() <= b.size() ? a : b);
                return true;
            }
            if (!(value instanceof Document operators) || operators.isEmpty()) {
                return false;
            }
            if (operators.keySet().equals(Set.of("$in")) && operators.get("$in") instanceof Collection<?> accepted
                    && !accepted.isEmpty() && accepted.stream().allMatch(CoveredCount::isPlainScalar)) {
                List<Object> values = List.copyOf(accepted);
                add(path, values::contains);
                equalities.merge(path, values, (a, b) -> a.size() <= b.size() ? a : b);
                return true;
            }
            if (!COMPARISONS.containsAll(operators.keySet())
                    || !operators.values().stream().allMatch(CoveredCount::isExactNumber)) {
                return false;
            }
            operators.forEach((operator, operand) -> add(path, candidate -> isExactNumber(candidate)
                    && compares(ORDER.compare(candidate, operand), operator)));
            return true;
        }

        /** {@code array: {$elemMatch: {...}}} whose every clause is a {@link #condition} on a field of the element. */
        private boolean elementConditions(String array, Object value) {
            if (array.contains(".") || !(value instanceof Document operators) || operators.size() != 1
                    || !(operators.get("$elemMatch") instanceof Document element) || element.isEmpty()) {
                return false;
            }
            for (Map.Entry<String, Object> clause : element.entrySet()) {
                if (clause.getKey().startsWith("$") || !isCondition(clause.getValue())) {
                    return false;
                }
            }
            element.forEach((field, condition) -> condition(array + "." + field, condition));
            arrays.add(array);
            return true;
        }

        private static boolean isCondition(Object value) {
            return new Conditions().condition("probe", value);
        }

        private void add(String path, Predicate<Object> test) {
            tests.computeIfAbsent(path, p -> new ArrayList<>()).add(test);
        }
    }

    private static boolean compares(int comparison, String operator) {
        return switch (operator) {
            case "$gt" -> comparison > 0;
            case "$gte" -> comparison >= 0;
            case "$lt" -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    private static boolean isPlainScalar(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof ObjectId;
    }

    private static boolean isExactNumber(Object value) {
        return value instanceof Integer || value instanceof Double
                || value instanceof Long number && Math.abs(number) <= 1L << 53;
    }
}
