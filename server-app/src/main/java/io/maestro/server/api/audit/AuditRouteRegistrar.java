package io.maestro.server.api.audit;

import io.maestro.server.api.resource.Actors;
import io.maestro.server.domain.audit.AuditTrail;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the {@link AuditEndpoints} of every audited {@link ResourceDefinition}: the {@link AuditRoute}s, like the
 * resource routes. Teams themselves (no mirror) thus get {@code GET /teams/{id}/audit}.
 */
@Component
class AuditRouteRegistrar implements InitializingBean {

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
        Map<ResourceDefinition, AuditEndpoints> endpoints = new IdentityHashMap<>();
        for (AuditRoute route : AuditRoute.of(definitions)) {
            AuditEndpoints handlers = endpoints.computeIfAbsent(route.definition(),
                    definition -> new AuditEndpoints(definition, trail, actors));
            register(route.path(), route.method(), handlers, handler(route.handler()));
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
