package io.maestro.server.domain.resource;

/** The route sets a resource may have; a definition lists the ones it exposes. */
public enum RouteGroup {
    /** {@code GET R}, {@code GET R/count}, {@code GET R/:id}. */
    READ,
    /** {@code POST R}, {@code PATCH/PUT/DELETE R/:id}. */
    WRITE,
    /** {@code POST/PUT R/:id/roles}, {@code PUT/DELETE R/:id/roles/:idu} (or {@code members} for teams). */
    ACL
}
