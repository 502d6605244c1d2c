package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Clients (§2.6, rules §2.13): who a system serves, with contact channels. */
final class ClientsEntity {

    private ClientsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("description", string().max(800).title("Description"))
                .field("contacts", array(InventorySchemas.contacts()).title("Contacts"))
                .field("tags", array(InventorySchemas.tags()).title("Tags"));
        return InventoryEntity.builder("/clients", "clients", "clients")
                .schema(schema)
                .listFields("_id", "name", "description", "contacts", "tags", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "active")
                .singleViewOfSchema()
                .build();
    }
}
