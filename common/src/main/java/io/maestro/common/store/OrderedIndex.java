package io.maestro.common.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * A non-unique index (single, compound or multikey) kept in the order MongoDB sorts values in: what the memory backend
 * lacks (it keeps no secondary index at all). It answers two questions for {@link IndexedMemoryBackend}: which
 * documents may have given values in the leading keys (a superset: the query is still matched against each), and in
 * which order the documents come by the first key (for a sort with a limit, when every document has one value there).
 * <p>
 * Keys come from the document as the query matcher reads a path: through embedded documents and arrays of documents,
 * one key per combination of array elements. A document whose path runs through something else (an array of scalars
 * before the last field, a nested array, a positional segment) is kept aside as irregular and is a candidate of every
 * lookup, so a lookup never misses a document the matcher would accept.
 */
final class OrderedIndex extends Index<Integer> {

    /** More key combinations than this in one document (parallel arrays) and it is kept aside as irregular. */
    private static final int MAX_KEYS_PER_DOCUMENT = 10_000;
    private static final ValueComparator VALUE_ORDER = ValueComparator.asc();
    private static final Comparator<Object[]> KEY_ORDER = OrderedIndex::compareKeys;

    private final IndexedMemoryBackend.IndexedCollection collection;
    private final List<String[]> paths = new ArrayList<>();
    private final NavigableMap<Object[], PositionSet> entries = new TreeMap<>(KEY_ORDER);
    /** Documents a lookup cannot place: candidates of every lookup. */
    private final PositionSet irregular = new PositionSet();
    /** Documents whose key paths cross an array: the index order is not their sort order. */
    private final PositionSet multiValued = new PositionSet();
    /** Documents with more than one key: one key no longer tells which array element gave which value. */
    private final PositionSet multiKey = new PositionSet();
    /** Documents where a dotted key path starts at a present field that is not an array ({@code $elemMatch} fails). */
    private final PositionSet rootNotArray = new PositionSet();
    private long keyCount;
    /** Bumped by every change of the index: a cached search is valid for one version. */
    private volatile long version;
    /** The last first-key search ({@link #searchFirstKey}), by regex and version. */
    private volatile Search lastSearch;

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse, IndexedMemoryBackend.IndexedCollection collection) {
        super(name, keys, sparse);
        this.collection = collection;
        for (IndexKey key : keys) {
            paths.add(key.getKey().split("\\.", -1));
        }
    }

    /** The first key's path, e.g. {@code updated_at}. */
    String firstKey() {
        return getKeys().get(0).getKey();
    }

    int keyCountOfIndex() {
        return paths.size();
    }

    String keyAt(int index) {
        return getKeys().get(index).getKey();
    }

    /** Whether walking the index by its first key gives every document once, in the order a sort on that key gives. */
    boolean ordersEveryDocument() {
        return irregular.isEmpty() && multiValued.isEmpty() && !isSparse();
    }

    /**
     * How many positions {@link #forEachCandidate} would give for these values of the leading keys (one list of
     * accepted values per leading key), counting a document once per matching key.
     */
    long candidateCount(List<List<Object>> leadingValues) {
        return candidateCount(leadingValues, Long.MAX_VALUE);
    }

    /**
     * {@link #candidateCount}, counted only until it reaches {@code enough}: a planner that has a smaller candidate set
     * already need not walk a large range of keys (an owner's every record) to learn that this one is larger.
     *
     * @return the count when it is below {@code enough}, else a number at least {@code enough}
     */
    long candidateCount(List<List<Object>> leadingValues, long enough) {
        long count = irregular.size();
        for (Map<Object[], PositionSet> range : ranges(leadingValues)) {
            for (PositionSet positions : range.values()) {
                if (count >= enough) {
                    return count;
                }
                count += positions.size();
            }
        }
        return count;
    }

    /** Every position whose leading keys may equal one of the value combinations, irregular documents included. */
    void forEachCandidate(List<List<Object>> leadingValues, IntConsumer consumer) {
        forEachRange(leadingValues, range -> range.values().forEach(positions -> {
            for (int i = 0; i < positions.size(); i++) {
                consumer.accept(positions.get(i));
            }
        }));
        for (int i = 0; i < irregular.size(); i++) {
            consumer.accept(irregular.get(i));
        }
    }

    /** Each key (and its positions) whose leading components equal one of the value combinations. */
    void forEachEntry(List<List<Object>> leadingValues, java.util.function.BiConsumer<Object[], PositionSet> action) {
        forEachRange(leadingValues, range -> range.forEach(action));
    }

    /** Whether the document at this position has more than one key (its single key is not the whole story). */
    boolean isMultiKey(int position) {
        return !multiKey.isEmpty() && multiKey.contains(position);
    }

    /** Whether the dotted key paths of the document at this position all start at an array (the ACL's {@code roles}). */
    boolean rootsAreArrays(int position) {
        return rootNotArray.isEmpty() || !rootNotArray.contains(position);
    }

    /** Whether every document's single key says all (no document with several keys, none whose roots are not arrays). */
    boolean keysSettleEveryDocument() {
        return multiKey.isEmpty() && rootNotArray.isEmpty();
    }

    /** Whether {@code field} is where a dotted key path of this index starts. */
    boolean isRootOfKeyPath(String field) {
        return paths.stream().anyMatch(path -> path.length > 1 && path[0].equals(field));
    }

    /** The documents a lookup cannot place. */
    PositionSet irregular() {
        return irregular;
    }

    /** How many distinct keys the index holds: what testing each of them costs. */
    int distinctKeyCount() {
        return entries.size();
    }

    /** Whether {@link #searchFirstKey} has this regex's answer already (nothing changed since it was computed). */
    boolean hasSearched(RegexMatch match) {
        return answers(lastSearch, match);
    }

    private boolean answers(Search search, RegexMatch match) {
        return search != null && search.version() == version && search.match().sameRegex(match);
    }

    /**
     * The positions whose first key may satisfy a {@code $regex} on it: all but those whose every key is a string the
     * regex rejects (a superset: the query is still matched against each), irregular documents included. Each distinct
     * key is tested once, not each document; the answer is kept until the index changes, so the page and the count of a
     * name search, and the next pages, test no key again. The caller owns the returned set.
     */
    BitSet searchFirstKey(RegexMatch match) {
        Search last = lastSearch;
        if (!answers(last, match)) {
            long searchedVersion = version;
            BitSet positions = new BitSet();
            for (Map.Entry<Object[], PositionSet> entry : entries.entrySet()) {
                if (!(entry.getKey()[0] instanceof String text) || match.find(text)) {
                    PositionSet set = entry.getValue();
                    for (int i = 0; i < set.size(); i++) {
                        positions.set(set.get(i));
                    }
                }
            }
            for (int i = 0; i < irregular.size(); i++) {
                positions.set(irregular.get(i));
            }
            last = new Search(match, searchedVersion, positions);
            lastSearch = last;
        }
        return (BitSet) last.positions().clone();
    }

    /** The index's groups of equal first key, in ascending or descending order. */
    Iterable<Map.Entry<Object[], PositionSet>> inOrder(boolean ascending) {
        return ascending ? entries.entrySet() : entries.descendingMap().entrySet();
    }

    static int compareFirst(Object[] key1, Object[] key2) {
        return VALUE_ORDER.compare(key1[0], key2[0]);
    }

    /** Each range once, however often a value is repeated (an {@code $in} may list one twice). */
    private void forEachRange(List<List<Object>> leadingValues, java.util.function.Consumer<Map<Object[], PositionSet>> action) {
        ranges(leadingValues).forEach(action);
    }

    /** The keys whose leading components equal each value combination, one range a distinct combination, in key order. */
    private List<Map<Object[], PositionSet>> ranges(List<List<Object>> leadingValues) {
        java.util.TreeSet<Object[]> prefixes = new java.util.TreeSet<>(KEY_ORDER);
        for (List<Object> combination : combinations(leadingValues)) {
            prefixes.add(combination.toArray());
        }
        List<Map<Object[], PositionSet>> ranges = new ArrayList<>(prefixes.size());
        for (Object[] prefix : prefixes) {
            Object[] low = new Object[paths.size()];
            Object[] high = new Object[paths.size()];
            for (int i = 0; i < paths.size(); i++) {
                low[i] = i < prefix.length ? prefix[i] : MinKey.getInstance();
                high[i] = i < prefix.length ? prefix[i] : MaxKey.getInstance();
            }
            ranges.add(entries.subMap(low, true, high, true));
        }
        return ranges;
    }

    static List<List<Object>> combinations(List<List<Object>> valuesPerKey) {
        List<List<Object>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (List<Object> values : valuesPerKey) {
            List<List<Object>> extended = new ArrayList<>(combinations.size() * values.size());
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> longer = new ArrayList<>(combination);
                    longer.add(value);
                    extended.add(longer);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    @Override
    public Integer getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        // not unique: nothing can conflict
    }

    @Override
    public void add(Document document, Integer position, MongoCollection<Integer> collection) {
        version++;
        DocumentKeys keys = keysOf(document);
        if (keys.irregular) {
            irregular.add(position);
            return;
        }
        if (keys.throughArray) {
            multiValued.add(position);
        }
        if (keys.keys.size() > 1) {
            multiKey.add(position);
        }
        if (keys.rootNotArray) {
            rootNotArray.add(position);
        }
        for (Object[] key : keys.keys) {
            if (entries.computeIfAbsent(key, k -> new PositionSet()).add(position)) {
                keyCount++;
            }
        }
    }

    @Override
    public Integer remove(Document document) {
        DocumentKeys keys = keysOf(document);
        Integer position = keys.irregular ? find(document, irregular) : find(document, smallestSetOf(keys.keys));
        if (position != null) {
            removeAt(keys, position);
        }
        return position;
    }

    private PositionSet smallestSetOf(List<Object[]> keys) {
        PositionSet smallest = null;
        for (Object[] key : keys) {
            PositionSet positions = entries.get(key);
            if (positions != null && (smallest == null || positions.size() < smallest.size())) {
                smallest = positions;
            }
        }
        return smallest;
    }

    /** The position of this very document (the stored instance, else an equal one) among the given positions. */
    private Integer find(Document document, PositionSet positions) {
        if (positions == null) {
            return null;
        }
        for (int i = 0; i < positions.size(); i++) {
            if (collection.documentAt(positions.get(i)) == document) {
                return positions.get(i);
            }
        }
        for (int i = 0; i < positions.size(); i++) {
            if (document.equals(collection.documentAt(positions.get(i)))) {
                return positions.get(i);
            }
        }
        return null;
    }

    private void removeAt(DocumentKeys keys, int position) {
        version++;
        if (keys.irregular) {
            irregular.remove(position);
            return;
        }
        multiValued.remove(position);
        multiKey.remove(position);
        rootNotArray.remove(position);
        for (Object[] key : keys.keys) {
            PositionSet positions = entries.get(key);
            if (positions != null && positions.remove(position)) {
                keyCount--;
                if (positions.isEmpty()) {
                    entries.remove(key);
                }
            }
        }
    }

    @Override
    public boolean canHandle(Document query) {
        // The collection plans its queries itself (IndexedCollection); the memory backend's own planner must not pick it.
        return false;
    }

    @Override
    public Iterable<Integer> getPositions(Document query) {
        throw new UnsupportedOperationException("OrderedIndex is used through IndexedCollection's planner");
    }

    @Override
    public long getCount() {
        return keyCount + irregular.size();
    }

    @Override
    public long getDataSize() {
        return getCount() * Integer.BYTES;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        // not unique: nothing can conflict
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Integer position, MongoCollection<Integer> collection) {
        DocumentKeys oldKeys = keysOf(oldDocument);
        DocumentKeys newKeys = keysOf(newDocument);
        if (oldKeys.sameAs(newKeys)) {
            return;
        }
        removeAt(oldKeys, position);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        version++;
        entries.clear();
        irregular.clear();
        multiValued.clear();
        multiKey.clear();
        rootNotArray.clear();
        keyCount = 0;
    }

    private DocumentKeys keysOf(Document document) {
        List<List<Object>> valuesPerKey = new ArrayList<>(paths.size());
        Flags flags = new Flags();
        long combinations = 1;
        for (String[] path : paths) {
            List<Object> values = new ArrayList<>(1);
            collect(document, path, 0, values, flags);
            if (values.isEmpty()) {
                values.add(Missing.getInstance());
            }
            valuesPerKey.add(values);
            combinations *= values.size();
        }
        if (flags.irregular || combinations > MAX_KEYS_PER_DOCUMENT) {
            return new DocumentKeys(List.of(), true, true, false);
        }
        // a missing or null root gives the key no value, which no condition accepts: only a present non-array counts
        boolean rootNotArray = false;
        for (String[] path : paths) {
            Object root = document.get(path[0]);
            rootNotArray |= path.length > 1 && root != null && !(root instanceof Collection<?>);
        }
        List<Object[]> keys = new ArrayList<>((int) combinations);
        for (List<Object> combination : combinations(valuesPerKey)) {
            keys.add(combination.toArray());
        }
        return new DocumentKeys(keys, false, flags.throughArray, rootNotArray);
    }

    /** The values the query matcher can find at {@code path} below {@code node}, MongoDB's multikey rules. */
    private static void collect(Object node, String[] path, int depth, List<Object> values, Flags flags) {
        if (depth == path.length) {
            if (node instanceof Collection<?> elements) {
                flags.throughArray = true;
                for (Object element : elements) {
                    if (element instanceof Collection<?> || !isSortable(element)) {
                        flags.irregular = true;
                    } else {
                        values.add(element);
                    }
                }
                if (elements.isEmpty()) {
                    values.add(Missing.getInstance());
                }
            } else if (isSortable(node)) {
                values.add(node);
            } else {
                flags.irregular = true;
            }
            return;
        }
        String field = path[depth];
        if (field.isEmpty() || Character.isDigit(field.charAt(0))) {
            flags.irregular = true;
            return;
        }
        if (node instanceof Document document) {
            collect(document.containsKey(field) ? document.get(field) : Missing.getInstance(), path, depth + 1, values, flags);
        } else if (node instanceof Collection<?> elements) {
            flags.throughArray = true;
            for (Object element : elements) {
                if (element instanceof Document) {
                    collect(element, path, depth, values, flags);
                } else {
                    flags.irregular = true;
                }
            }
        } else {
            values.add(Missing.getInstance());
        }
    }

    /** Whether the value comparator can place the value (it refuses types it does not know, e.g. JavaScript code). */
    private static boolean isSortable(Object value) {
        try {
            VALUE_ORDER.compare(value, "");
            return true;
        } catch (UnsupportedOperationException unknownType) {
            return false;
        }
    }

    private static int compareKeys(Object[] key1, Object[] key2) {
        for (int i = 0; i < Math.min(key1.length, key2.length); i++) {
            int comparison = VALUE_ORDER.compare(key1[i], key2[i]);
            if (comparison != 0) {
                return comparison;
            }
        }
        return Integer.compare(key1.length, key2.length);
    }

    /** A first-key search's answer, valid while the index is at {@code version}. */
    private record Search(RegexMatch match, long version, BitSet positions) {
    }

    private static final class Flags {
        boolean irregular;
        boolean throughArray;
    }

    /** A document's keys; {@code throughArray} when a path crossed an array (its sort value is not its key). */
    private record DocumentKeys(List<Object[]> keys, boolean irregular, boolean throughArray, boolean rootNotArray) {

        boolean sameAs(DocumentKeys other) {
            if (irregular || other.irregular || throughArray != other.throughArray || rootNotArray != other.rootNotArray
                    || keys.size() != other.keys.size()) {
                return false;
            }
            for (int i = 0; i < keys.size(); i++) {
                if (compareKeys(keys.get(i), other.keys.get(i)) != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
