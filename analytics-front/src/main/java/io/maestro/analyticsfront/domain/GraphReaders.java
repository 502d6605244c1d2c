package io.maestro.analyticsfront.domain;

import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.token.PublicShareTokens;
import io.maestro.common.token.ViewTokens;
import io.maestro.common.web.NotFoundException;
import java.util.Map;
import java.util.Objects;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Who may open a map. A signed-in reader: by the session (the {@code Authorization} header) or by a view token the
 * session got for this one graph; either way the graph's ACL is checked again. A public link: its token must name
 * this very graph (0.6 served the token's graph whatever the URL said), the graph must be shared
 * ({@code spublic:true}) and the token must be the last one issued ({@code spublic_token}): unsharing or sharing
 * again revokes the older links. Anything else is the same 404, so that a stranger learns nothing.
 */
@Service
public class GraphReaders {

    private static final String NOT_FOUND = "Graph not found";

    private final GraphRecords records;
    private final ViewTokens viewTokens;
    private final PublicShareTokens shareTokens;

    public GraphReaders(GraphRecords records, ViewTokens viewTokens, PublicShareTokens shareTokens) {
        this.records = records;
        this.viewTokens = viewTokens;
        this.shareTokens = shareTokens;
    }

    /** The graph {@code readerId} may read ({@code teamId}: through that team), or 404. */
    public Map<String, Object> forReader(String graphId, String readerId, String teamId) {
        if (!ObjectId.isValid(graphId) || readerId == null || (teamId != null && !ObjectId.isValid(teamId))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return (teamId == null ? records.readable(graphId, readerId)
                : records.readableByTeam(teamId, graphId, readerId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The graph a view token opens: it must name this graph (and team), and its reader must still read it. */
    public Map<String, Object> forViewToken(String graphId, String teamId, String token) {
        ViewTokens.View view;
        try {
            view = viewTokens.verify(token);
        } catch (InvalidTokenException invalid) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (!view.recordId().equals(graphId) || !Objects.equals(view.teamId(), teamId)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return forReader(graphId, view.readerId(), teamId);
    }

    /** A view token for a reader who may read the graph now. */
    public String viewToken(String graphId, String readerId, String teamId) {
        forReader(graphId, readerId, teamId);
        return viewTokens.issue(graphId, readerId, teamId);
    }

    /** The publicly shared graph a link opens. */
    public Map<String, Object> forPublicLink(String graphId, String token) {
        PublicShareTokens.Share share;
        try {
            share = shareTokens.verifyShare(token);
        } catch (InvalidTokenException invalid) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (!share.recordId().equals(graphId) || !ObjectId.isValid(graphId)) {
            throw new NotFoundException(NOT_FOUND);
        }
        Map<String, Object> graph = records.find(graphId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!Boolean.TRUE.equals(graph.get("spublic")) || !Objects.equals(share.tokenId(), graph.get("spublic_token"))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return graph;
    }
}
