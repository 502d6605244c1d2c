package io.maestro.analytics.domain;

/**
 * The map as Mermaid {@code flowchart} text: a node {@code a<id>} per application labelled with its name (and
 * family), a class per family, an arrow per dependency labelled with its endpoint. Quotes and characters Mermaid
 * reads as syntax are written as its entity codes.
 */
public final class MermaidExport {

    private MermaidExport() {
    }

    public static String of(DependencyGraph graph) {
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (AppNode app : graph.apps()) {
            text.append("  ").append(node(app.id())).append("[\"").append(label(app.name())).append("<br/><small>")
                    .append(label(app.family())).append("</small>\"]\n");
        }
        for (DependencyEdge edge : graph.edges()) {
            text.append("  ").append(node(edge.source()));
            if (edge.endpoint() != null && !edge.endpoint().isBlank()) {
                text.append(" -->|\"").append(label(edge.endpoint())).append("\"| ");
            } else {
                text.append(" --> ");
            }
            text.append(node(edge.target())).append('\n');
        }
        for (AppNode app : graph.apps()) {
            if (app.root()) {
                text.append("  class ").append(node(app.id())).append(" entry\n");
            }
        }
        text.append("  classDef entry stroke-width:3px\n");
        return text.toString();
    }

    /** A Mermaid node id: letters and digits only (an ObjectId is hex). */
    static String node(String appId) {
        return "a" + appId.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String label(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("#quot;");
                case '<' -> escaped.append("#lt;");
                case '>' -> escaped.append("#gt;");
                case '|' -> escaped.append("#124;");
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
