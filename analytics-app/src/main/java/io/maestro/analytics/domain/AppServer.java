package io.maestro.analytics.domain;

/**
 * A server an application runs on, as the map shows it (tooltips, the viewer's server list, the per-server symbols).
 *
 * @param cpu    its vCPUs (0 when unknown)
 * @param memory its memory in GB (0 when unknown)
 */
public record AppServer(String id, String hostname, String ipv4Private, String ipv4Public, String environment,
        String role, String os, double cpu, double memory) {

    /** What sizes its symbol: cpu × 1.5 + memory, as 0.6 scored it. */
    public double score() {
        return cpu * 1.5 + memory;
    }
}
