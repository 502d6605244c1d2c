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
 * Maps the {@link EndpointRoute} handlers of {@link ResourceEndpoints} for every {@link ResourceDefinition} bean:
 * {@code <route><path>} and, for definitions with a team mirror, {@code /teams/{teamId}<route><path>}. Adding an
 * entity is declaring its definition; no controller is written for it. Literal paths of ordinary controllers
 * (e.g. a per-entity {@code /servers/{id}/audit}) coexist with these, as with any Spring MVC mapping.
 */
@Component
class ResourceRouteRegistrar implements InitializingBean {

    static final String TEAM_PREFIX = "/teams/{teamId}";

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
            for (Method handler : ResourceEndpoints.class.getMethods()) {
                EndpointRoute route = handler.getAnnotation(EndpointRoute.class);
                if (route == null || !definition.has(route.group()) || (route.autocomplete() && !definition.autocomplete())) {
                    continue;
                }
                String path = definition.route() + route.path().replace(EndpointRoute.ACL, definition.aclRoute());
                register(path, route, endpoints, handler);
                if (definition.teamMirror()) {
                    register(TEAM_PREFIX + path, route, endpoints, handler);
                }
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
