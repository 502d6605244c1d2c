package io.maestro.server.api.audit;

import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.audit.AuditTrail;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import java.lang.reflect.Method;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the {@link AuditEndpoints} of every audited {@link ResourceDefinition} that has read routes, like the resource
 * routes: {@code <route>/{id}/audit|history/{rowId}|diff}, and {@code revert/{rowId}} when it also has write routes;
 * each again under {@code /teams/{teamId}} for definitions with a team mirror. Teams themselves (no mirror) thus get
 * {@code GET /teams/{id}/audit}.
 */
@Component
class AuditRouteRegistrar implements InitializingBean {

    private static final String TEAM_PREFIX = "/teams/{" + AuditEndpoints.TEAM + "}";

    private record Route(RequestMethod method, String path, String handler, RouteGroup group) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(RequestMethod.GET, "/{id}/audit", "history", RouteGroup.READ),
            new Route(RequestMethod.GET, "/{id}/history/{rowId}", "version", RouteGroup.READ),
            new Route(RequestMethod.GET, "/{id}/diff", "diff", RouteGroup.READ),
            new Route(RequestMethod.POST, "/{id}/revert/{rowId}", "revert", RouteGroup.WRITE));

    private final RequestMappingHandlerMapping mapping;
    private final List<ResourceDefinition> definitions;
    private final AuditTrail trail;
    private final Actors actors;

    AuditRouteRegistrar(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            List<ResourceDefinition> definitions, AuditTrail trail, Actors actors) {
        this.mapping = mapping;
        this.definitions = definitions;
        this.trail = trail;
        this.actors = actors;
    }

    @Override
    public void afterPropertiesSet() {
        for (ResourceDefinition definition : definitions) {
            if (!definition.audited() || !definition.has(RouteGroup.READ)) {
                continue;
            }
            AuditEndpoints endpoints = new AuditEndpoints(definition, trail, actors);
            for (Route route : ROUTES) {
                if (!definition.has(route.group())) {
                    continue;
                }
                Method handler = handler(route.handler());
                register(definition.route() + route.path(), route.method(), endpoints, handler);
                if (definition.teamMirror()) {
                    register(TEAM_PREFIX + definition.route() + route.path(), route.method(), endpoints, handler);
                }
            }
        }
    }

    private static Method handler(String name) {
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(AuditEndpoints.class)) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalStateException("AuditEndpoints has no handler " + name);
    }

    private void register(String path, RequestMethod method, AuditEndpoints endpoints, Method handler) {
        RequestMappingInfo info = RequestMappingInfo.paths(path)
                .methods(method)
                .options(mapping.getBuilderConfiguration())
                .build();
        mapping.registerMapping(info, endpoints, handler);
    }
}
