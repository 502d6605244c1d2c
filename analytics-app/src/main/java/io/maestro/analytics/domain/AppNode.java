package io.maestro.analytics.domain;

import java.util.List;
import java.util.Map;

/**
 * One application of a map, as the dependency lookup found it.
 *
 * @param id          the application's id
 * @param name        its name
 * @param family      its family ({@code Application}, {@code Database}, ...; {@code Application} when it has none)
 * @param environment {@code production}, ... or null
 * @param cluster     its cluster or null
 * @param language    its language or null
 * @param size        the size its symbol is drawn at when it is not drawn per server ({@code small}, ...)
 * @param provider    the provider of its first datacenter, or null (on premise)
 * @param datacenter  the name of its first datacenter, or null
 * @param systems     the systems it belongs to: {@code {_id, name}}
 * @param root        whether it is an entry point of the map
 * @param servers     the servers it runs on, once the map is enriched
 */
public record AppNode(String id, String name, String family, String environment, String cluster, String language,
        String size, String provider, String datacenter, List<Map<String, Object>> systems, boolean root,
        List<AppServer> servers) {

    public AppNode {
        name = name == null ? id : name;
        family = family == null || family.isBlank() ? "Application" : family;
        systems = systems == null ? List.of() : List.copyOf(systems);
        servers = servers == null ? List.of() : List.copyOf(servers);
    }

    public AppNode withServers(List<AppServer> found) {
        return new AppNode(id, name, family, environment, cluster, language, size, provider, datacenter, systems,
                root, found);
    }

}
