package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.analytics.GraphRuns;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Graphs (§2.9): the analytics maps of clients, systems and applications ({@code type} {@code bussiness} (sic)). A
 * create or replace is saved with {@code status:"process"} and drawn by analytics-app; when analytics-app cannot, the
 * record carries {@code status:"error"} and a {@code msg} saying why (compatibility.md H2). See {@link GraphRuns}.
 */
@Configuration(proxyBeanMethods = false)
public class GraphsResource {

    @Bean
    ResourceDefinition graphsDefinition(GraphRuns runs) {
        return ResourceDefinition.of(Inventory.GRAPHS)
                .aliases(Map.of("lsystem", "systems.name"))
                .beforeSave(runs::beforeSave)
                .afterSave(runs::afterSave)
                .build();
    }
}
