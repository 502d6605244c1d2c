package io.maestro.analytics.domain;

/**
 * "{@code source} depends on {@code target}".
 *
 * @param endpoint what the dependency declares it calls (a URL, a port...), or null
 */
public record DependencyEdge(String source, String target, String endpoint) {
}
