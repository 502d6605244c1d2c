package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/**
 * Applications (§2.6, rules §2.13): also every other "resource family" (databases, load balancers, brokers, CDN...),
 * told apart by {@code family}; the UI lists them with {@code GET /applications?family=Database}. Discovered.
 */
final class ApplicationsEntity {

    private ApplicationsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 150).required().title("Name"))
                .field("description", string().max(800).title("Description"))
                .field("family", string().oneOf(InventorySchemas.FAMILIES.toArray(String[]::new)).withDefault("Application"))
                .field("system", array(InventorySchemas.entities()))
                .field("own", number().min(0).max(1))
                .field("role", any().title("Role").choices("adminer:application_options.role"))
                .field("language", string().length(1, 80).title("Language"))
                .field("provider", string().length(3, 80).title("Provider"))
                .field("cluster", string().max(100).title("Cluster").choices("adminer:application_options.clusters"))
                .field("dataguard", string().max(40))
                .field("storage_types", string().max(40))
                .field("asm_groups", array(InventorySchemas.asmGroups()))
                .field("pdbs", array(InventorySchemas.pdbs()))
                .field("crs_version", string().max(40))
                .field("deploy", array(InventorySchemas.deploy()))
                .field("type", string().length(3, 30))
                .field("modal", string().max(30))
                .field("engine", string())
                .field("size", string().withDefault("medium").title("Size").choices("adminer:env_options.size"))
                .field("targets", array(InventorySchemas.entries()))
                .field("deps", array(InventorySchemas.entries()))
                .field("queues", any())
                .field("urls", any())
                .field("cache_behavior", any())
                .field("cache_nodes", any())
                .field("domain", any())
                .field("loadbalance_names", any())
                .field("instances", any())
                .field("tables", any())
                .field("tags", array(InventorySchemas.tags()).title("Tags"))
                .field("unique_id", InventorySchemas.uniqueId())
                .field("status", string().withDefault("Active").title("Status").choices("adminer:server_options.status"))
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("environment", string().title("Environment").choices("adminer:env_options.environment"))
                .field("checksum", string())
                .field("spec", any())
                .field("read_status", any())
                .field("state", any());
        return InventoryEntity.builder("/applications", "applications", "applications")
                .schema(schema)
                .listFields("_id", "name", "family", "description", "provider", "language", "role", "environment",
                        "status", "cluster", "size", "system", "deps", "datacenters._id", "datacenters.name",
                        "datacenters.provider", "datacenters.region", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "unique_id", "own", "tables", "engine", "spec", "asm_groups", "domain", "loadbalance_names",
                        "instances", "dataguard", "type", "storage_types", "queues", "urls", "cache_behavior",
                        "cache_nodes", "crs_version", "modal", "pdbs", "datacenters", "deploy", "tags",
                        "read_status", "state", "active")
                .singleViewOfSchema()
                .discoveredBy("unique_id")
                .build();
    }
}
