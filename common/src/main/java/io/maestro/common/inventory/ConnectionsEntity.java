package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.CredentialsSchema;
import io.maestro.common.inventory.schema.ObjectSchema;

/**
 * Connections (§2.6): a provider account discovery crawls. The credentials ({@code conn}) are sealed at rest and
 * masked in every answer (compatibility.md S4).
 */
final class ConnectionsEntity {

    private ConnectionsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().max(4050).required())
                .field("conn", new CredentialsSchema())
                .field("dc", string().max(150).required())
                .field("dc_id", string().required())
                .field("provider", string().max(30).required())
                .field("service", string().max(30).required())
                .field("regions", array().required())
                .field("url", string())
                .field("project", string())
                .field("user_domain_id", string())
                .field("api_version", string().max(5))
                .field("method", string())
                .field("tab", number().min(0).max(3).withDefault(0))
                .field("status", string().withDefault("enabled"));
        return InventoryEntity.builder("/connections", "connections", "connections")
                .schema(schema)
                .listFields("_id", "name", "conn", "dc", "dc_id", "provider", "service", "regions", "status", "process",
                        "owner_user", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled) but auth_api and translate_api
                        // (compatibility.md S31)
                        "roles", "active", "url", "project", "user_domain_id", "api_version", "tab")
                .singleViewOfSchema("process", "owner_user")
                .build();
    }
}
