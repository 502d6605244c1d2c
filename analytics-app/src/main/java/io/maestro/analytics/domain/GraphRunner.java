package io.maestro.analytics.domain;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.messaging.StripedLocks;
import io.maestro.common.notify.Notice;
import io.maestro.common.notify.NotificationClient;
import io.maestro.common.web.MaestroException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Draws one map (0.6 contract §7.1), step by step: entry points, dependency lookup, graph and grid layout, metrics
 * (written to the record), enrichment with servers, drawing (SVG, PNG, draw.io, Mermaid) and hand-off to
 * analytics-front, which marks the graph {@code finished}. The owner's dashboards are told either way
 * ({@code analytics-update}, {@code analytics-<id>}). A step that fails (a peer down) leaves {@code status:"error"}
 * and a message naming the step on the record and is thrown again, so that the queue tries the map again; a map with
 * nothing to draw is a {@code warning} (0.6: "Empty entry point", "Empty dependencies") and is not tried again.
 */
@Service
public class GraphRunner {

    private static final Logger log = LoggerFactory.getLogger(GraphRunner.class);

    private final BusinessInventory inventory;
    private final GraphRecords records;
    private final MapArtifacts artifacts;
    private final NotificationClient notifications;
    private final int maxDepth;
    private final StripedLocks runsOfOneGraph = new StripedLocks(64);

    public GraphRunner(BusinessInventory inventory, GraphRecords records, MapArtifacts artifacts,
            NotificationClient notifications, AnalyticsProperties properties) {
        this.inventory = inventory;
        this.records = records;
        this.artifacts = artifacts;
        this.notifications = notifications;
        this.maxDepth = properties.maxDepth();
    }

    public void run(GraphJob job) {
        Lock lock = runsOfOneGraph.of(job.graphId());
        lock.lock();
        try {
            int total = draw(job);
            notify(job, Notice.success("Finish Graph", "The map is drawn: " + total + " applications"));
        } catch (MapNotDrawn empty) {
            end(job, empty.status(), empty.getMessage());
        } catch (StepFailed failed) {
            end(job, "error", failed.getMessage());
            throw failed;
        } finally {
            lock.unlock();
        }
    }

