package io.maestro.analytics.domain;

/**
 * The map as a draw.io file (mxGraph XML, uncompressed so that diagrams.net opens and edits it): one vertex per
 * application on the same grid (id = the application's id, filled with its provider's colour), one edge per
 * dependency labelled with its endpoint.
 */
public final class DrawioExport {

    private static final int COLUMN = 220;
    private static final int ROW = 90;
    private static final int WIDTH = 140;
    private static final int HEIGHT = 60;

    private DrawioExport() {
    }

    public static String of(String name, DependencyGraph graph, GridLayout.Layout layout) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<mxfile host=\"Maestro\"><diagram id=\"maestro-graph\" name=\"").append(Markup.xml(name))
                .append("\"><mxGraphModel grid=\"1\" gridSize=\"10\" arrows=\"1\"><root>"
                        + "<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
        for (AppNode app : graph.apps()) {
            GridLayout.Cell cell = layout.cell(app.id());
            Provider provider = Provider.of(app.provider());
            xml.append("<mxCell id=\"").append(app.id()).append("\" value=\"").append(Markup.xml(app.name()))
                    .append("\" tooltip=\"").append(Markup.xml(app.family() + " · " + app.servers().size()
                            + " servers")).append("\" style=\"rounded=1;whiteSpace=wrap;html=1;fillColor=")
                    .append(provider.top()).append(";strokeColor=").append(provider.side())
                    .append(";fontColor=#ffffff;").append(app.root() ? "strokeWidth=3;" : "")
                    .append("\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"").append(cell.x() * COLUMN)
                    .append("\" y=\"").append(cell.y() * ROW).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(HEIGHT + (cell.height() - 1) * ROW)
                    .append("\" as=\"geometry\"/></mxCell>");
        }
        int index = 0;
        for (DependencyEdge edge : graph.edges()) {
            xml.append("<mxCell id=\"edge-").append(index++).append("\" value=\"")
                    .append(Markup.xml(edge.endpoint())).append("\" style=\"edgeStyle=orthogonalEdgeStyle;rounded=1;"
                            + "html=1;endArrow=classic;").append(layout.cycleEdges().contains(edge) ? "dashed=1;" : "")
                    .append("\" edge=\"1\" parent=\"1\" source=\"").append(edge.source()).append("\" target=\"")
                    .append(edge.target()).append("\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>");
        }
        return xml.append("</root></mxGraphModel></diagram></mxfile>\n").toString();
    }
}
