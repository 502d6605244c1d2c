package io.maestro.analytics.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the applications of a map on a grid of columns (how far from an entry point) and rows. The rules, in the
 * spirit of 0.6's grid orchestrator (docs/analytics.md):
 * <ol>
 * <li>A dependency that leads back to an application still being walked from an entry point closes a cycle: it is
 * drawn, but does not push its target to the right.</li>
 * <li>An application's column is its longest path from an entry point over the other dependencies, so that every
 * arrow but those of cycles points right and every column holds at least one application.</li>
 * <li>Applications are placed walking depth first from each entry point, in the order found: an application takes the
 * first free row of its column at or below the row of the application that led to it, so that a chain stays on one
 * row.</li>
 * <li>An application with two or more dependencies not yet placed is as tall as their number, so that they sit beside
 * it; it reserves those rows of its column.</li>
 * <li>Each entry point after the first starts below every row taken so far, so that two maps never interleave.</li>
 * </ol>
 * The walk keeps its own stack: a long chain does not exhaust the thread's.
 */
public final class GridLayout {

    private GridLayout() {
    }

    /**
     * Where an application sits.
     *
     * @param height the rows it takes, from {@code y} down
     */
    public record Cell(int x, int y, int height) {
    }

    /** The cells by application id, in placing order. */
    public record Layout(Map<String, Cell> cells, int columns, int rows, Set<DependencyEdge> cycleEdges) {

        public Cell cell(String appId) {
            return cells.get(appId);
        }

        /** How many applications each column holds, by column. */
        public Map<Integer, Integer> histogram() {
            Map<Integer, Integer> histogram = new LinkedHashMap<>();
            for (int x = 0; x < columns; x++) {
                histogram.put(x, 0);
            }
            cells.values().forEach(cell -> histogram.merge(cell.x(), 1, Integer::sum));
            return histogram;
        }
    }

    public static Layout place(DependencyGraph graph) {
        List<String> starts = startingPoints(graph);
        Set<DependencyEdge> cycleEdges = cycleEdges(graph, starts);
        Map<String, Integer> column = columns(graph, starts, cycleEdges);
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<Integer, Integer> nextFreeRow = new HashMap<>();
        for (String start : starts) {
            if (cells.containsKey(start)) {
                continue;
            }
            int band = nextFreeRow.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Deque<String[]> toPlace = new ArrayDeque<>();
            toPlace.push(new String[] {start, String.valueOf(band)});
            while (!toPlace.isEmpty()) {
                String[] next = toPlace.pop();
                String id = next[0];
                if (cells.containsKey(id)) {
                    continue;
                }
                int x = column.get(id);
                int y = Math.max(nextFreeRow.getOrDefault(x, 0), Integer.parseInt(next[1]));
                List<String> unplaced = graph.dependenciesOf(id).stream().filter(dep -> !cells.containsKey(dep)
                        && !id.equals(dep)).distinct().toList();
                int height = Math.max(1, unplaced.size());
                cells.put(id, new Cell(x, y, height));
                nextFreeRow.put(x, y + height);
                for (int i = unplaced.size() - 1; i >= 0; i--) {
                    toPlace.push(new String[] {unplaced.get(i), String.valueOf(y)});
                }
            }
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int rows = cells.values().stream().mapToInt(cell -> cell.y() + cell.height()).max().orElse(0);
        return new Layout(cells, columns, rows, cycleEdges);
    }

    /** The entry points, then any application no entry point leads to (a cycle of its own). */
    private static List<String> startingPoints(DependencyGraph graph) {
        List<String> starts = new ArrayList<>(graph.roots());
        Set<String> reached = new HashSet<>();
        walk(graph, starts, reached);
        for (AppNode app : graph.apps()) {
            if (!reached.contains(app.id())) {
                starts.add(app.id());
                walk(graph, List.of(app.id()), reached);
            }
        }
        return starts;
    }

    private static void walk(DependencyGraph graph, List<String> from, Set<String> reached) {
        Deque<String> toVisit = new ArrayDeque<>(from);
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            if (reached.add(id)) {
                graph.dependenciesOf(id).forEach(toVisit::push);
            }
        }
    }

    /** The dependencies that lead back to an application on the current walk from an entry point (depth first). */
    private static Set<DependencyEdge> cycleEdges(DependencyGraph graph, List<String> starts) {
        Set<DependencyEdge> cycles = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String start : starts) {
            if (done.contains(start)) {
                continue;
            }
            // each frame: the application and the index of its next dependency to follow
            Deque<Object[]> path = new ArrayDeque<>();
            path.push(new Object[] {start, 0});
            onPath.add(start);
            while (!path.isEmpty()) {
                Object[] frame = path.peek();
                String id = (String) frame[0];
                List<String> dependencies = graph.dependenciesOf(id);
                int index = (int) frame[1];
                if (index == dependencies.size()) {
                    path.pop();
                    onPath.remove(id);
                    done.add(id);
                    continue;
                }
                frame[1] = index + 1;
                String target = dependencies.get(index);
                if (onPath.contains(target)) {
                    cycles.add(graph.edge(id, target));
                } else if (!done.contains(target)) {
                    path.push(new Object[] {target, 0});
                    onPath.add(target);
                }
            }
        }
        return cycles;
    }

    /** The longest path from an entry point to each application, cycle edges left out (Kahn's order). */
    private static Map<String, Integer> columns(DependencyGraph graph, List<String> starts,
            Set<DependencyEdge> cycleEdges) {
        Map<String, Integer> incoming = new HashMap<>();
        graph.apps().forEach(app -> incoming.put(app.id(), 0));
        for (DependencyEdge edge : graph.edges()) {
            if (!cycleEdges.contains(edge)) {
                incoming.merge(edge.target(), 1, Integer::sum);
            }
        }
        Map<String, Integer> column = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (AppNode app : graph.apps()) {
            if (incoming.get(app.id()) == 0) {
                ready.add(app.id());
                column.put(app.id(), 0);
            }
        }
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (DependencyEdge edge : graph.edgesFrom(id)) {
                if (cycleEdges.contains(edge)) {
                    continue;
                }
                column.merge(edge.target(), column.get(id) + 1, Math::max);
                if (incoming.merge(edge.target(), -1, Integer::sum) == 0) {
                    ready.add(edge.target());
                }
            }
        }
        starts.forEach(start -> column.putIfAbsent(start, 0));
        return column;
    }

}
