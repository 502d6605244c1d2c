package io.maestro.audit.store;

import io.maestro.audit.domain.InventorySync;
import io.maestro.common.token.PrivateServiceTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** data-app's {@code POST /sync} (updateMany), called with a fresh private service token each time. */
public class DataAppSync implements InventorySync {

    private final RestClient dataApp;
    private final PrivateServiceTokens tokens;

    public DataAppSync(RestClient dataApp, PrivateServiceTokens tokens) {
        this.dataApp = dataApp;
        this.tokens = tokens;
    }

    @Override
    public SyncCounts sync(String entity, Map<String, Object> query, Map<String, Object> body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("entity", entity);
        request.put("query", query);
        request.put("body", body);
        Map<?, ?> answer = dataApp.post().uri("/sync")
                .header("Authorization", "JWT " + tokens.issue("audit-app"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Map.class);
        Map<?, ?> results = answer == null ? Map.of() : (Map<?, ?>) answer.get("results");
        return new SyncCounts(count(results, "matched"), count(results, "modified"));
    }

    private static long count(Map<?, ?> results, String key) {
        return results != null && results.get(key) instanceof Number number ? number.longValue() : 0;
    }
}
