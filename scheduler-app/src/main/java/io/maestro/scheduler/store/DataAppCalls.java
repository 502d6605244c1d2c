package io.maestro.scheduler.store;

import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** data-app's routes the scheduler uses (docs/data-app.md), with a private service token from common's peer clients. */
@Component
class DataAppCalls {

    /** Rows per page when reading many jobs: small answers, few round trips. */
    static final int PAGE_SIZE = 1000;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PeerClients peers;

    DataAppCalls(PeerClients peers) {
        this.peers = peers;
    }

    private RestClient data() {
        return peers.client(PeerService.DATA);
    }

    /** {@code POST /<entity>} page after page: every document matching {@code query}. */
    List<Map<String, Object>> findAll(String entity, Map<String, Object> query) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items = find(entity, query, PAGE_SIZE, page);
            found.addAll(items);
            if (items.size() < PAGE_SIZE) {
                return found;
            }
        }
    }

    Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query) {
        return find(entity, query, 1, 1).stream().findFirst();
    }

    /** {@code GET /connections/<id>}; empty when data-app knows no such connection. */
    Optional<Map<String, Object>> connection(String id) {
        try {
            return Optional.ofNullable(data().get().uri("/connections/{id}", id).retrieve().body(JSON_OBJECT));
        } catch (ServiceCallException refused) {
            if (refused.status().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** {@code PUT /<entity>} {@code {body: documents}}: bulk upsert or insert. */
    void bulk(String entity, List<Map<String, Object>> documents) {
        data().put().uri("/{entity}", entity).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("body", documents)).retrieve().toBodilessEntity();
    }

    /** {@code POST /sync}: {@code updateMany(query, body)}, plain keys set and {@code $}-keys operators. */
    void updateMany(String entity, Map<String, Object> query, Map<String, Object> body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("entity", entity);
        request.put("query", query);
        request.put("body", body);
        data().post().uri("/sync").contentType(MediaType.APPLICATION_JSON).body(request).retrieve().toBodilessEntity();
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
}
