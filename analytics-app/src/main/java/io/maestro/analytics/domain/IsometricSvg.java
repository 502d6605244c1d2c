package io.maestro.analytics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a laid-out map as an isometric SVG (§7.1 draw.bussiness, our own symbols): per application a grid tile, a grey
 * footprint when it is taller than one row, an entry marker for entry points, its family's symbol (one per server for
 * the {@code application} and {@code cache} families, in a 1, 4 or 9 slot grid), a transparent boundary
 * {@code app-<id>} the viewer listens on, a label laid on the ground, and a hidden tooltip {@code tool-<id>}; the
 * dependencies as arrows grouped by columns ({@code conn-<x1>-<x2>}), classed {@code conn-<sourceId>}, each with its
 * hidden endpoint text. Colours come from CSS classes by provider.
 */
public final class IsometricSvg {

    /** A cell's width in the drawing's units (0.6: 100). */
    static final double CELL = 100;
    /** Distance between two columns: the cell and room for the arrows (0.6: ×1.9). */
    static final double COLUMN = CELL * 1.9;
    /** Distance between two rows. */
    static final double ROW = CELL * 1.2;
    private static final double COS30 = Math.cos(Math.toRadians(30));
    private static final double MARGIN = 40;
    private static final int LABEL_LENGTH = 14;

    private final StringBuilder body = new StringBuilder();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    private IsometricSvg() {
    }

    /** The SVG text and its size in pixels. */
    public record Drawing(String svg, double width, double height) {
    }

    public static Drawing draw(DependencyGraph graph, GridLayout.Layout layout) {
        return new IsometricSvg().render(graph, layout);
    }

    private Drawing render(DependencyGraph graph, GridLayout.Layout layout) {
        List<AppNode> apps = new ArrayList<>(graph.apps());
        // back to front: the painter's order of an isometric view
        apps.sort(Comparator.comparingDouble(app -> depth(layout.cell(app.id()))));
        body.append("<g class=\"tiles\">");
        apps.forEach(app -> tile(app, layout.cell(app.id())));
        body.append("</g>");
        edges(graph, layout);
        body.append("<g class=\"nodes\">");
        apps.forEach(app -> node(app, layout.cell(app.id())));
        body.append("</g><g class=\"tooltips\">");
        apps.forEach(app -> tooltip(app, layout.cell(app.id())));
        body.append("</g>");
        return document();
    }

    private static double depth(GridLayout.Cell cell) {
        return cell.x() * COLUMN + cell.y() * ROW;
    }

    private void tile(AppNode app, GridLayout.Cell cell) {
        double u0 = cell.x() * COLUMN;
        double v0 = cell.y() * ROW;
        double v1 = (cell.y() + cell.height() - 1) * ROW + CELL;
        if (cell.height() > 1) {
            body.append("<polyline class=\"footprint\" points=\"").append(points(u0 - 6, v0 - 6, 0, u0 + CELL + 6,
                    v0 - 6, 0, u0 + CELL + 6, v1 + 6, 0, u0 - 6, v1 + 6, 0, u0 - 6, v0 - 6, 0)).append("\"/>");
        }
        body.append("<polygon class=\"tile\" points=\"").append(points(u0, v0, 0, u0 + CELL, v0, 0, u0 + CELL,
                v0 + CELL, 0, u0, v0 + CELL, 0)).append("\"/>");
        if (app.root()) {
            body.append("<polygon class=\"entry\" points=\"").append(points(u0 - 30, v0 + 35, 0, u0 - 8, v0 + 50, 0,
                    u0 - 30, v0 + 65, 0)).append("\"/>");
        }
    }

    private void edges(DependencyGraph graph, GridLayout.Layout layout) {
        Map<String, List<DependencyEdge>> byColumns = new LinkedHashMap<>();
        for (DependencyEdge edge : graph.edges()) {
            GridLayout.Cell from = layout.cell(edge.source());
            GridLayout.Cell to = layout.cell(edge.target());
            byColumns.computeIfAbsent(from.x() + "-" + to.x(), key -> new ArrayList<>()).add(edge);
        }
        body.append("<g class=\"edges\">");
        byColumns.forEach((columns, edges) -> {
            body.append("<g id=\"conn-").append(columns).append("\" class=\"conn-group\">");
            for (DependencyEdge edge : edges) {
                edge(edge, layout.cell(edge.source()), layout.cell(edge.target()), layout.cycleEdges().contains(edge));
            }
            body.append("</g>");
        });
        body.append("</g>");
    }

