package io.maestro.common.drift;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes drift compares, each as a state declares it ({@code declared_in[].declared.<name>}) and where a
 * cloud's record keeps it when it runs, per entity (docs/drift.md).
 */
public enum DriftAttribute {

    /** Instance type, VM size, flavor; a volume's GB; a database's class. */
    SIZE("size", Map.of("servers", "datacenters.instance", "volumes", "size", "applications", "role.class")),
    IMAGE("image", Map.of("servers", "datacenters.image_id")),
    IPV4_PRIVATE("ipv4_private", Map.of("servers", "ipv4_private")),
    TAGS("tags", Map.of("servers", "tags", "volumes", "tags", "applications", "tags"));

    private final String name;
    private final Map<String, String> runningPaths;

    DriftAttribute(String name, Map<String, String> runningPaths) {
        this.name = name;
        this.runningPaths = runningPaths;
    }

    public String attributeName() {
        return name;
    }

    /** Where a running record of the collection keeps the attribute, if it has it. */
    public Optional<String> runningPath(String collection) {
        return Optional.ofNullable(runningPaths.get(collection));
    }

    public static List<String> names() {
        return List.of(values()).stream().map(DriftAttribute::attributeName).toList();
    }
}
