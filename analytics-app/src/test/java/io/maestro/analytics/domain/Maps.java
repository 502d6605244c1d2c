package io.maestro.analytics.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-drawn maps: {@code "a>b"} is "a depends on b"; the entry points are named first. */
final class Maps {

    private Maps() {
    }

    static DependencyGraph of(List<String> entries, String... dependencies) {
        Set<String> names = new LinkedHashSet<>(entries);
        List<DependencyEdge> edges = new ArrayList<>();
        for (String dependency : dependencies) {
            String[] ends = dependency.split(">");
            names.add(ends[0]);
            names.add(ends[1]);
            edges.add(new DependencyEdge(ends[0], ends[1], "https://" + ends[1] + ":443"));
        }
        List<AppNode> apps = new ArrayList<>();
        for (String name : names) {
            apps.add(app(name, "Application", entries.contains(name), List.of()));
        }
        return DependencyGraph.of(apps, edges);
    }

    static AppNode app(String id, String family, boolean root, List<AppServer> servers) {
        return new AppNode(id, "app " + id, family, "production", null, "java", "small", "AWS", "dc-1",
                List.of(Map.of("_id", "s-" + id.charAt(0), "name", "System " + id.charAt(0))), root, servers);
    }

    static AppServer server(String id, double cpu, double memory) {
        return new AppServer(id, "host-" + id, "10.0.0." + id.length(), null, "production", "web", "Linux", cpu,
                memory);
    }
}
