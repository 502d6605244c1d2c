package io.maestro.analytics.store;

import io.maestro.analytics.domain.AppNode;
import io.maestro.analytics.domain.AppServer;
import io.maestro.analytics.domain.BusinessInventory;
import io.maestro.analytics.domain.DependencyEdge;
import io.maestro.common.client.DataAppClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The inventory through data-app (§7.1): systems, applications and servers by query, always the owner's active
 * records. The dependencies are followed one level at a time ({@code deps._id}, at most {@code maxDepth} steps) with
 * one query per level rather than 0.6's single {@code $graphLookup}: the embedded store's {@code $graphLookup} neither
 * follows a field of an array of objects nor stops on a cycle nor takes {@code restrictSearchWithMatch}, and this way
 * a stranger's application is never read, so it neither shows nor leads anywhere (compatibility.md D37).
 */
@Component
class DataAppBusinessInventory implements BusinessInventory {

    private static final int PAGE = 500;
    /** The ids a record refers to, as strings, added by {@link #linkedTo}. */
    private static final String LINKED = "maestro_linked";

    private final DataAppClient dataApp;

    DataAppBusinessInventory(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public List<Map<String, Object>> systemsOfClients(String ownerId, Collection<String> clientIds) {
        return linkedTo("systems", ownerId, "clients", clientIds);
    }

    @Override
    public List<Map<String, Object>> systems(String ownerId, Collection<String> systemIds) {
        return dataApp.findAll("systems", owned(ownerId, "_id", systemIds), PAGE);
    }

    @Override
    public List<Map<String, Object>> applicationsOfSystems(String ownerId, Collection<String> systemIds) {
        return linkedTo("applications", ownerId, "system", systemIds);
    }

    @Override
    public Lookup dependencies(String ownerId, Collection<String> entryIds, int maxDepth) {
        Map<String, AppNode> apps = new LinkedHashMap<>();
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        List<String> frontier = List.copyOf(entryIds);
        for (int step = 0; step <= maxDepth + 1 && !frontier.isEmpty(); step++) {
            Map<String, Map<String, Object>> found = new HashMap<>();
            for (Map<String, Object> document : applications(ownerId, frontier)) {
                found.put(String.valueOf(document.get("_id")), document);
            }
            Set<String> next = new LinkedHashSet<>();
            // in the order asked: entry points first, then each level as its parents list it
            for (String id : frontier) {
                Map<String, Object> document = found.get(id);
                if (document == null || documents.containsKey(id)) {
                    continue;
                }
                apps.put(id, node(document, step == 0));
                documents.put(id, document);
                if (step <= maxDepth) {
                    dependencyIds(document).stream().filter(dep -> !documents.containsKey(dep))
                            .forEach(next::add);
                }
            }
            frontier = List.copyOf(next);
        }
        List<DependencyEdge> edges = new ArrayList<>();
        documents.forEach((id, document) -> {
            if (document.get("deps") instanceof List<?> deps) {
                for (Object dep : deps) {
                    if (dep instanceof Map<?, ?> target && target.get("_id") != null) {
                        Object endpoint = target.get("endpoint");
                        edges.add(new DependencyEdge(id, String.valueOf(target.get("_id")),
                                endpoint == null ? null : String.valueOf(endpoint)));
                    }
                }
            }
        });
        return new Lookup(List.copyOf(apps.values()), edges);
    }

    /** The owner's active applications among {@code ids}, a page of ids at a time. */
    private List<Map<String, Object>> applications(String ownerId, List<String> ids) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            found.addAll(dataApp.findAll("applications", owned(ownerId, "_id", ids.subList(from,
                    Math.min(ids.size(), from + PAGE))), PAGE));
        }
        return found;
    }

    @Override
    public Map<String, List<AppServer>> servers(String ownerId, Collection<String> appIds) {
        Map<String, List<AppServer>> byApp = new HashMap<>();
        Set<String> wanted = Set.copyOf(appIds);
        for (Map<String, Object> server : linkedTo("servers", ownerId, "applications", appIds)) {
            AppServer found = server(server);
            if (server.get(LINKED) instanceof List<?> linked) {
                linked.stream().map(String::valueOf).filter(wanted::contains).distinct()
                        .forEach(appId -> byApp.computeIfAbsent(appId, key -> new ArrayList<>()).add(found));
            }
        }
        return byApp;
    }

    private static List<String> dependencyIds(Map<String, Object> document) {
        List<String> ids = new ArrayList<>();
        if (document.get("deps") instanceof List<?> deps) {
            for (Object dep : deps) {
                if (dep instanceof Map<?, ?> target && target.get("_id") != null) {
                    ids.add(String.valueOf(target.get("_id")));
                }
            }
        }
        return ids;
    }

    /**
     * The owner's active records of {@code collection} whose {@code arrayField} refers to one of {@code ids}. The
     * references are compared as strings: server-app stores the ids a user picked as strings, discovery as ObjectIds,
     * and data-app turns every 24-hex value of an {@code _id} key of a query into an ObjectId.
     */
    private List<Map<String, Object>> linkedTo(String collection, String ownerId, String arrayField,
            Collection<String> ids) {
        Map<String, Object> toString = Map.of("$map", Map.of("input", Map.of("$ifNull", List.of("$" + arrayField,
                List.of())), "as", "ref", "in", Map.of("$toString", "$$ref._id")));
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("roles._id", ownerId);
        match.put("active", true);
        List<Map<String, Object>> pipeline = List.of(Map.of("$match", match),
                Map.of("$addFields", Map.of(LINKED, toString)),
                Map.of("$match", Map.of(LINKED, Map.of("$in", List.copyOf(ids)))));
        return dataApp.aggregate(new DataAppClient.Aggregation(collection, pipeline)).items();
    }

    private static Map<String, Object> owned(String ownerId, String field, Collection<String> ids) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("roles._id", ownerId);
        query.put("active", true);
        query.put(field, Map.of("$in", List.copyOf(ids)));
        return query;
    }

    private static AppNode node(Map<String, Object> document, boolean root) {
        Map<String, Object> datacenter = first(document.get("datacenters"));
        List<Map<String, Object>> systems = new ArrayList<>();
        Object system = document.get("system");
        if (system instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).map(DataAppBusinessInventory::asMap).forEach(systems::add);
        } else if (system instanceof Map<?, ?> one) {
            systems.add(asMap(one));
        }
        return new AppNode(String.valueOf(document.get("_id")), text(document.get("name")),
                text(document.get("family")), text(document.get("environment")), text(document.get("cluster")),
                text(document.get("language")), text(document.get("size")), text(datacenter.get("provider")),
                text(datacenter.get("name")), systems, root, List.of());
    }

    private static AppServer server(Map<String, Object> server) {
        Object os = server.get("os");
        String osName = os instanceof Map<?, ?> osMap ? text(osMap.get("base")) : text(os);
        return new AppServer(String.valueOf(server.get("_id")), text(server.get("hostname")),
                text(server.get("ipv4_private")), text(server.get("ipv4_public")), text(server.get("environment")),
                text(server.get("role")), osName, decimal(server.get("cpu")), decimal(server.get("memory")));
    }

    /** A datacenter field: one object or a list of them (the first). */
    private static Map<String, Object> first(Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> map) {
            return asMap(map);
        }
        return value instanceof Map<?, ?> map ? asMap(map) : Map.of();
    }

    private static Map<String, Object> asMap(Object value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((key, entry) -> copy.put(String.valueOf(key), entry));
        return copy;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static double decimal(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
