package io.maestro.common.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import tools.jackson.databind.JsonNode;

/** analytics-app (0.6 contract §7.1, docs/analytics.md): drawing the map of a graph record in the background. */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface AnalyticsAppClient {

    /** {@code POST /graph}: queues the map; answers {@code {_id, task_id}}. */
    @PostExchange("/graph")
    JsonNode startGraph(@RequestBody GraphRequest request);

    /**
     * @param graphId the graph record's id
     * @param ownerId the user or team whose records the map shows
     * @param type    {@code bussiness} (sic, as 0.6 spelt it); {@code infra} is refused
     * @param clients the clients the map starts from ({@code {_id, name}}), or empty
     * @param systems the systems it starts from, or empty
     * @param apps    the applications it starts from, or empty
     */
    record GraphRequest(@JsonProperty("_id") String graphId, @JsonProperty("owner_id") String ownerId, String type,
            List<Map<String, Object>> clients, List<Map<String, Object>> systems, List<Map<String, Object>> apps) {
    }
}
