package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;

/**
 * Events (§2.8): messages about the inventory ({@code msg}, {@code context}, {@code status}). 0.6 listed
 * {@code description} as writable without a rule (so it was 422); here it is not writable and dropped like any unknown
 * key, but it is read: services writing through data-app put details there.
 */
final class EventsEntity {

    private EventsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("msg", string().length(3, 150).required())
                .field("context", string().length(3, 30).required())
                .field("status", string().length(3, 150));
        return InventoryEntity.builder("/events", "events", "events")
                .schema(schema)
                .listFields("_id", "msg", "context", "status", "description", "created_at", "updated_at")
                .singleViewOfSchema("description")
                .build();
    }
}
