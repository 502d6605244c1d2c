package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Systems (§2.6, rules §2.13): a group of applications with entry points ({@code entry}) and the clients it serves.
 * Route {@code /system}, entity name {@code system}, collection {@code systems} (D6). Creating or replacing one links
 * its entry applications back to it ({@link SystemEntryLinks}).
 */
@Configuration(proxyBeanMethods = false)
public class SystemsResource {

    @Bean
    ResourceDefinition systemsDefinition(ResourceService resources,
            @Qualifier("applicationsDefinition") ResourceDefinition applications) {
        return ResourceDefinition.of(Inventory.SYSTEMS)
                .linkedFields("clients")
                .aliases(Map.of("lclients", "clients.name"))
                .upperFirst("contacts")
                .afterSave(new SystemEntryLinks(resources, applications))
                .build();
    }
}
