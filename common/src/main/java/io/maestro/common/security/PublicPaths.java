package io.maestro.common.security;

/** Paths every service serves without a token: its health check, metrics and API documentation. */
public final class PublicPaths {

    public static final String[] ALWAYS_OPEN = {
        "/", "/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    private PublicPaths() {
    }
}
