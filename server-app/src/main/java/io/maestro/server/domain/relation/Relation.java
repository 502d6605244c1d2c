package io.maestro.server.domain.relation;

import java.util.List;

/**
 * A many-to-many link Maestro 0.6 kept as denormalised copies on one side only: the source record's
 * {@code {_id, name[, family]}} is held in an array of each target document; the source holds nothing.
 *
 * @param sourceCollection where the record named in the path lives
 * @param targetCollection where the documents named in the body live
 * @param targetField      the array of each target that holds the copies
 * @param copiedFields     the fields of the source copied into that array
 */
public record Relation(String sourceCollection, String targetCollection, String targetField, List<String> copiedFields) {

    /** {@code /applications/:id/servers}: the application in {@code servers[].applications}. */
    public static final Relation APPLICATION_SERVERS = new Relation(InventoryCollections.APPLICATIONS,
            InventoryCollections.SERVERS, "applications", List.of("_id", "name", "family"));

    /** {@code /system/:id/applications}: the system in {@code applications[].system}. */
    public static final Relation SYSTEM_APPLICATIONS = new Relation(InventoryCollections.SYSTEMS,
            InventoryCollections.APPLICATIONS, "system", List.of("_id", "name"));

    /** {@code /clients/:id/system}: the client in {@code systems[].clients}. */
    public static final Relation CLIENT_SYSTEMS = new Relation(InventoryCollections.CLIENTS,
            InventoryCollections.SYSTEMS, "clients", List.of("_id", "name"));
}
