package io.maestro.server.api.resource;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import java.lang.reflect.Method;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the {@link EndpointRoute} handlers of {@link ResourceEndpoints} for every {@link ResourceDefinition} bean
 * ({@link ResourceRoute#of}): {@code <route><path>} and, for definitions with a team mirror,
 * {@code /teams/{teamId}<route><path>}. Adding an
 * entity is declaring its definition; no controller is written for it. Literal paths of ordinary controllers
 * (e.g. a per-entity {@code /servers/{id}/audit}) coexist with these, as with any Spring MVC mapping.
 */
@Component
class ResourceRouteRegistrar implements InitializingBean {

    private final RequestMappingHandlerMapping mapping;
    private final List<ResourceDefinition> definitions;
    private final ResourceService service;
    private final Actors actors;

    ResourceRouteRegistrar(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            List<ResourceDefinition> definitions, ResourceService service, Actors actors) {
        this.mapping = mapping;
        this.definitions = definitions;
        this.service = service;
        this.actors = actors;
    }

    @Override
    public void afterPropertiesSet() {
        for (ResourceDefinition definition : definitions) {
            ResourceEndpoints endpoints = new ResourceEndpoints(definition, service, actors);
            for (ResourceRoute route : ResourceRoute.of(definition)) {
                register(route.path(), route.endpoint(), endpoints, route.handler());
            }
        }
    }

    private void register(String path, EndpointRoute route, ResourceEndpoints endpoints, Method handler) {
        RequestMappingInfo info = RequestMappingInfo.paths(path)
                .methods(route.method())
                .options(mapping.getBuilderConfiguration())
                .build();
        mapping.registerMapping(info, endpoints, handler);
    }
}
