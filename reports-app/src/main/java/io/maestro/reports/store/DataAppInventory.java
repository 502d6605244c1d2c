package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The inventory through data-app: pages of a query are {@code POST /<entity>} (in {@code _id} order), and so are the
 * records linked to a list of ids.
 */
@Component
class DataAppInventory implements Inventory {

    /** Records linked to one chunk of ids read per call: a chunk's records mostly fit in one. */
    private static final int LINKED_PAGE = 1000;

    private final DataAppClient dataApp;

    DataAppInventory(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public Batch page(String entity, Map<String, Object> query, int page, int size) {
        List<Map<String, Object>> items = dataApp.find(entity, new DataAppClient.Query(query, size, page)).items();
        return new Batch(items, items.size() < size);
    }

    /**
     * Two queries, since data-app reads a 24-hex text under an {@code _id} key as an ObjectId: {@code $in} the ids
     * finds the links held as ObjectIds, a regular expression of exactly those ids (which matches only text) the links
     * held as text. Both are plain queries the store answers from its ACL index in one pass over the owner's records
     * (an aggregation's {@code $in} compares each record with every id, which does not scale).
     */
    @Override
    public List<Map<String, Object>> linked(String entity, Map<String, Object> query, String link, List<String> ids) {
        String anyOfTheIds = ids.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        for (Map<String, Object> linkClause : List.of(Map.<String, Object>of(link, Map.of("$in", ids)),
                Map.<String, Object>of(link, Map.of("$regex", anyOfTheIds)))) {
            for (Map<String, Object> record : dataApp.findAll(entity, with(query, linkClause), LINKED_PAGE)) {
                byId.putIfAbsent(String.valueOf(record.get("_id")), record);
            }
        }
        return List.copyOf(byId.values());
    }

    /** {@code query} with {@code clause} added to its {@code $and}. */
    private static Map<String, Object> with(Map<String, Object> query, Map<String, Object> clause) {
        Map<String, Object> joined = new LinkedHashMap<>(query);
        List<Object> clauses = new ArrayList<>();
        if (query.get("$and") instanceof List<?> existing) {
            clauses.addAll(existing);
        }
        clauses.add(clause);
        joined.put("$and", clauses);
        return joined;
    }
}
