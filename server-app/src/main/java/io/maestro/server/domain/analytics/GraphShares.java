package io.maestro.server.domain.analytics;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.token.PublicShareTokens;
import io.maestro.common.token.ViewTokens;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * {@code POST /graphs/:id/public} (§2.9): shares a graph by a public link or stops sharing it. The link token names
 * the graph; the graph remembers the id of the last token ({@code spublic_token}), so sharing again revokes the older
 * links and unsharing revokes them all (compatibility.md S27). Needs write access (3). Also the view tokens of the
 * graph viewer.
 */
@Service
public class GraphShares {

    private final ResourceService resources;
    private final ResourceDefinition graphs;
    private final ResourceStore store;
    private final PublicShareTokens tokens;
    private final ViewTokens viewTokens;

    public GraphShares(ResourceService resources, @Qualifier("graphsDefinition") ResourceDefinition graphs,
            ResourceStore store, PublicShareTokens tokens, ViewTokens viewTokens) {
        this.resources = resources;
        this.graphs = graphs;
        this.store = store;
        this.tokens = tokens;
        this.viewTokens = viewTokens;
    }

    /**
     * A 15-minute token with which the dashboard opens the graph's viewer and files at analytics-front, which checks
     * the reader's access again (compatibility.md S28). Needs read access (1).
     *
     * @return {@code {token, expires_in}}
     */
    public Map<String, Object> viewToken(Actor actor, String graphId) {
        resources.stored(graphs, actor, graphId, AclRoles.READ);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("token", viewTokens.issue(graphId, actor.user().id(),
                actor.inTeamScope() ? actor.actingAs().id() : null));
        reply.put("expires_in", ViewTokens.LIFETIME.toSeconds());
        return reply;
    }

    /** @return {@code {id, token, timestamp}} when shared, {@code {id, spublic:false}} when unshared */
    public Map<String, Object> share(Actor actor, String graphId, boolean shared) {
        Document graph = resources.stored(graphs, actor, graphId, AclRoles.WRITE);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", graphId);
        Document change = new Document("spublic", shared);
        if (shared) {
            String token = tokens.issue(graphId, null);
            change.append("spublic_token", tokens.verifyShare(token).tokenId());
            reply.put("token", token);
            reply.put("timestamp", Instant.now().toEpochMilli());
        } else {
            change.append("spublic_token", null);
            reply.put("spublic", false);
        }
        store.update(GraphRuns.COLLECTION, new Document("_id", graph.getObjectId("_id")), new Document("$set", change),
                null);
        return reply;
    }
}