    private void edge(DependencyEdge edge, GridLayout.Cell from, GridLayout.Cell to, boolean cycle) {
        double su = from.x() * COLUMN + CELL;
        double sv = from.y() * ROW + CELL / 2;
        double tu = to.x() * COLUMN;
        double tv = to.y() * ROW + CELL / 2;
        String path;
        double[] label;
        if (!cycle && to.x() > from.x()) {
            // along the ground: out of the source, across the gap, into the target
            double turn = tu - (COLUMN - CELL) / 2;
            path = "M" + point(su, sv, 0) + " L" + point(turn, sv, 0) + " L" + point(turn, tv, 0) + " L"
                    + point(tu, tv, 0);
            label = iso(turn, (sv + tv) / 2, 0);
        } else {
            // back to an earlier column (a cycle, or the application itself): an arc over the map
            double[] start = iso(su, sv, 0);
            double[] end = iso(tu, tv, 0);
            double[] control = iso((su + tu) / 2, Math.min(sv, tv) - ROW, 220);
            path = "M" + pair(start) + " Q" + pair(control) + " " + pair(end);
            include(control[0], control[1]);
            label = iso((su + tu) / 2, Math.min(sv, tv) - ROW / 2, 110);
        }
        body.append("<path class=\"conn conn-").append(edge.source()).append(cycle ? " cycle" : "")
                .append("\" data-source=\"").append(edge.source()).append("\" data-target=\"")
                .append(edge.target()).append("\" d=\"").append(path).append("\" marker-end=\"url(#arrow)\"/>");
        if (edge.endpoint() != null && !edge.endpoint().isBlank()) {
            body.append("<text class=\"endpoint endpoint-").append(edge.source()).append("\" x=\"")
                    .append(Markup.number(label[0])).append("\" y=\"").append(Markup.number(label[1]))
                    .append("\" visibility=\"hidden\">").append(Markup.xml(edge.endpoint())).append("</text>");
        }
    }

    private void node(AppNode app, GridLayout.Cell cell) {
        FamilySymbol symbol = FamilySymbol.of(app.family());
        Provider provider = Provider.of(app.provider());
        double cu = cell.x() * COLUMN + CELL / 2;
        double cv = cell.y() * ROW + CELL / 2;
        body.append("<g class=\"node ").append(symbol.cssClass()).append(' ').append(provider.cssClass())
                .append(app.root() ? " root" : "").append("\" data-app=\"").append(app.id()).append("\">");
        if (symbol.perServer() && !app.servers().isEmpty()) {
            int side = slotsPerSide(app.servers().size());
            double slot = CELL / side;
            List<AppServer> drawn = app.servers().subList(0, Math.min(app.servers().size(), side * side));
            for (int i = 0; i < drawn.size(); i++) {
                double su = cell.x() * COLUMN + slot * (i % side) + slot / 2;
                double sv = cell.y() * ROW + slot * (i / side) + slot / 2;
                SymbolSize size = SymbolSize.ofScore(drawn.get(i).score());
                body.append("<g class=\"server size-").append(size.label()).append("\">");
                parts(symbol, su, sv, slot * size.scale());
                body.append("</g>");
            }
        } else {
            SymbolSize size = SymbolSize.ofLabel(app.size());
            body.append("<g class=\"symbol size-").append(size.label()).append("\">");
            parts(symbol, cu, cv, CELL * size.scale());
            body.append("</g>");
        }
        double u0 = cell.x() * COLUMN;
        double v0 = cell.y() * ROW;
        double top = CELL * 1.1;
        body.append("<polygon class=\"boundary\" id=\"app-").append(app.id()).append("\" data-app=\"")
                .append(app.id()).append("\" points=\"").append(points(u0, v0 + CELL, 0, u0 + CELL, v0 + CELL, 0,
                        u0 + CELL, v0, 0, u0 + CELL, v0, top, u0, v0, top, u0, v0 + CELL, top)).append("\"/>");
        double[] at = iso(u0 + 4, v0 + CELL + 16, 0);
        body.append("<text class=\"label\" transform=\"matrix(").append(Markup.number(COS30)).append(" 0.5 ")
                .append(Markup.number(-COS30)).append(" 0.5 ").append(Markup.number(at[0])).append(' ')
                .append(Markup.number(at[1])).append(")\">").append(Markup.xml(label(app.name()))).append("</text>");
        body.append("</g>");
    }

