package io.maestro.common.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about itself on {@code GET /} (Maestro 0.6's health check): set in each service's own
 * config file as {@code maestro.app.*}.
 */
@ConfigurationProperties("maestro.app")
public record ServiceInfoProperties(String name, String description, String version) {
}
