package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reports (§2.8): a {@code general} (filtered rows) or {@code pivot} report over one component. The record only: a
 * create is saved with {@code status:"process"} and report-app is not called yet. The call (0.6:
 * {@code POST <report>/reports/<report>}) belongs in an {@code afterSave} hook that, when report-app is disabled or
 * unreachable, sets {@code status:"error"} and a {@code msg} naming the service (compatibility.md H2).
 */
@Configuration(proxyBeanMethods = false)
public class ReportsResource {

    @Bean
    ResourceDefinition reportsDefinition() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 300).required())
                .field("report", string().oneOf("general", "pivot").required())
                .field("component", string().length(3, 30))
                .field("columns", array().withDefault(List.of()))
                .field("aggr", freeObject().withDefault(Map.of()))
                .field("filters", any())
                .field("msg", any())
                .field("status", string().oneOf("process", "finished", "error", "warning").withDefault("process"));
        return ResourceDefinition.builder("/reports", "reports", "reports")
                .schema(schema)
                .listFields("_id", "name", "report", "component", "status", "msg", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .build();
    }
}
