package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Projects (§2.9): a name with an ACL; also an ACL {@code refs} value. */
@Configuration(proxyBeanMethods = false)
public class ProjectsResource {

    @Bean
    ResourceDefinition projectsDefinition() {
        return ResourceDefinition.of(Inventory.PROJECTS)
                .withAutocomplete()
                .build();
    }
}
