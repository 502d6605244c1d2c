package io.maestro.analytics.domain;

import java.util.List;

/**
 * One map to draw, as it travels on the {@code analytics} queue.
 *
 * @param graphId the graph record's id
 * @param ownerId the user or team whose records the map shows
 * @param tab     what it starts from: {@code clients}, {@code systems} or {@code apps}
 * @param ids     the ids of those clients, systems or applications
 */
public record GraphJob(String graphId, String ownerId, String tab, List<String> ids) {

    public static final String CLIENTS = "clients";
    public static final String SYSTEMS = "systems";
    public static final String APPS = "apps";
}
