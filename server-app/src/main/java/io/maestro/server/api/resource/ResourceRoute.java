package io.maestro.server.api.resource;

import io.maestro.server.domain.resource.ResourceDefinition;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One route a {@link ResourceDefinition} gets: a handler of {@link ResourceEndpoints} at a path. The same list is
 * mapped by {@link ResourceRouteRegistrar} and published by {@link ResourceOpenApi}, so the OpenAPI document lists
 * exactly the routes served.
 *
 * @param path     the full path, e.g. {@code /teams/{teamId}/servers/{id}/roles}
 * @param endpoint the handler's route annotation (method, group, team role)
 * @param handler  the handler method
 * @param team     whether this is the {@code /teams/{teamId}} mirror of the personal route
 */
record ResourceRoute(String path, EndpointRoute endpoint, Method handler, boolean team) {

    static final String TEAM_PREFIX = "/teams/{teamId}";

    /** The routes of {@code definition}: its personal ones, then their team mirrors when it has them. */
    static List<ResourceRoute> of(ResourceDefinition definition) {
        List<ResourceRoute> personal = new ArrayList<>();
        List<ResourceRoute> mirrored = new ArrayList<>();
        List<Method> handlers = List.of(ResourceEndpoints.class.getMethods()).stream()
                .filter(handler -> handler.isAnnotationPresent(EndpointRoute.class))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        for (Method handler : handlers) {
            EndpointRoute route = handler.getAnnotation(EndpointRoute.class);
            if (!definition.has(route.group()) || (route.autocomplete() && !definition.autocomplete())) {
                continue;
            }
            String path = definition.route() + route.path().replace(EndpointRoute.ACL, definition.aclRoute());
            personal.add(new ResourceRoute(path, route, handler, false));
            if (definition.teamMirror()) {
                mirrored.add(new ResourceRoute(TEAM_PREFIX + path, route, handler, true));
            }
        }
        personal.addAll(mirrored);
        return personal;
    }
}
