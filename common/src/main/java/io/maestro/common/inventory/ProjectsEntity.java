package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/** Projects (§2.9): a name with an ACL; also an ACL {@code refs} value. */
final class ProjectsEntity {

    private ProjectsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object().field("name", string().length(3, 30).required());
        return InventoryEntity.builder("/projects", "projects", "projects")
                .schema(schema)
                .listFields("_id", "name", "owner", "roles", "created_at", "updated_at")
                .singleFields("active")
                .build();
    }
}
