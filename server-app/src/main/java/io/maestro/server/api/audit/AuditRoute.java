package io.maestro.server.api.audit;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * One history route of an audited resource, as {@link AuditRouteRegistrar} maps it and {@link AuditOpenApi} documents
 * it: {@code <route>/{id}/audit|history/{rowId}|diff} for definitions with read routes, {@code revert/{rowId}} when
 * they also have write routes, each again under {@code /teams/{teamId}} for definitions with a team mirror.
 *
 * @param handler the {@link AuditEndpoints} method that answers it
 * @param team    whether it is the team mirror
 */
record AuditRoute(RequestMethod method, String path, String handler, ResourceDefinition definition, boolean team) {

    static final String TEAM_PREFIX = "/teams/{" + AuditEndpoints.TEAM + "}";

    private record Template(RequestMethod method, String path, String handler, RouteGroup group) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(RequestMethod.GET, "/{id}/audit", "history", RouteGroup.READ),
            new Template(RequestMethod.GET, "/{id}/history/{rowId}", "version", RouteGroup.READ),
            new Template(RequestMethod.GET, "/{id}/diff", "diff", RouteGroup.READ),
            new Template(RequestMethod.POST, "/{id}/revert/{rowId}", "revert", RouteGroup.WRITE));

    static List<AuditRoute> of(List<ResourceDefinition> definitions) {
        List<AuditRoute> routes = new ArrayList<>();
        for (ResourceDefinition definition : definitions) {
            if (!definition.audited() || !definition.has(RouteGroup.READ)) {
                continue;
            }
            for (Template template : TEMPLATES) {
                if (!definition.has(template.group())) {
                    continue;
                }
                String path = definition.route() + template.path();
                routes.add(new AuditRoute(template.method(), path, template.handler(), definition, false));
                if (definition.teamMirror()) {
                    routes.add(new AuditRoute(template.method(), TEAM_PREFIX + path, template.handler(), definition, true));
                }
            }
        }
        return routes;
    }
}
