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
                .field("name", string().max(100).required().title("Name"))
                .field("hostname", string().max(100).title("Hostname"))
                .field("ipv4_private", string().ip().title("Private IPv4"))
                .field("ipv4_public", string().ip().title("Public IPv4"))
                .field("os", object()
                        .field("base", string().max(40).title("OS").choices("adminer:server_options.os"))
                        .field("dist", string().max(40).title("Distribution"))
                        .field("version", any().title("OS version"))
                        .field("file_path", any())
                        .field("variety", any())
                        .field("major_version", any()))
                .field("cpu", number().greater(0).max(1024).title("CPU"))
                .field("memory", number().greater(0).max(1024).title("Memory (GB)"))
                .field("storage", array(InventorySchemas.storage()).uniqueBy("name").title("Storage"))
                .field("services", array(InventorySchemas.services()).title("Services"))
                .field("auth", array(InventorySchemas.auth()).title("Access"))
                .field("tags", array(InventorySchemas.tags()).title("Tags"))
                .field("role", string().title("Role").choices("adminer:server_options.role"))
                .field("applications", array(InventorySchemas.entries()))
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("dns_public", string())
                .field("dns_private", string())
                .field("image", freeObject())
                .field("backup_ids", array())
                .field("snapshot_ids", array())
                .field("service_mgr", string())
                .field("pkg_mgr", string())
                .field("checksum", string())
                .field("unique_id", oneOf(string(), number()))
                .field("environment", string().title("Environment").choices("adminer:env_options.environment"))
                .field("status", string().withDefault("Active").title("Status").choices("adminer:server_options.status"))
                .field("metas", freeObject())
                .field("ebs_optimized", bool())
                .field("next_backup_window", any())
                .field("network_interface", any())
                .field("devices", any())
                .field("env_vars", any())
                .field("dns", any())
                .field("network_lo", any())
                .field("ipv4_all", any())
                .field("ipv6_all", any())
                .field("meta", any());
        return InventoryEntity.builder("/servers", "servers", "servers")
                .schema(schema)
                .listFields("_id", "updated_at", "created_at", "name", "hostname", "ipv4_private", "ipv4_public",
                        "os.base", "os.dist", "datacenters.name", "datacenters.provider", "datacenters.region",
                        "datacenters.zone", "datacenters._id", "datacenters.instance_id", "applications._id",
                        "applications.name", "applications.family", "role", "environment", "status", "auth.name", "auth.username",
                        "auth.type", "services", "tags", "image", "backup_ids", "next_backup_window", "snapshot_ids",
                        // not in 0.6's list: the dashboard's servers table has cpu and memory columns (D26)
                        "cpu", "memory")
                .singleFields("unique_id", "cpu", "memory", "storage", "datacenters", "applications", "os", "auth",
                        "image", "backup_ids", "next_backup_window", "network_interface", "snapshot_ids", "roles",
                        "owner", "active", "checksum", "metas", "dns_public", "dns_private", "service_mgr", "pkg_mgr",
                        "ebs_optimized", "devices", "env_vars", "dns", "network_lo", "ipv4_all", "ipv6_all", "meta")
                .discoveredBy("unique_id")
                // providers write their own OS facts (kernel release...) and memory beyond a user's 1024 GiB (Azure M-series)
                .providerShaped("os", "memory")
                .build();
    }
}