    private int draw(GraphJob job) {
        long started = System.nanoTime();
        List<Map<String, Object>> systems = step("Entry points", () -> systems(job));
        List<String> entries = step("Entry points", () -> entries(job, systems));
        BusinessInventory.Lookup lookup = step("Dependency lookup",
                () -> inventory.dependencies(job.ownerId(), entries, maxDepth));
        if (lookup.apps().isEmpty()) {
            throw new MapNotDrawn("warning", "Empty dependencies");
        }
        long looked = System.nanoTime();
        DependencyGraph found = DependencyGraph.of(lookup.apps(), lookup.dependencies());
        GridLayout.Layout layout = GridLayout.place(found);
        long laidOut = System.nanoTime();
        Map<String, List<AppServer>> servers = step("Servers",
                () -> inventory.servers(job.ownerId(), found.apps().stream().map(AppNode::id).toList()));
        DependencyGraph graph = found.map(app -> app.withServers(servers.getOrDefault(app.id(), List.of())));
        GraphMetrics metrics = GraphMetrics.of(graph, layout, clients(systems));
        Map<String, Object> fields = metrics.recordFields();
        step("Metrics", () -> {
            records.update(job.graphId(), fields);
            return null;
        });
        IsometricSvg.Drawing drawing = IsometricSvg.draw(graph, layout);
        String name = step("Metrics", () -> records.find(job.graphId()).map(record -> String.valueOf(record.get("name")))
                .orElse("map"));
        String drawio = DrawioExport.of(name, graph, layout);
        String mermaid = MermaidExport.of(graph);
        long drawn = System.nanoTime();
        byte[] png = step("PNG", () -> PngRenderer.render(drawing));
        long rendered = System.nanoTime();
        step("Hand-off to analytics-front", () -> {
            artifacts.send(job, graph.size(), drawing, png, drawio, mermaid, details(graph, fields));
            return null;
        });
        log.info("Graph {}: {} applications, {} dependencies; lookup {} ms, layout {} ms, drawing {} ms, PNG {} ms, "
                + "SVG {} bytes, total {} ms", job.graphId(), graph.size(), graph.edges().size(), ms(started, looked),
                ms(looked, laidOut), ms(laidOut, drawn), ms(drawn, rendered), drawing.svg().length(),
                ms(started, System.nanoTime()));
        return graph.size();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<Map<String, Object>> systems(GraphJob job) {
        return switch (job.tab()) {
            case GraphJob.CLIENTS -> inventory.systemsOfClients(job.ownerId(), job.ids());
            case GraphJob.SYSTEMS -> inventory.systems(job.ownerId(), job.ids());
            default -> List.of();
        };
    }

    private List<String> entries(GraphJob job, List<Map<String, Object>> systems) {
        if (GraphJob.APPS.equals(job.tab())) {
            return job.ids();
        }
        if (systems.isEmpty()) {
            throw new MapNotDrawn("warning", "No systems found for the chosen " + job.tab());
        }
        List<String> entries = new ArrayList<>(EntryPoints.declared(systems));
        List<String> withoutEntry = EntryPoints.withoutEntry(systems);
        if (!withoutEntry.isEmpty()) {
            EntryPoints.byFamily(inventory.applicationsOfSystems(job.ownerId(), withoutEntry)).stream()
                    .filter(id -> !entries.contains(id)).forEach(entries::add);
        }
        if (entries.isEmpty()) {
            throw new MapNotDrawn("warning", "Empty entry point");
        }
        return entries;
    }

    /** The clients of the systems the map starts from, for {@code iclients}. */
    private static List<Map<String, Object>> clients(List<Map<String, Object>> systems) {
        List<Map<String, Object>> clients = new ArrayList<>();
        for (Map<String, Object> system : systems) {
            if (system.get("clients") instanceof List<?> served) {
                for (Object client : served) {
                    if (client instanceof Map<?, ?> map) {
                        Map<String, Object> copy = new LinkedHashMap<>();
                        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
                        clients.add(copy);
                    }
                }
            }
        }
        return clients;
    }

    /** The viewer's side panel and server lists: each application with its servers, and the metrics. */
    private static Map<String, Object> details(DependencyGraph graph, Map<String, Object> metrics) {
        List<Map<String, Object>> apps = new ArrayList<>();
        for (AppNode app : graph.apps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("_id", app.id());
            entry.put("name", app.name());
            entry.put("family", app.family());
            entry.put("environment", app.environment());
            entry.put("provider", app.provider());
            entry.put("root", app.root());
            List<Map<String, Object>> servers = new ArrayList<>();
            for (AppServer server : app.servers()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("_id", server.id());
                row.put("hostname", server.hostname());
                row.put("ipv4_private", server.ipv4Private());
                row.put("ipv4_public", server.ipv4Public());
                row.put("environment", server.environment());
                row.put("role", server.role());
                row.put("os", server.os());
                row.put("cpu", server.cpu());
                row.put("memory", server.memory());
                servers.add(row);
            }
            entry.put("servers", servers);
            apps.add(entry);
        }
        Map<String, Object> details = new LinkedHashMap<>(metrics);
        details.put("apps", apps);
        return details;
    }

    private void end(GraphJob job, String status, String msg) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("msg", msg);
        try {
            records.update(job.graphId(), fields);
        } catch (RuntimeException unreachable) {
            log.warn("Graph {}: status {} not stored: {}", job.graphId(), status, unreachable.toString());
        }
        notify(job, "warning".equals(status) ? Notice.warning("Graph", msg) : Notice.danger("Graph", msg));
    }

    private void notify(GraphJob job, Notice notice) {
        notifications.publish(job.ownerId(), notice, List.of("analytics-update", "analytics-" + job.graphId()));
    }

    private static <T> T step(String name, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (MapNotDrawn empty) {
            throw empty;
        } catch (RuntimeException failed) {
            log.warn("Graph step {} failed: {}", name, failed.toString());
            throw new StepFailed(name + " failed: " + reason(failed), failed);
        }
    }

    /** What the owner reads on the record: the peer's or the store's words, never a class name. */
    private static String reason(RuntimeException failed) {
        if (failed instanceof PeerCallException peer) {
            return peer.describe();
        }
        if (failed instanceof MaestroException maestro) {
            return String.valueOf(maestro.detail());
        }
        return "an internal error occurred";
    }

    /** A step that failed: tried again by the queue. */
    static final class StepFailed extends RuntimeException {

        StepFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
