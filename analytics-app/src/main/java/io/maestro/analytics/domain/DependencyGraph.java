package io.maestro.analytics.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The applications of a map and their dependencies, in the order they were found: entry points first. Cycles and
 * self-dependencies are kept (they are drawn); a dependency on an application the lookup did not return (another
 * owner's, or deeper than the lookup goes) is left out.
 */
public final class DependencyGraph {

    private final Map<String, AppNode> nodes;
    private final Graph<String, DependencyEdge> graph;

    private DependencyGraph(Map<String, AppNode> nodes, Graph<String, DependencyEdge> graph) {
        this.nodes = nodes;
        this.graph = graph;
    }

    /** A graph of {@code apps} and the dependencies between them. */
    public static DependencyGraph of(Collection<AppNode> apps, Collection<DependencyEdge> dependencies) {
        Map<String, AppNode> nodes = new LinkedHashMap<>();
        Graph<String, DependencyEdge> graph = new DefaultDirectedGraph<>(null, null, false);
        for (AppNode app : apps) {
            AppNode known = nodes.get(app.id());
            nodes.put(app.id(), known != null && known.root() ? known : app);
            graph.addVertex(app.id());
        }
        for (DependencyEdge dependency : dependencies) {
            if (graph.containsVertex(dependency.source()) && graph.containsVertex(dependency.target())
                    && !graph.containsEdge(dependency.source(), dependency.target())) {
                graph.addEdge(dependency.source(), dependency.target(), dependency);
            }
        }
        return new DependencyGraph(nodes, graph);
    }

    public List<AppNode> apps() {
        return List.copyOf(nodes.values());
    }

    public AppNode app(String id) {
        return nodes.get(id);
    }

    /** The entry points in the order they were found; none marked: the first application. */
    public List<String> roots() {
        List<String> roots = nodes.values().stream().filter(AppNode::root).map(AppNode::id).toList();
        return roots.isEmpty() && !nodes.isEmpty() ? List.of(nodes.keySet().iterator().next()) : roots;
    }

    /** {@code id}'s dependencies, in the order they were found. */
    public List<String> dependenciesOf(String id) {
        List<String> targets = new ArrayList<>();
        for (DependencyEdge edge : graph.outgoingEdgesOf(id)) {
            targets.add(edge.target());
        }
        return targets;
    }

    /** {@code id}'s dependencies as edges, in the order they were found. */
    public List<DependencyEdge> edgesFrom(String id) {
        return List.copyOf(graph.outgoingEdgesOf(id));
    }

    public DependencyEdge edge(String source, String target) {
        return graph.getEdge(source, target);
    }

    public List<DependencyEdge> edges() {
        return List.copyOf(graph.edgeSet());
    }

    public int size() {
        return nodes.size();
    }

    /** The same graph with each application replaced by {@code enrich}'s answer (its servers attached). */
    public DependencyGraph map(Function<AppNode, AppNode> enrich) {
        Map<String, AppNode> enriched = new LinkedHashMap<>();
        nodes.forEach((id, app) -> enriched.put(id, enrich.apply(app)));
        return new DependencyGraph(enriched, graph);
    }
}
