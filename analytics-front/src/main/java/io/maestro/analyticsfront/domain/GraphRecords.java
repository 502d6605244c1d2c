package io.maestro.analyticsfront.domain;

import java.util.Map;
import java.util.Optional;

/** The graph records (server-app's {@code graphs}): who may read them, and their end. */
public interface GraphRecords {

    /** The graph, if {@code readerId} may read it (its own, or shared with it). */
    Optional<Map<String, Object>> readable(String graphId, String readerId);

    /** The team's graph, if {@code readerId} is a member of {@code teamId} and the team may read it. */
    Optional<Map<String, Object>> readableByTeam(String teamId, String graphId, String readerId);

    /** The graph, if it exists. */
    Optional<Map<String, Object>> find(String graphId);

    /** Marks the graph {@code finished} ("Finish", as 0.6); false when there is no such graph. */
    boolean markFinished(String graphId);
}
