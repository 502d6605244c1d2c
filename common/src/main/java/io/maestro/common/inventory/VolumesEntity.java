package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Volumes (§2.6, rules §2.13): entity name {@code volume} (D6). Discovered; {@code unique_id} is required. */
final class VolumesEntity {

    private VolumesEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 80).required().title("Name"))
                .field("size", number().required().title("Size (GB)"))
                .field("unique_id", InventorySchemas.uniqueId().required().title("Provider id")
                        .description("The volume's id at its provider, e.g. vol-0abc12345 on AWS"))
                .field("encrypted", string().max(30))
                .field("kms_key_id", string().max(30))
                .field("volume_id", string().max(30))
                .field("iops", number().title("IOPS"))
                .field("volume_type", string().max(50).title("Type"))
                .field("attach_time", string().max(20))
                .field("state", string().max(20).title("State"))
                .field("snapshot_id", string().max(50))
                .field("status", string().title("Status").choices("adminer:status_volume_options.status"))
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("storage_account_type", any())
                .field("write_accelerator_enabled", any())
                .field("create_option", any())
                .field("vhd", any())
                .field("diff_disk_settings", any())
                .field("sectors", any())
                .field("sectorsize", any())
                .field("support_discard", any())
                .field("model", any())
                .field("host", any())
                .field("holders", array())
                .field("checksum", string())
                .field("tags", array(InventorySchemas.tags()))
                .field("fftype", any())
                .field("source_volume_id", any())
                .field("migration_id", any())
                .field("image_id", any())
                .field("project_id", any())
                .field("service", any())
                .field("droplets_ids", any());
        return InventoryEntity.builder("/volumes", "volume", "volumes")
                .schema(schema)
                .listFields("_id", "name", "size", "unique_id", "volume_type", "state", "status", "datacenters.name",
                        "datacenters.region", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "iops", "datacenters", "encrypted", "attach_time", "fftype", "tags")
                .singleViewOfSchema()
                .discoveredBy("unique_id")
                // AWS writes EBS's boolean Encrypted and the key's whole ARN; Azure the source snapshot's resource id
                .providerShaped("encrypted", "kms_key_id", "snapshot_id")
                .build();
    }
}
