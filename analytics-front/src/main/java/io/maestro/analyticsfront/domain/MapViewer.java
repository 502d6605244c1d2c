package io.maestro.analyticsfront.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The viewer page of a map (0.6: index.dust with jQuery): the SVG inline, the side panel's data as JSON, and a small
 * script of our own (zoom, pan, tooltips, an application's servers on click, downloads) with no library.
 */
public final class MapViewer {

    private static final String TEMPLATE = load();

    private MapViewer() {
    }

    /**
     * @param name        the graph's name
     * @param svg         the drawing (its XML declaration is dropped: the SVG sits inside HTML)
     * @param detailsJson the side panel's data: metrics, families, systems, clients, applications with servers
     */
    public static String render(String name, String svg, String detailsJson) {
        String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
        return TEMPLATE.replace("{{title}}", html(name))
                .replace("{{details}}", script(detailsJson))
                .replace("{{svg}}", inline);
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON inside {@code <script>}: no {@code <} can close the element early. */
    private static String script(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String load() {
        try (InputStream in = MapViewer.class.getResourceAsStream("/viewer/map.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The viewer template is missing", e);
        }
    }
}
