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

/** Graphs (§2.9): the analytics drawings of clients, systems and applications ({@code type} {@code bussiness} (sic) or {@code infra}). */
final class GraphsEntity {

    private GraphsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required())
                .field("type", string().oneOf("bussiness", "infra").required())
                .field("tab", number().min(0).max(3))
                .field("clients", array(freeObject()))
                .field("systems", array(freeObject()))
                .field("apps", array(freeObject()))
                .field("spublic", bool())
                .field("status", string().withDefault("process"))
                .field("msg", any())
                .field("filters", any())
                .field("info", any())
                .field("ifamilies", any())
                .field("iservers", any())
                .field("isystems", any())
                .field("iclients", any())
                .field("counters", any());
        return InventoryEntity.builder("/graphs", "graphs", "graphs")
                .schema(schema)
                .listFields("_id", "name", "type", "tab", "status", "msg", "spublic", "clients", "systems",
                        "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "apps")
                .singleViewOfSchema()
                .build();
    }
}
