package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
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
        return ResourceDefinition.of(Inventory.GRAPHS)
                .aliases(Map.of("lsystem", "systems.name"))
                .build();
    }
}
