package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Images (§2.6, rules §2.13; {@code plataform} sic). Discovered. */
final class ImagesEntity {

    private ImagesEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 120).required().title("Name"))
                .field("image_type", string().max(80).title("Type"))
                .field("image_location", string().max(200).title("Location"))
                .field("plataform", string().max(30).title("Platform"))
                .field("state", string().max(20).title("State"))
                .field("distribution", any())
                .field("slug", any())
                .field("root_device_type", any())
                .field("status", any())
                .field("hypervisor", any())
                .field("public", any())
                .field("storage", any())
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("checksum", string())
                .field("unique_id", InventorySchemas.uniqueId())
                .field("size", any())
                .field("region", any())
                .field("min_disk_size", any())
                .field("type", any());
        return InventoryEntity.builder("/images", "images", "images")
                .schema(schema)
                .listFields("_id", "name", "image_type", "plataform", "state", "status", "datacenters.name",
                        "datacenters.region", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "datacenters.zone", "size", "unique_id", "image_location", "active")
                .singleViewOfSchema("unique_id")
                .discoveredBy("unique_id")
                .build();
    }
}
