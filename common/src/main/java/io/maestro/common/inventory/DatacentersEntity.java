package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/**
 * Datacenters (§2.6, rules §2.13): a provider account's regions and zones. {@code sucessed} (sic) says whether a
 * connection exists for it; {@code reports} holds the analytics reports made for it.
 */
final class DatacentersEntity {

    private DatacentersEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("provider", string().required().title("Provider").choices("adminer:datacenter_options.provider"))
                .field("role", any())
                .field("zones", array().unique().title("Zones").choices("provider.zones"))
                .field("regions", array().unique().title("Regions").choices("provider.regions"))
                .field("sucessed", bool())
                .field("reports", array())
                .field("auth", array())
                .field("metas", any())
                .field("tracker", any());
        return InventoryEntity.builder("/datacenters", "datacenters", "datacenters")
                .schema(schema)
                .listFields("_id", "name", "provider", "regions", "zones", "sucessed", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "active", "role", "metas", "roles")
                .singleViewOfSchema()
                .build();
    }
}
