package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerProperties;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.reports.domain.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inventory through data-app: a report's records are one {@code POST /<entity>} answered as NDJSON (every match
 * in {@code _id} order, read from one store cursor and handed over as it comes), the records linked to a list of ids
 * plain {@code POST /<entity>} pages.
 */
@Component
class DataAppInventory implements Inventory {

    /** Records linked to one chunk of ids read per call: a chunk's records mostly fit in one. */
    private static final int LINKED_PAGE = 1000;
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final DataAppClient dataApp;
    private final RestClient dataAppCalls;
    private final URI dataAppUrl;
    private final ObjectReader records;

    DataAppInventory(DataAppClient dataApp, PeerClients peers, PeerProperties peerProperties, JsonMapper json) {
        this.dataApp = dataApp;
        this.dataAppCalls = peers.client(PeerService.DATA);
        this.dataAppUrl = peerProperties.baseUrl(PeerService.DATA);
        this.records = json.readerFor(new TypeReference<Map<String, Object>>() {
        });
    }

    /**
     * One query, however many records: paged by {@code page}, the store would pass the records of the earlier pages
     * again for each page (the embedded store ranks all the owner's records each time): quadratic in the report's
     * size. A failed
     * call or an answer cut short is a {@link io.maestro.common.http.PeerCallException}, as any data-app call's.
     */
    @Override
    public void read(String entity, Map<String, Object> query, int size, Consumer<List<Map<String, Object>>> batch) {
        Map<String, Object> body = Map.of("query", query);
        InputStreamResource answer = dataAppCalls.post().uri("/{entity}", entity)
                .contentType(MediaType.APPLICATION_JSON).accept(NDJSON).body(body)
                .retrieve().body(InputStreamResource.class);
        if (answer == null) {
            return; // an empty body: nothing matched
        }
        try (InputStream stream = answer.getInputStream();
                MappingIterator<Map<String, Object>> matches = records.readValues(stream)) {
            List<Map<String, Object>> next = new ArrayList<>(size);
            while (hasNext(matches, entity)) {
                next.add(matches.nextValue());
                if (next.size() == size) {
                    batch.accept(next);
                    next = new ArrayList<>(size);
                }
            }
            if (!next.isEmpty()) {
                batch.accept(next);
            }
        } catch (IOException broken) {
            throw cutShort(entity, broken);
        }
    }

    /** Whether another record follows; reading it, a broken or unreadable answer is data-app's failure. */
    private boolean hasNext(MappingIterator<Map<String, Object>> matches, String entity) {
        try {
            return matches.hasNextValue();
        } catch (JacksonException broken) {
            throw cutShort(entity, broken.getCause() instanceof IOException io ? io : broken);
        }
    }

    private ServiceUnavailableException cutShort(String entity, Exception cause) {
        return new ServiceUnavailableException(PeerService.DATA, dataAppUrl.resolve("/" + entity), cause);
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
