package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
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
        return ResourceDefinition.of(Inventory.REPORTS)
                .build();
    }
}
