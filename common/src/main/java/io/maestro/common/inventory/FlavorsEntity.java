package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.freeObject;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Flavors (§2.6, rules §2.13): discovered (OpenStack) or manual machine sizes. */
final class FlavorsEntity {

    private FlavorsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("api_name", string().length(3, 30).title("API name"))
                .field("provider", string().length(3, 30).title("Provider"))
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("tags", array(InventorySchemas.tags()).title("Tags"))
                .field("unique_id", InventorySchemas.uniqueId())
                .field("checksum", string());
        return InventoryEntity.builder("/flavors", "flavors", "flavors")
                .schema(schema)
                .listFields("_id", "name", "api_name", "provider", "datacenters.name", "datacenters.region", "tags",
                        "created_at", "updated_at")
                .singleViewOfSchema()
                .discoveredBy("unique_id")
                .build();
    }
}
