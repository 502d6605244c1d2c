package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.freeObject;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Servers (§2.6, rules §2.13). Discovered. */
final class ServersEntity {

    private ServersEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().max(100).required())
                .field("hostname", string().max(100))
                .field("ipv4_private", string().ip())
                .field("ipv4_public", string().ip())
                .field("os", object()
                        .field("base", string().max(40))
                        .field("dist", string().max(40))
                        .field("version", any())
                        .field("file_path", any())
                        .field("variety", any())
                        .field("major_version", any()))
                .field("cpu", number().greater(0).max(1024))
                .field("memory", number().greater(0).max(1024))
                .field("storage", array(InventorySchemas.storage()).uniqueBy("name"))
                .field("services", array(InventorySchemas.services()))
                .field("auth", array(InventorySchemas.auth()))
                .field("tags", array(InventorySchemas.tags()))
                .field("role", string())
                .field("applications", array(InventorySchemas.entries()))
                .field("datacenters", freeObject())
                .field("dns_public", string())
                .field("dns_private", string())
                .field("image", freeObject())
                .field("backup_ids", array())
                .field("snapshot_ids", array())
                .field("service_mgr", string())
                .field("pkg_mgr", string())
                .field("checksum", string())
                .field("unique_id", oneOf(string(), number()))
                .field("environment", string())
                .field("status", string().withDefault("Active"))
                .field("metas", freeObject())
                .field("ebs_optimized", bool())
                .field("next_backup_window", any())
                .field("network_interface", any())
                .field("devices", any())
                .field("env_vars", any())
                .field("dns", any())
                .field("network_lo", any())
                .field("ipv4_all", any())
                .field("ipv6_all", any());
        return InventoryEntity.builder("/servers", "servers", "servers")
                .schema(schema)
                .listFields("_id", "updated_at", "created_at", "name", "hostname", "ipv4_private", "ipv4_public",
                        "os.base", "os.dist", "datacenters.name", "datacenters.provider", "datacenters.region",
                        "datacenters.zone", "datacenters._id", "datacenters.instance_id", "applications._id",
                        "applications.name", "applications.family", "role", "environment", "status", "auth.name", "auth.username",
                        "auth.type", "services", "tags",
                        // not in 0.6's list: the dashboard's servers table has cpu and memory columns (D26)
                        "cpu", "memory")
                .singleFields("unique_id", "cpu", "memory", "storage", "datacenters", "applications", "os", "auth",
                        "image", "backup_ids", "next_backup_window", "network_interface", "snapshot_ids", "roles",
                        "owner", "active", "checksum", "metas", "dns_public", "dns_private", "service_mgr", "pkg_mgr",
                        "ebs_optimized", "devices", "env_vars", "dns", "network_lo", "ipv4_all", "ipv6_all")
                .discoveredBy("unique_id")
                // providers write their own OS facts (kernel release...) and memory beyond a user's 1024 GiB (Azure M-series)
                .providerShaped("os", "memory")
                .build();
    }
}
