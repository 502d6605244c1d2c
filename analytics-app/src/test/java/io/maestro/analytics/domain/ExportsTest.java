package io.maestro.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The draw.io and Mermaid exports read back into the same applications and dependencies. */
class ExportsTest {

    private static final DependencyGraph MAP = DependencyGraph.of(List.of(
            Maps.app("gw", "ApiGateway", true, List.of()),
            new AppNode("web", "Web \"shop\" | <front>", "Application", null, null, null, null, "Azure", null,
                    List.of(), false, List.of()),
            Maps.app("db", "Database", false, List.of())),
            List.of(new DependencyEdge("gw", "web", "https://web:443"),
                    new DependencyEdge("web", "db", null),
                    new DependencyEdge("db", "web", "a|b")));

    @Test
    void theDrawioFileHoldsTheSameNodesAndEdges() throws Exception {
        Document drawio = IsometricSvgTest.parse(DrawioExport.of("Shop", MAP, GridLayout.place(MAP)));

        Map<String, String> vertices = new LinkedHashMap<>();
        List<String> edges = new ArrayList<>();
        NodeList cells = drawio.getElementsByTagName("mxCell");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if ("1".equals(cell.getAttribute("vertex"))) {
                vertices.put(cell.getAttribute("id"), cell.getAttribute("value"));
                assertThat(cell.getElementsByTagName("mxGeometry").getLength()).isEqualTo(1);
            } else if ("1".equals(cell.getAttribute("edge"))) {
                edges.add(cell.getAttribute("source") + ">" + cell.getAttribute("target") + ":"
                        + cell.getAttribute("value"));
            }
        }

        assertThat(drawio.getDocumentElement().getTagName()).isEqualTo("mxfile");
        assertThat(vertices).containsExactlyInAnyOrderEntriesOf(Map.of("gw", "app gw", "web", "Web \"shop\" | <front>",
                "db", "app db"));
        assertThat(edges).containsExactlyInAnyOrder("gw>web:https://web:443", "web>db:", "db>web:a|b");
    }

    @Test
    void theMermaidFlowchartHoldsTheSameNodesAndEdges() {
        String mermaid = MermaidExport.of(MAP);

        Map<String, String> nodes = new LinkedHashMap<>();
        Matcher node = Pattern.compile("^  (a\\w+)\\[\"(.*?)<br/>", Pattern.MULTILINE).matcher(mermaid);
        while (node.find()) {
            nodes.put(node.group(1), node.group(2));
        }
        List<String> edges = new ArrayList<>();
        Matcher edge = Pattern.compile("^  (a\\w+) -->(?:\\|\"(.*?)\"\\|)? (a\\w+)$", Pattern.MULTILINE)
                .matcher(mermaid);
        while (edge.find()) {
            edges.add(edge.group(1) + ">" + edge.group(3) + ":" + (edge.group(2) == null ? "" : edge.group(2)));
        }

        assertThat(mermaid).startsWith("flowchart LR\n").contains("class agw entry");
        assertThat(nodes).containsExactlyInAnyOrderEntriesOf(Map.of("agw", "app gw",
                "aweb", "Web #quot;shop#quot; #124; #lt;front#gt;", "adb", "app db"));
        assertThat(edges).containsExactlyInAnyOrder("agw>aweb:https://web:443", "aweb>adb:", "adb>aweb:a#124;b");
    }
}
