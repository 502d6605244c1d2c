package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clients (§2.6, rules §2.13): who a system serves, with contact channels. */
@Configuration(proxyBeanMethods = false)
public class ClientsResource {

    @Bean
    ResourceDefinition clientsDefinition() {
        return ResourceDefinition.of(Inventory.CLIENTS)
                .build();
    }
}
