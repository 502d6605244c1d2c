package io.maestro.common.config;

import java.util.Map;

/** Adds service-specific entries to {@code GET /} (server-app adds {@code api_timeout}). */
@FunctionalInterface
public interface ServiceInfoContributor {
    void contribute(Map<String, Object> body);
}
