package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/**
 * Systems (§2.6, rules §2.13): a group of applications with entry points ({@code entry}) and the clients it serves.
 * Route {@code /system}, entity name {@code system}, collection {@code systems} (D6).
 */
final class SystemsEntity {

    private SystemsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("description", string().max(800).title("Description"))
                .field("clients", array(InventorySchemas.entities()))
                .field("entry", array(InventorySchemas.entries()))
                .field("tags", array(InventorySchemas.tags()).title("Tags"));
        return InventoryEntity.builder("/system", "system", "systems")
                .schema(schema)
                .listFields("_id", "name", "description", "clients", "entry", "tags", "created_at", "updated_at")
                .singleViewOfSchema()
                .build();
    }
}
