package io.maestro.websocket.store;

import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.websocket.domain.TeamMembership;
import io.maestro.websocket.domain.CheckUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks data-app whether a user is a member of an active team: {@code POST /teams} with a query on the team's
 * {@code _id}, {@code members._id} and {@code active}, authenticated by a fresh private service token.
 */
public class DataAppTeamMembership implements TeamMembership {

    private static final String APP = "websocket-app";

    private final RestClient dataApp;
    private final PrivateServiceTokens serviceTokens;
    private final JsonMapper json;

    /** {@code dataApp} has data-app's base URL and the service timeouts. */
    public DataAppTeamMembership(RestClient dataApp, PrivateServiceTokens serviceTokens, JsonMapper json) {
        this.dataApp = dataApp;
        this.serviceTokens = serviceTokens;
        this.json = json;
    }

    @Override
    public boolean isMember(String userId, String teamId) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("_id", teamId);
        query.put("members._id", userId);
        query.put("active", true);
        Map<String, Object> body = Map.of("query", json.writeValueAsString(query), "limit", 1);
        JsonNode answer;
        try {
            answer = dataApp.post()
                    .uri("/teams")
                    .header(HttpHeaders.AUTHORIZATION, "JWT " + serviceTokens.issue(APP))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientException e) {
            throw new CheckUnavailableException("data-app did not answer the team membership query: " + e.getMessage(), e);
        }
        if (answer == null || !answer.has("found")) {
            throw new CheckUnavailableException("data-app answered the team membership query without 'found'");
        }
        return answer.path("found").asLong() > 0;
    }
}
