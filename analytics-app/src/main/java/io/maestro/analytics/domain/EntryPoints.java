package io.maestro.analytics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a map starts (§7.1 entry.api): the {@code entry} applications of each system; for systems without one, their
 * applications of the families closest to the user, by 0.6's hierarchy (a CDN before a gateway before a load balancer
 * ...), the best three levels found.
 */
public final class EntryPoints {

    static final List<String> HIERARCHY = List.of("cdn", "apigateway", "loadbalance", "nas", "application",
            "serverless", "objectstorage", "servicediscovery", "vpn", "cicd", "monitor", "cache", "logs", "smtp",
            "auth", "broker", "repository", "database", "containerorchestration", "servicemesh", "dns");
    private static final int BAND = 3;

    private EntryPoints() {
    }

    /** The ids of the {@code entry} applications of {@code systems}, in order, each once. */
    public static List<String> declared(List<Map<String, Object>> systems) {
        List<String> entries = new ArrayList<>();
        for (Map<String, Object> system : systems) {
            if (system.get("entry") instanceof List<?> declared) {
                for (Object entry : declared) {
                    if (entry instanceof Map<?, ?> app && app.get("_id") != null
                            && !entries.contains(String.valueOf(app.get("_id")))) {
                        entries.add(String.valueOf(app.get("_id")));
                    }
                }
            }
        }
        return entries;
    }

    /** The systems that declare no entry application. */
    public static List<String> withoutEntry(List<Map<String, Object>> systems) {
        return systems.stream().filter(system -> !(system.get("entry") instanceof List<?> entry) || entry.isEmpty())
                .map(system -> String.valueOf(system.get("_id"))).toList();
    }

    /** Of {@code applications}, those whose family ranks within three levels of the best one found. */
    public static List<String> byFamily(List<Map<String, Object>> applications) {
        int best = applications.stream().mapToInt(EntryPoints::rank).min().orElse(Integer.MAX_VALUE);
        return applications.stream().filter(app -> rank(app) < best + BAND)
                .map(app -> String.valueOf(app.get("_id"))).toList();
    }

    private static int rank(Map<String, Object> application) {
        Object family = application.get("family");
        String name = family == null ? "application"
                : String.valueOf(family).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        int rank = HIERARCHY.indexOf(name);
        return rank < 0 ? HIERARCHY.size() : rank;
    }
}
