package io.maestro.common.security;

/**
 * Who may call a service's routes by default ({@code maestro.security.default-caller}): internal services take only
 * other services' private tokens; server-app takes users' session tokens; {@code ANY} leaves it to each route.
 */
public enum DefaultCaller {
    SERVICE, USER, ANY
}