    /** Slots per side of the server grid: 1, 2 or 3 (1, 4 or 9 servers drawn). */
    static int slotsPerSide(int servers) {
        return Math.max(1, Math.min(3, (int) Math.ceil(Math.sqrt(servers))));
    }

    private static String label(String name) {
        return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH - 1) + "…";
    }

    private void tooltip(AppNode app, GridLayout.Cell cell) {
        List<String> lines = new ArrayList<>();
        lines.add(app.name());
        lines.add("Datacenter: " + orDash(app.datacenter()));
        lines.add("Environment: " + orDash(app.environment()));
        lines.add("Family: " + app.family());
        lines.add("Provider: " + orDash(app.provider()));
        lines.add("Language: " + orDash(app.language()));
        lines.add("Cluster: " + orDash(app.cluster()));
        lines.add("Servers: " + app.servers().size());
        double[] at = iso(cell.x() * COLUMN + CELL, cell.y() * ROW, CELL * 1.4);
        double height = lines.size() * 17 + 12;
        include(at[0], at[1]);
        include(at[0] + 240, at[1] + height);
        body.append("<g id=\"tool-").append(app.id()).append("\" class=\"tooltip\" visibility=\"hidden\" "
                + "transform=\"translate(").append(Markup.number(at[0])).append(' ').append(Markup.number(at[1]))
                .append(")\"><rect width=\"240\" height=\"").append(Markup.number(height)).append("\" rx=\"4\"/>");
        for (int i = 0; i < lines.size(); i++) {
            body.append("<text x=\"10\" y=\"").append(20 + i * 17).append('"').append(i == 0 ? " class=\"title\"" : "")
                    .append('>').append(Markup.xml(lines.get(i))).append("</text>");
        }
        body.append("</g>");
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private void parts(FamilySymbol symbol, double cu, double cv, double scale) {
        for (FamilySymbol.Part part : symbol.parts()) {
            double u = cu + part.u() * scale;
            double v = cv + part.v() * scale;
            double z = part.z() * scale;
            double w = part.w() * scale;
            double d = part.d() * scale;
            double h = part.h() * scale;
            switch (part.kind()) {
                case BOX -> box(u, v, z, w, d, h);
                case CYLINDER -> cylinder(u, v, z, w, h);
                case PYRAMID -> pyramid(u, v, z, w, h);
            }
        }
    }

    private void box(double u, double v, double z, double w, double d, double h) {
        double u0 = u - w / 2;
        double u1 = u + w / 2;
        double v0 = v - d / 2;
        double v1 = v + d / 2;
        polygon("side dark", u0, v1, z, u1, v1, z, u1, v1, z + h, u0, v1, z + h);
        polygon("side", u1, v0, z, u1, v1, z, u1, v1, z + h, u1, v0, z + h);
        polygon("top", u0, v0, z + h, u1, v0, z + h, u1, v1, z + h, u0, v1, z + h);
    }

    private void cylinder(double u, double v, double z, double r, double h) {
        double[] base = iso(u, v, z);
        double rx = r * Math.sqrt(2) * COS30;
        double ry = r * Math.sqrt(2) * 0.5;
        include(base[0] - rx, base[1] - h - ry);
        include(base[0] + rx, base[1] + ry);
        body.append("<ellipse class=\"side dark\" cx=\"").append(Markup.number(base[0])).append("\" cy=\"")
                .append(Markup.number(base[1])).append("\" rx=\"").append(Markup.number(rx)).append("\" ry=\"")
                .append(Markup.number(ry)).append("\"/>");
        body.append("<rect class=\"side\" x=\"").append(Markup.number(base[0] - rx)).append("\" y=\"")
                .append(Markup.number(base[1] - h)).append("\" width=\"").append(Markup.number(2 * rx))
                .append("\" height=\"").append(Markup.number(h)).append("\"/>");
        body.append("<ellipse class=\"top\" cx=\"").append(Markup.number(base[0])).append("\" cy=\"")
                .append(Markup.number(base[1] - h)).append("\" rx=\"").append(Markup.number(rx)).append("\" ry=\"")
                .append(Markup.number(ry)).append("\"/>");
    }

    private void pyramid(double u, double v, double z, double w, double h) {
        double u0 = u - w / 2;
        double u1 = u + w / 2;
        double v0 = v - w / 2;
        double v1 = v + w / 2;
        polygon("side dark", u0, v1, z, u1, v1, z, u, v, z + h);
        polygon("top", u1, v0, z, u1, v1, z, u, v, z + h);
    }

    private void polygon(String cssClass, double... uvz) {
        body.append("<polygon class=\"").append(cssClass).append("\" points=\"").append(points(uvz)).append("\"/>");
    }

    /** {@code u, v, z} triples as the SVG points they project to. */
    private String points(double... uvz) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < uvz.length; i += 3) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(point(uvz[i], uvz[i + 1], uvz[i + 2]));
        }
        return points.toString();
    }

    private String point(double u, double v, double z) {
        return pair(iso(u, v, z));
    }

    private static String pair(double[] xy) {
        return Markup.number(xy[0]) + "," + Markup.number(xy[1]);
    }

    /** The isometric projection: columns run down to the right, rows down to the left, {@code z} up. */
    private double[] iso(double u, double v, double z) {
        double x = (u - v) * COS30;
        double y = (u + v) * 0.5 - z;
        include(x, y);
        return new double[] {x, y};
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    private Drawing document() {
        if (minX > maxX) {
            include(0, 0);
        }
        double x = minX - MARGIN;
        double y = minY - MARGIN;
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(body.length() + 4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"maestro-graph\" width=\"").append(Markup.number(width)).append("\" height=\"")
                .append(Markup.number(height)).append("\" viewBox=\"").append(Markup.number(x)).append(' ')
                .append(Markup.number(y)).append(' ').append(Markup.number(width)).append(' ')
                .append(Markup.number(height)).append("\">");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" "
                + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker>"
                + "<filter id=\"darker\"><feComponentTransfer><feFuncR type=\"linear\" slope=\"0.6\"/>"
                + "<feFuncG type=\"linear\" slope=\"0.6\"/><feFuncB type=\"linear\" slope=\"0.6\"/>"
                + "</feComponentTransfer></filter>"
                + "<filter id=\"brightness\"><feComponentTransfer><feFuncR type=\"linear\" slope=\"1.3\"/>"
                + "<feFuncG type=\"linear\" slope=\"1.3\"/><feFuncB type=\"linear\" slope=\"1.3\"/>"
                + "</feComponentTransfer></filter><style type=\"text/css\"><![CDATA[").append(css())
                .append("]]></style></defs>");
        svg.append(body).append("</svg>\n");
        return new Drawing(svg.toString(), width, height);
    }

    private static String css() {
        StringBuilder css = new StringBuilder(".maestro-graph{font-family:sans-serif}"
                + ".tile{fill:#9fb4c7;fill-opacity:0.4;stroke:#7a8fa3;stroke-width:0.5}"
                + ".footprint{fill:#ccc;fill-opacity:0.2;stroke:#ccc}"
                + ".entry{fill:#2e9e5b}"
                + ".dark{filter:url(#darker)}"
                + ".top,.side{stroke:#333;stroke-width:0.4;stroke-linejoin:round}"
                + ".boundary{fill:#fff;fill-opacity:0;stroke:none;cursor:pointer}"
                + ".label{font-size:16px;fill:#333}"
                + ".conn{fill:none;stroke:#777;stroke-width:1.5}"
                + ".conn.cycle{stroke-dasharray:6 4}"
                + ".endpoint{font-size:11px;fill:#555}"
                + ".tooltip rect{fill:#fff;stroke:#555;fill-opacity:0.95}"
                + ".tooltip text{font-size:13px;fill:#222}.tooltip .title{font-weight:bold}");
        for (Provider provider : Provider.values()) {
            css.append('.').append(provider.cssClass()).append(" .top{fill:").append(provider.top()).append('}')
                    .append('.').append(provider.cssClass()).append(" .side{fill:").append(provider.side())
                    .append('}');
        }
        return css.toString();
    }
}
