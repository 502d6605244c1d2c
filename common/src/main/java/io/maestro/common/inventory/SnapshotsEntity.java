package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Snapshots (§2.6, rules §2.13). Discovered. */
final class SnapshotsEntity {

    private SnapshotsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("state", string().max(20).title("State"))
                .field("volume_id", string().max(80).title("Volume id"))
                .field("volume_size", number())
                .field("size", number().title("Size (GB)"))
                .field("kms_key_id", string().max(80))
                .field("encrypted", string().max(80))
                .field("data_encryption_key_id", string().max(80))
                .field("owner_id", string().max(80))
                .field("start_time", string().max(80))
                .field("owner_alias", string().max(80))
                .field("state_message", string().max(80))
                .field("snapshot_id", string().max(80))
                .field("progress", string().max(80).title("Progress"))
                .field("description", string().max(300).title("Description"))
                .field("status", any())
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("checksum", string())
                .field("unique_id", InventorySchemas.uniqueId())
                .field("project_id", any())
                .field("service", any())
                .field("min_disk_size", any())
                .field("public", any())
                .field("type", any());
        return InventoryEntity.builder("/snapshots", "snapshots", "snapshots")
                .schema(schema)
                .listFields("_id", "name", "volume_id", "size", "state", "status", "progress", "datacenters.name",
                        "datacenters.region", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "datacenters.zone", "volume_size", "snapshot_id", "active")
                .singleViewOfSchema("unique_id")
                .discoveredBy("unique_id")
                // AWS writes EBS's boolean Encrypted; Azure the source disk's resource id
                .providerShaped("encrypted", "volume_id")
                .build();
    }
}
