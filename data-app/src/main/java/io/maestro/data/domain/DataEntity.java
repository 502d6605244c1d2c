package io.maestro.data.domain;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fixed allow-list of collections the gateway serves (compatibility.md S12): the Maestro 0.6 path, the collection it
 * maps to, and which routes may touch it. Every inventory entity of the registry ({@link Inventory}) is served on every
 * route, but projects, which are never bulk-written; besides them a few other collections. {@code users} is never
 * served.
 *
 * @param path       the name callers use, e.g. {@code flavors_public}
 * @param collection the Mongo collection
 * @param routes     what callers may do with it
 */
public record DataEntity(String path, String collection, Set<Route> routes) {

    /** Catalogue of option lists managed by administrators through server-app. */
    static final DataEntity ADMINER = new DataEntity("adminer", "adminer", EnumSet.of(Route.QUERY));
    /** Seeded price lists: read-only, no ACL. */
    static final DataEntity FLAVORS_PUBLIC = new DataEntity("flavors_public", "flavors-public", EnumSet.of(Route.QUERY));
    /** Catalogue managed by administrators through server-app. */
    static final DataEntity SERVICES = new DataEntity("services", "services", EnumSet.of(Route.QUERY));
    /**
     * Readable for the websocket's membership check; members' copied e-mails and names are synced from audit-app.
     * Never bulk-written: team membership is server-app's business.
     */
    static final DataEntity TEAMS = new DataEntity("teams", "teams", EnumSet.of(Route.QUERY, Route.SYNC));

    private static final List<DataEntity> ALL = Stream.concat(
            Inventory.all().stream().map(DataEntity::inventory),
            Stream.of(ADMINER, FLAVORS_PUBLIC, SERVICES, TEAMS)).toList();

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

    public DataEntity {
        routes = Set.copyOf(routes);
    }

    /** Projects are owned by server-app; only their denormalised role names are synced here, never bulk-written. */
    private static DataEntity inventory(InventoryEntity entity) {
        Set<Route> routes = entity == Inventory.PROJECTS ? EnumSet.of(Route.QUERY, Route.SYNC, Route.AGGREGATE)
                : EnumSet.allOf(Route.class);
        return new DataEntity(entity.collection(), entity.collection(), routes);
    }

    public boolean allows(Route route) {
        return routes.contains(route);
    }

    /** The entity a caller names (0.6 path such as {@code flavors_public}, or the collection name) if the route allows it. */
    public static Optional<DataEntity> lookup(String name, Route route) {
        return ALL.stream()
                .filter(entity -> entity.path.equals(name) || entity.collection.equals(name))
                .filter(entity -> entity.allows(route))
                .findFirst();
    }

    /** Like {@link #lookup} but answers 404 {@code Resource not found} for anything outside the allow-list. */
    public static DataEntity require(String name, Route route) {
        return lookup(name, route).orElseThrow(DataRequestException::notFound);
    }
}
