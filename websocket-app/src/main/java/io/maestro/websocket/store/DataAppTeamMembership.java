package io.maestro.websocket.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.websocket.domain.CheckUnavailableException;
import io.maestro.websocket.domain.TeamMembership;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks data-app whether a user is a member of an active team: {@code POST /teams} with a query on the team's
 * {@code _id}, {@code members._id} and {@code active}.
 */
public class DataAppTeamMembership implements TeamMembership {

    private final DataAppClient data;

    public DataAppTeamMembership(DataAppClient data) {
        this.data = data;
    }

    @Override
    public boolean isMember(String userId, String teamId) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("_id", teamId);
        query.put("members._id", userId);
        query.put("active", true);
        try {
            return data.count("teams", query) > 0;
        } catch (PeerCallException e) {
            throw new CheckUnavailableException("data-app did not answer the team membership query: " + e.getMessage(), e);
        }
    }
}
