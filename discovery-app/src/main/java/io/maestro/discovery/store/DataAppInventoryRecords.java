package io.maestro.discovery.store;

import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.discovery.domain.DataGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link DataGateway} over data-app's HTTP routes, through the peer client of common. */
@Component
public class DataAppGateway implements DataGateway {

    /** Rows per query page: data-app's largest page is far larger; this keeps one answer small. */
    static final int PAGE_SIZE = 1000;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PeerClients peers;

    public DataAppGateway(PeerClients peers) {
        this.peers = peers;
    }

    private RestClient data() {
        return peers.client(PeerService.DATA);
    }

    @Override
    public Optional<Map<String, Object>> connection(String connectionId) {
        try {
            return Optional.ofNullable(data().get().uri("/connections/{id}", connectionId).retrieve().body(JSON_OBJECT));
        } catch (ServiceCallException refused) {
            if (refused.status().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    public void connectionState(String connectionId, String task, String status, String msg) {
        data().post().uri("/connection/{id}", connectionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status, "task", task, "msg", msg))
                .retrieve().toBodilessEntity();
    }

    @Override
    public void runningTaskMessage(String connectionId, String task, String msg) {
        Map<String, Object> running = new LinkedHashMap<>();
        running.put("_id", connectionId);
        running.put("process." + task + ".state", "warning");
        updateMany("connections", running, Map.of("process." + task + ".msg", msg));
    }

    @Override
    public List<Map<String, Object>> findAll(String entity, Map<String, Object> query) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items = find(entity, query, PAGE_SIZE, page);
            found.addAll(items);
            if (items.size() < PAGE_SIZE) {
                return found;
            }
        }
    }

    @Override
    public Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query) {
        return find(entity, query, 1, 1).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> find(String entity, Map<String, Object> query, int limit, int page) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        request.put("limit", limit);
        request.put("page", page);
        Map<String, Object> answer = data().post().uri("/{entity}", entity).contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(JSON_OBJECT);
        Object items = answer == null ? null : answer.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @Override
    public BulkResult upsert(String entity, List<Map<String, Object>> documents) {
        Map<String, Object> answer = data().put().uri("/{entity}", entity).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("body", documents)).retrieve().body(JSON_OBJECT);
        return bulkResult(answer);
    }

    @Override
    public long updateMany(String entity, Map<String, Object> query, Map<String, Object> body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("entity", entity);
        request.put("query", query);
        request.put("body", body);
        Map<String, Object> answer = data().post().uri("/sync").contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(JSON_OBJECT);
        Object results = answer == null ? null : answer.get("results");
        return results instanceof Map<?, ?> counts && counts.get("matched") instanceof Number matched
                ? matched.longValue() : 0;
    }

    private static BulkResult bulkResult(Map<String, Object> answer) {
        if (answer == null) {
            return new BulkResult(0, 0, 0, Set.of(), List.of());
        }
        Set<Integer> refused = new HashSet<>();
        List<String> errors = new ArrayList<>();
        if (answer.get("writeErrors") instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> map && map.get("index") instanceof Number index) {
                    refused.add(index.intValue());
                    errors.add("body[" + index + "]: " + map.get("errmsg"));
                }
            }
        }
        return new BulkResult(count(answer, "nInserted"), count(answer, "nUpserted"), count(answer, "nModified"),
                refused, errors);
    }

    private static int count(Map<String, Object> answer, String field) {
        return answer.get(field) instanceof Number number ? number.intValue() : 0;
    }
}
