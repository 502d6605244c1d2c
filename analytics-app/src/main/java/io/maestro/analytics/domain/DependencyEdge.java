package io.maestro.analytics.domain;

/**
 * "{@code source} depends on {@code target}", found {@code weight - 1} steps away from an entry point.
 *
 * @param endpoint what the dependency declares it calls (a URL, a port...), or null
 */
public record DependencyEdge(String source, String target, int weight, String endpoint) {
}
