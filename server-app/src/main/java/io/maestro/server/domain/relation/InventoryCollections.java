package io.maestro.server.domain.relation;

/** The collections that relations, dependencies and datacenter views read and change (§3 of the 0.6 reference). */
public final class InventoryCollections {

    public static final String SERVERS = "servers";
    public static final String APPLICATIONS = "applications";
    public static final String SYSTEMS = "systems";
    public static final String CLIENTS = "clients";
    public static final String DATACENTERS = "datacenters";

    private InventoryCollections() {
    }
}
