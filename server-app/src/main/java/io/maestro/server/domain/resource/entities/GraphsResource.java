package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.bool;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.number;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Graphs (§2.9): the analytics drawings of clients, systems and applications ({@code type} {@code bussiness} (sic) or
 * {@code infra}). The record only: a create is saved with {@code status:"process"} and analytics-app is not called yet.
 * The call (0.6: {@code POST <analytics>/graph}) belongs in an {@code afterSave} hook that, when analytics is disabled
 * or unreachable, sets {@code status:"error"} and a {@code msg} naming the service (compatibility.md H2).
 */
@Configuration(proxyBeanMethods = false)
public class GraphsResource {

    @Bean
    ResourceDefinition graphsDefinition() {
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
        return ResourceDefinition.builder("/graphs", "graphs", "graphs")
                .schema(schema)
                .listFields("_id", "name", "type", "tab", "status", "msg", "spublic", "clients", "systems",
                        "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .aliases(Map.of("lsystem", "systems.name"))
                .build();
    }
}
