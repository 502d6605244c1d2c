package io.maestro.data.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed allow-list of collections the gateway serves (compatibility.md S12): the Maestro 0.6 path, the collection it
 * maps to, and which routes may touch it. {@code users} is never served.
 */
public enum DataEntity {

    ADMINER("adminer", "adminer", Route.QUERY),
    CONNECTIONS("connections", "connections", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    SERVERS("servers", "servers", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    APPLICATIONS("applications", "applications", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    SYSTEMS("systems", "systems", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    CLIENTS("clients", "clients", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    DATACENTERS("datacenters", "datacenters", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    VOLUMES("volumes", "volumes", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    IMAGES("images", "images", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    NETWORKS("networks", "networks", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    SNAPSHOTS("snapshots", "snapshots", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    FLAVORS("flavors", "flavors", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    /** Seeded price lists: read-only, no ACL. */
    FLAVORS_PUBLIC("flavors_public", "flavors-public", Route.QUERY),
    /** Catalogue managed by administrators through server-app. */
    SERVICES("services", "services", Route.QUERY),
    GRAPHS("graphs", "graphs", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    REPORTS("reports", "reports", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    SCHEDULERS("schedulers", "schedulers", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    EVENTS("events", "events", Route.QUERY, Route.BULK, Route.SYNC, Route.AGGREGATE),
    /** Owned by server-app; only their denormalised role names are synced here. */
    PROJECTS("projects", "projects", Route.QUERY, Route.SYNC, Route.AGGREGATE),
    /**
     * Readable for the websocket's membership check; members' copied e-mails and names are synced from audit-app.
     * Never bulk-written: team membership is server-app's business.
     */
    TEAMS("teams", "teams", Route.QUERY, Route.SYNC);

    /** What a caller does with a collection. */
    public enum Route {
        /** {@code GET/POST /<entity>} */
        QUERY,
        /** {@code PUT /<entity>} */
        BULK,
        /** {@code POST /sync} */
        SYNC,
        /** {@code POST /aggregate}, also as the {@code from} of {@code $lookup}/{@code $graphLookup} */
        AGGREGATE
    }

    private final String path;
    private final String collection;
    private final Set<Route> routes;

    DataEntity(String path, String collection, Route first, Route... others) {
        this.path = path;
        this.collection = collection;
        this.routes = EnumSet.of(first, others);
    }

    public String path() {
        return path;
    }

    public String collection() {
        return collection;
    }

    public boolean allows(Route route) {
        return routes.contains(route);
    }

    /** The entity a caller names (0.6 path such as {@code flavors_public}, or the collection name) if the route allows it. */
    public static Optional<DataEntity> lookup(String name, Route route) {
        return Arrays.stream(values())
                .filter(entity -> entity.path.equals(name) || entity.collection.equals(name))
                .filter(entity -> entity.allows(route))
                .findFirst();
    }

    /** Like {@link #lookup} but answers 404 {@code Resource not found} for anything outside the allow-list. */
    public static DataEntity require(String name, Route route) {
        return lookup(name, route).orElseThrow(DataRequestException::notFound);
    }
}
