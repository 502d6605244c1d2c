package io.maestro.common.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * mongo-java-server's memory backend with the indexes a service declares put to use. The backend keeps unique indexes
 * only and uses one only when a query is exactly an equality on its keys; every other query, sort and count scans the
 * collection (2 s for a page of 100,000 servers). Here non-unique indexes ({@link OrderedIndex}: single, compound,
 * multikey) are kept, and each query is planned:
 * <ul>
 *   <li>candidates: the smallest set an index gives for the query's equality constraints ({@link EqualityConstraints},
 *   e.g. the ACL clause's {@code roles._id}, an {@code _id} or {@code unique_id} inside {@code $and}), narrowed by a
 *   {@code $regex} on the first key of an index (a name search: each distinct name tested once, the answer kept until
 *   the index changes, {@link OrderedIndex#searchFirstKey}); without either, every document;</li>
 *   <li>a sort with a limit walks an index whose first key is the sort's first key, reading only the candidates and
 *   stopping once the page is full; if that walk passes 8 index positions per candidate first (candidates far along
 *   the index), it keeps the top {@code skip + limit} of the candidates in a heap instead, each document's sort values
 *   read once: no full sort, and a page of 1,000 does not copy the collection;</li>
 *   <li>counts count the candidates the query matches, also for the driver's {@code countDocuments} aggregation; where
 *   an index's keys settle the query's conditions ({@link CoveredCount}: the ACL count of a list page), from the keys
 *   (unless the rest of the query must be matched on more documents than the candidates hold).</li>
 * </ul>
 * Every candidate is matched against the whole query, by {@link CompiledQuery} where the query has the shapes of the hot
 * paths (a generic matcher costs several microseconds a document) and by the backend's own matcher otherwise; ties keep
 * the natural order; so the answers are those of a scan (checked by IndexedMemoryBackendPropertyTest). A query that
 * names {@code $natural} goes to the backend unchanged. Stored documents share their field names ({@link FieldNames}).
 */
public class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getCursorRegistry());
    }

    public static class IndexedDatabase extends MemoryDatabase {

        public IndexedDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedCollection(this, collectionName, options, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                         boolean sparse) {
            return new PlainKeyUniqueIndex(indexName, keys, sparse);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
            if (resolveCollection(collectionName, false) instanceof IndexedCollection collection) {
                return new OrderedIndex(indexName, keys, sparse, collection);
            }
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                      Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate")) {
                Document counted = countDocuments(query);
                if (counted != null) {
                    return counted;
                }
            }
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }

        /**
         * The driver's {@code countDocuments}, {@code [{$match}, {$skip}?, {$limit}?, {$group: {_id: 1, n: {$sum: 1}}}]},
         * answered by the collection's planned count; null for any other pipeline (the backend runs it, over a scan).
         */
        private Document countDocuments(Document command) {
            if (!(command.get("aggregate") instanceof String collectionName)
                    || !(command.get("pipeline") instanceof List<?> stages) || stages.size() < 2
                    || !(stage(stages.get(0), "$match") instanceof Document filter)
                    || !(resolveCollection(collectionName, false) instanceof IndexedCollection collection)) {
                return null;
            }
            int next = 1;
            long skip = 0;
            long limit = 0;
            if (stage(stages.get(next), "$skip") instanceof Number number) {
                skip = number.longValue();
                next++;
            }
            if (next < stages.size() && stage(stages.get(next), "$limit") instanceof Number number) {
                limit = number.longValue();
                next++;
            }
            if (next != stages.size() - 1 || !(stage(stages.get(next), "$group") instanceof Document group)
                    || group.size() != 2 || !(group.get("_id") instanceof Number groupId)) {
                return null;
            }
            String countField = group.keySet().stream().filter(key -> !key.equals("_id")).findFirst().orElseThrow();
            if (!(group.get(countField) instanceof Document sum) || sum.size() != 1
                    || !(sum.get("$sum") instanceof Integer one) || one != 1
                    || skip < 0 || skip > Integer.MAX_VALUE || limit < 0 || limit > Integer.MAX_VALUE) {
                return null;
            }
            int count = collection.count(filter, (int) skip, (int) limit);
            List<Document> batch = count == 0 ? List.of() : List.of(new Document("_id", groupId).append(countField, count));
            Document cursor = new Document("id", 0L).append("ns", getDatabaseName() + "." + collectionName)
                    .append("firstBatch", batch);
            return new Document("cursor", cursor).append("ok", 1.0);
        }

        private static Object stage(Object stage, String operator) {
            return stage instanceof Document document && document.size() == 1 ? document.get(operator) : null;
        }
    }

    public static class IndexedCollection extends MemoryCollection {

        /** Up to this many combinations of looked-up values per index (products of {@code $in} lists). */
        private static final int MAX_LOOKUPS = 1_000;
        private static final Document MATCH_ALL = new Document();
        /**
         * A sort index walk over a query's candidates gives up after this many index positions per candidate: a visit
         * is a bit test, far cheaper than matching and ranking a candidate, but candidates bunched at the far end of
         * the index would make the walk visit the whole collection.
         */
        private static final int WALK_VISITS_PER_CANDIDATE = 8;

        /** The last query compiled, by identity: a query matches every candidate with the same filter object. */
        private volatile Compiled lastCompiled = new Compiled(null, null);

        public IndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                                 CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        /**
         * No collection keeps its data size (what {@code collStats} reports as {@code size}, which no service reads): the
         * memory backend learns it by encoding every document it inserts or removes, and both versions of one it updates.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            FieldNames.share(document);
            return super.addDocumentInternal(document);
        }

        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            FieldNames.share(newDocument);
            super.handleUpdate(position, oldDocument, newDocument);
        }

        /**
         * An update that only sets fields is applied without the backend's deep copies of each matched document
         * ({@link FieldSetUpdate}): a re-sync's {@code last_seen_at} marks, a record's changed fields. Every matched
         * document's new state is worked out before any is stored, so a document the backend's own rules must decide
         * (a path through an array) leaves the whole command to the backend. An upsert that matches nothing inserts
         * the document the backend would build (a discovered record's first load), unless its selector is more than
         * plain equalities.
         */
        @Override
        public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                     boolean isMulti, boolean isUpsert, Oplog oplog) {
            String idField = getIdField();
            FieldSetUpdate sets = idField == null ? null : FieldSetUpdate.of(update, arrayFilters, idField);
            if (sets == null) {
                return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
            }
            List<Integer> matched = new ArrayList<>();
            forEachPosition(candidates(selector), position -> {
                if ((isMulti || matched.isEmpty()) && documentMatchesQuery(getDocument(position), selector)) {
                    matched.add(position);
                }
            });
            List<Document> updated = new ArrayList<>(matched.size());
            for (int position : matched) {
                Document next = sets.apply(getDocument(position), idField);
                if (next == FieldSetUpdate.DECLINED) {
                    return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
                }
                updated.add(next);
            }
            if (matched.isEmpty() && isUpsert) {
                Document inserted = sets.insertion(selector, idField);
                if (inserted == null) {
                    return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
                }
                addDocument(inserted);
                oplog.handleInsert(getFullName(), List.of(inserted));
                Document result = new Document("upserted", inserted.get(idField));
                result.put("n", 0);
                result.put("nModified", 0);
                return result;
            }
            List<Object> modifiedIds = new ArrayList<>();
            for (int i = 0; i < matched.size(); i++) {
                Document stored = getDocument(matched.get(i));
                Document next = updated.get(i);
                if (next != stored) {
                    store(matched.get(i), stored, next);
                    modifiedIds.add(stored.get(idField));
                }
            }
            oplog.handleUpdate(getFullName(), selector, update, modifiedIds);
            Document result = new Document("n", matched.size());
            result.put("nModified", modifiedIds.size());
            return result;
        }

        /** Stores {@code next} as the document at {@code position} (the stored object, changed in place). */
        private void store(int position, Document stored, Document next) {
            for (Index<Integer> index : getIndexes()) {
                index.checkUpdate(stored, next, this);
            }
            for (Index<Integer> index : getIndexes()) {
                index.updateInPlace(stored, next, position, this);
            }
            Document before = new Document(stored);
            for (Map.Entry<String, Object> field : next.entrySet()) {
                if (stored.get(field.getKey()) != field.getValue() || !stored.containsKey(field.getKey())) {
                    stored.put(field.getKey(), field.getValue());
                }
            }
            handleUpdate(position, before, stored);
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            Compiled compiled = lastCompiled;
            if (compiled.source() != query) {
                compiled = new Compiled(query, CompiledQuery.compile(query));
                lastCompiled = compiled;
            }
            Boolean answer = compiled.query() == null ? null : compiled.query().test(document);
            return answer != null ? answer : super.documentMatchesQuery(document, query);
        }

        Document documentAt(int position) {
            return getDocument(position);
        }

        boolean matches(Document document, Document query) {
            return documentMatchesQuery(document, query);
        }

        private List<OrderedIndex> orderedIndexes() {
            List<OrderedIndex> ordered = new ArrayList<>();
            for (Index<Integer> index : getIndexes()) {
                if (index instanceof OrderedIndex orderedIndex) {
                    ordered.add(orderedIndex);
                }
            }
            return ordered;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                             Document fieldSelector) {
            boolean sorted = orderBy != null && !orderBy.isEmpty();
            if (sorted && (orderBy.containsKey("$natural") || !orderBy.values().stream().allMatch(Number.class::isInstance))) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            int skip = Math.max(numberToSkip, 0);
            BitSet candidates = candidates(query);
            List<Document> page;
            if (!sorted) {
                if (candidates == null) {
                    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
                page = firstMatches(candidates, query, skip, limit);
            } else {
                page = sortedPage(query, orderBy, candidates, skip, limit);
            }
            return matchDocumentsFromStream(MATCH_ALL, page.stream(), 0, 0, batchSize, null, fieldSelector);
        }

        @Override
        public synchronized int count(Document query, int skip, int limit) {
            if (query == null || query.isEmpty()) {
                return super.count(query, skip, limit);
            }
            long enough = limit > 0 ? (long) Math.max(skip, 0) + limit : Long.MAX_VALUE;
            CoveredCount covered = CoveredCount.plan(query, orderedIndexes());
            BitSet candidates = covered != null && !covered.readsDocuments() ? null : candidates(query);
            if (covered != null && (candidates == null || covered.candidateCount() <= candidates.cardinality())) {
                int count = Math.max(0, covered.count(this, query, enough) - Math.max(skip, 0));
                return limit > 0 ? Math.min(limit, count) : count;
            }
            int[] matched = {0};
            forEachPosition(candidates, position -> {
                if (matched[0] < enough && documentMatchesQuery(getDocument(position), query)) {
                    matched[0]++;
                }
            });
            int count = Math.max(0, matched[0] - Math.max(skip, 0));
            return limit > 0 ? Math.min(limit, count) : count;
        }

        private List<Document> firstMatches(BitSet candidates, Document query, int skip, int limit) {
            List<Document> page = new ArrayList<>();
            int skipped = 0;
            for (int position = candidates.nextSetBit(0); position >= 0; position = candidates.nextSetBit(position + 1)) {
                Document document = getDocument(position);
                if (documentMatchesQuery(document, query)) {
                    if (skipped < skip) {
                        skipped++;
                    } else {
                        page.add(document);
                        if (limit > 0 && page.size() == limit) {
                            break;
                        }
                    }
                }
            }
            return page;
        }

        private List<Document> sortedPage(Document query, Document orderBy, BitSet candidates, int skip, int limit) {
            SortKeys sortKeys = new SortKeys(orderBy);
            long wantedLong = limit > 0 ? (long) skip + limit : 0;
            int wanted = (int) Math.min(wantedLong, Integer.MAX_VALUE);
            List<Ranked> ranked = null;
            OrderedIndex sortIndex = wanted > 0 ? sortIndexFor(orderBy) : null;
            if (sortIndex != null) {
                boolean ascending = ((Number) orderBy.get(orderBy.keySet().iterator().next())).intValue() > 0;
                ranked = candidates == null
                        ? walk(sortIndex, ascending, query, sortKeys, wanted, null, Long.MAX_VALUE)
                        : walk(sortIndex, ascending, query, sortKeys, wanted, candidates,
                        (long) WALK_VISITS_PER_CANDIDATE * candidates.cardinality());
            }
            if (ranked != null) {
                ranked.sort(sortKeys);
            } else {
                ranked = topOf(candidates, query, sortKeys, wanted);
            }
            List<Document> page = new ArrayList<>();
            for (int i = skip; i < ranked.size() && (limit <= 0 || page.size() < limit); i++) {
                page.add(ranked.get(i).document());
            }
            return page;
        }

        /**
         * The matching documents of the first groups of equal first key, in index order, until at least {@code wanted}
         * matched and the group is complete (the rest of the sort and the ties are settled by the caller's sort); only
         * positions in {@code candidates} (null: all) are read. Null once {@code budget} positions were visited without
         * that: the candidates lie far along the index, and ranking them is cheaper.
         */
        private List<Ranked> walk(OrderedIndex index, boolean ascending, Document query, SortKeys sortKeys, int wanted,
                                  BitSet candidates, long budget) {
            List<Ranked> matched = new ArrayList<>();
            Object[] group = null;
            long visited = 0;
            for (Map.Entry<Object[], PositionSet> entry : index.inOrder(ascending)) {
                if (matched.size() >= wanted && group != null && OrderedIndex.compareFirst(entry.getKey(), group) != 0) {
                    break;
                }
                group = entry.getKey();
                PositionSet positions = entry.getValue();
                visited += positions.size();
                if (visited > budget) {
                    return null;
                }
                for (int i = 0; i < positions.size(); i++) {
                    int position = positions.get(i);
                    if (candidates != null && !candidates.get(position)) {
                        continue;
                    }
                    Document document = getDocument(position);
                    if (documentMatchesQuery(document, query)) {
                        matched.add(sortKeys.rank(document, position));
                    }
                }
            }
            return matched;
        }

        /** The first {@code wanted} (0: all) matching candidates in sort order, kept in a bounded heap. */
        private List<Ranked> topOf(BitSet candidates, Document query, SortKeys sortKeys, int wanted) {
            if (wanted == 0) {
                List<Ranked> all = new ArrayList<>();
                forEachPosition(candidates, position -> {
                    Document document = getDocument(position);
                    if (documentMatchesQuery(document, query)) {
                        all.add(sortKeys.rank(document, position));
                    }
                });
                all.sort(sortKeys);
                return all;
            }
            PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(Math.min(wanted, 1024) + 1, sortKeys.reversed());
            forEachPosition(candidates, position -> {
                Document document = getDocument(position);
                if (documentMatchesQuery(document, query)) {
                    Ranked candidate = sortKeys.rank(document, position);
                    if (worstFirst.size() < wanted) {
                        worstFirst.add(candidate);
                    } else if (sortKeys.compare(candidate, worstFirst.peek()) < 0) {
                        worstFirst.poll();
                        worstFirst.add(candidate);
                    }
                }
            });
            List<Ranked> top = new ArrayList<>(worstFirst);
            top.sort(sortKeys);
            return top;
        }

        private OrderedIndex sortIndexFor(Document orderBy) {
            String firstKey = orderBy.keySet().iterator().next();
            for (Index<Integer> index : getIndexes()) {
                if (index instanceof OrderedIndex ordered && ordered.firstKey().equals(firstKey) && ordered.ordersEveryDocument()) {
                    return ordered;
                }
            }
            return null;
        }

        /** The given positions (null: every document) in natural order. */
        private void forEachPosition(BitSet positions, IntConsumer action) {
            if (positions != null) {
                for (int position = positions.nextSetBit(0); position >= 0; position = positions.nextSetBit(position + 1)) {
                    action.accept(position);
                }
                return;
            }
            int remaining = count();
            for (int position = 0; remaining > 0; position++) {
                if (getDocument(position) != null) {
                    remaining--;
                    action.accept(position);
                }
            }
        }

        /**
         * The positions (one bit each) of a superset of the query's answer: the smallest an index gives for its
         * equality constraints, narrowed by its {@code $regex} conditions on the first key of an index where the index
         * has that regex's answer already or testing its distinct keys costs less than matching the candidates; null
         * when no index narrows the query.
         */
        private BitSet candidates(Document query) {
            BitSet best = equalityCandidates(query);
            if (query == null || query.isEmpty()) {
                return best;
            }
            for (Map.Entry<String, BsonRegularExpression> search : searchesOf(query, new ArrayList<>())) {
                RegexMatch match;
                try {
                    match = RegexMatch.of(search.getValue());
                } catch (RuntimeException invalid) {
                    continue; // the matcher reports it
                }
                for (OrderedIndex index : orderedIndexes()) {
                    if (!index.firstKey().equals(search.getKey())) {
                        continue;
                    }
                    long toMatch = best == null ? count() : best.cardinality();
                    if (index.hasSearched(match) || index.distinctKeyCount() <= toMatch) {
                        BitSet found = index.searchFirstKey(match);
                        if (best != null) {
                            found.and(best);
                        }
                        best = found;
                    }
                }
            }
            return best;
        }

        /** The query's {@code field: $regex} conditions (top level and inside {@code $and}): each holds for an answer. */
        private static List<Map.Entry<String, BsonRegularExpression>> searchesOf(Document query,
                                                                                 List<Map.Entry<String, BsonRegularExpression>> found) {
            for (Map.Entry<String, Object> clause : query.entrySet()) {
                String key = clause.getKey();
                Object value = clause.getValue();
                if (key.equals("$and") && value instanceof Collection<?> parts) {
                    for (Object part : parts) {
                        if (part instanceof Document document) {
                            searchesOf(document, found);
                        }
                    }
                } else if (!key.startsWith("$") && value instanceof BsonRegularExpression regex) {
                    found.add(Map.entry(key, regex));
                } else if (!key.startsWith("$") && value instanceof Document operators
                        && operators.get("$regex") instanceof String
                        && Set.of("$regex", "$options").containsAll(operators.keySet())) {
                    found.add(Map.entry(key, BsonRegularExpression.convertToRegularExpression(operators)));
                }
            }
            return found;
        }

        /** The smallest superset of the query's answer an index gives for its equality constraints, or null. */
        private BitSet equalityCandidates(Document query) {
            if (query == null || query.isEmpty()) {
                return null;
            }
            Map<String, List<Object>> constraints = EqualityConstraints.of(query);
            if (constraints.isEmpty()) {
                return null;
            }
            BitSet best = null;
            long bestCount = Long.MAX_VALUE;
            // unique lookups first: they answer a few positions at once, and the ordered indexes are then counted
            // only as far as that
            for (Index<Integer> index : getIndexes()) {
                if (!(index instanceof OrderedIndex) && index.isUnique() && index.getKeys().size() == 1) {
                    BitSet positions = uniqueLookup(index, constraints.get(index.getKeys().get(0).getKey()));
                    if (positions != null && positions.cardinality() < bestCount) {
                        best = positions;
                        bestCount = positions.cardinality();
                    }
                }
            }
            for (OrderedIndex ordered : orderedIndexes()) {
                List<List<Object>> leading = leadingValues(ordered, constraints);
                if (!leading.isEmpty() && ordered.candidateCount(leading, bestCount) < bestCount) {
                    BitSet found = new BitSet();
                    ordered.forEachCandidate(leading, found::set);
                    if (found.cardinality() < bestCount) {
                        best = found;
                        bestCount = found.cardinality();
                    }
                }
            }
            return best;
        }

        private static List<List<Object>> leadingValues(OrderedIndex index, Map<String, List<Object>> constraints) {
            List<List<Object>> leading = new ArrayList<>();
            long lookups = 1;
            for (int i = 0; i < index.keyCountOfIndex(); i++) {
                List<Object> values = constraints.get(index.keyAt(i));
                if (values == null || lookups * Math.max(values.size(), 1) > MAX_LOOKUPS) {
                    break;
                }
                lookups *= Math.max(values.size(), 1);
                leading.add(values);
            }
            return leading;
        }

        private static BitSet uniqueLookup(Index<Integer> index, List<Object> values) {
            if (values == null || values.size() > MAX_LOOKUPS) {
                return null;
            }
            String key = index.getKeys().get(0).getKey();
            BitSet positions = new BitSet();
            for (Object value : values) {
                Document probe = new Document(key, value);
                if (!index.canHandle(probe)) {
                    return null;
                }
                for (Integer position : index.getPositions(probe)) {
                    positions.set(position);
                }
            }
            return positions;
        }

        /** A filter and its compiled form (null when it does not compile). */
        private record Compiled(Document source, CompiledQuery query) {
        }

        /**
         * A matching document, its values at the sort's paths (read once: comparing documents read each path anew at
         * every comparison) and its position, which breaks ties as the natural order of a scan does.
         */
        private record Ranked(Document document, Object[] sortValues, int position) {
        }

        /** The backend's document order ({@code DocumentComparator}: each path's value, asc or desc), then position. */
        private static final class SortKeys implements Comparator<Ranked> {
            private final String[] paths;
            private final ValueComparator[] orders;

            SortKeys(Document orderBy) {
                paths = orderBy.keySet().toArray(String[]::new);
                orders = new ValueComparator[paths.length];
                for (int i = 0; i < paths.length; i++) {
                    orders[i] = ((Number) orderBy.get(paths[i])).intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc();
                }
            }

            Ranked rank(Document document, int position) {
                Object[] values = new Object[paths.length];
                for (int i = 0; i < paths.length; i++) {
                    values[i] = Utils.getSubdocumentValueCollectionAware(document, paths[i]);
                }
                return new Ranked(document, values, position);
            }

            @Override
            public int compare(Ranked ranked1, Ranked ranked2) {
                for (int i = 0; i < paths.length; i++) {
                    int comparison = orders[i].compare(ranked1.sortValues()[i], ranked2.sortValues()[i]);
                    if (comparison != 0) {
                        return comparison;
                    }
                }
                return Integer.compare(ranked1.position(), ranked2.position());
            }
        }
    }
}
