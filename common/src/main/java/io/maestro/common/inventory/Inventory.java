package io.maestro.common.inventory;

import java.util.List;
import java.util.Optional;

/**
 * The inventory registry: every inventory entity, once. server-app serves and validates them from it, data-app takes
 * their collections and identity indexes, discovery its targets and audit names, audit-app the collections it keeps
 * names in step in, and the dashboard reads it from server-app's {@code GET /inventory}. Adding an entity starts here
 * (docs/architecture.md, "Adding an inventory entity").
 */
public final class Inventory {

    public static final InventoryEntity SERVERS = ServersEntity.define();
    public static final InventoryEntity APPLICATIONS = ApplicationsEntity.define();
    public static final InventoryEntity SYSTEMS = SystemsEntity.define();
    public static final InventoryEntity CLIENTS = ClientsEntity.define();
    public static final InventoryEntity DATACENTERS = DatacentersEntity.define();
    public static final InventoryEntity CONNECTIONS = ConnectionsEntity.define();
    public static final InventoryEntity VOLUMES = VolumesEntity.define();
    public static final InventoryEntity IMAGES = ImagesEntity.define();
    public static final InventoryEntity SNAPSHOTS = SnapshotsEntity.define();
    public static final InventoryEntity NETWORKS = NetworksEntity.define();
    public static final InventoryEntity FLAVORS = FlavorsEntity.define();
    public static final InventoryEntity EVENTS = EventsEntity.define();
    public static final InventoryEntity REPORTS = ReportsEntity.define();
    public static final InventoryEntity SCHEDULERS = SchedulersEntity.define();
    public static final InventoryEntity GRAPHS = GraphsEntity.define();
    public static final InventoryEntity PROJECTS = ProjectsEntity.define();

    private static final List<InventoryEntity> ALL = List.of(SERVERS, APPLICATIONS, SYSTEMS, CLIENTS, DATACENTERS,
            CONNECTIONS, VOLUMES, IMAGES, SNAPSHOTS, NETWORKS, FLAVORS, EVENTS, REPORTS, SCHEDULERS, GRAPHS, PROJECTS);

    private Inventory() {
    }

    /** Every inventory entity, in the dashboard's menu order. */
    public static List<InventoryEntity> all() {
        return ALL;
    }

    /** The entities discovery writes. */
    public static List<InventoryEntity> discovered() {
        return ALL.stream().filter(InventoryEntity::discovered).toList();
    }

    /** The entity stored in {@code collection}, e.g. {@code volumes}. */
    public static Optional<InventoryEntity> byCollection(String collection) {
        return ALL.stream().filter(entity -> entity.collection().equals(collection)).findFirst();
    }

    /** The entity served at {@code route}, e.g. {@code /network}. */
    public static Optional<InventoryEntity> byRoute(String route) {
        return ALL.stream().filter(entity -> entity.route().equals(route)).findFirst();
    }
}
