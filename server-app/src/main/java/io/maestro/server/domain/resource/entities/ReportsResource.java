package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.report.ReportRuns;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reports (§2.8): a {@code general} (filtered rows) or {@code pivot} report over one component. Every save (create,
 * PUT, PATCH) sets {@code status:"process"} and starts the report on reports-app; when reports-app cannot, the record
 * carries {@code status:"error"} and a {@code msg} saying why (compatibility.md H2). A delete drops its rows. See
 * {@link ReportRuns}.
 */
@Configuration(proxyBeanMethods = false)
public class ReportsResource {

    @Bean
    ResourceDefinition reportsDefinition(ReportRuns runs) {
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
                .beforeSave(runs::beforeSave)
                .afterSave(runs::afterSave)
                .build();
    }
}
