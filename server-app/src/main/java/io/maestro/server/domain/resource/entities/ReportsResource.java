package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.report.ReportRuns;
import io.maestro.server.domain.resource.ResourceDefinition;
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
        return ResourceDefinition.of(Inventory.REPORTS)
                .beforeSave(runs::beforeSave)
                .afterSave(runs::afterSave)
                .build();
    }
}
