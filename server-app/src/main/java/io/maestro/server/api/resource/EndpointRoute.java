package io.maestro.server.api.resource;

import io.maestro.server.domain.resource.RouteGroup;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Marks a handler of {@link ResourceEndpoints} with its route below a resource path; {@link ResourceRouteRegistrar}
 * maps it for every definition that has the {@link #group()}, personally and under {@code /teams/{teamId}}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface EndpointRoute {

    /** Stands for the definition's ACL segment ({@code roles} or {@code members}) in {@link #path()}. */
    String ACL = "@acl";

    RequestMethod method();

    /** Below the resource path, e.g. {@code /{id}}; empty for the resource path itself. */
    String path();

    RouteGroup group();

    /** The team role a member needs on the team-mirror form of this route (§2.3). */
    int teamRole();

    /** Only for definitions with autocomplete. */
    boolean autocomplete() default false;
}
