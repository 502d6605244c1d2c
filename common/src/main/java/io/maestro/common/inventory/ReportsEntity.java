package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.freeObject;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.List;
import java.util.Map;

/** Reports (§2.8): a {@code general} (filtered rows) or {@code pivot} report over one component. */
final class ReportsEntity {

    private ReportsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 300).required())
                .field("report", string().oneOf("general", "pivot").required())
                .field("component", string().length(3, 30))
                .field("columns", array().withDefault(List.of()))
                .field("aggr", freeObject().withDefault(Map.of()))
                .field("filters", any())
                .field("msg", any())
                .field("status", string().oneOf("process", "finished", "error", "warning").withDefault("process"));
        return InventoryEntity.builder("/reports", "reports", "reports")
                .schema(schema)
                .listFields("_id", "name", "report", "component", "status", "msg", "created_at", "updated_at")
                .singleViewOfSchema()
                .build();
    }
}
