package io.maestro.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The SVG of a small map against a golden file of its structure (the ids and classes of its groups, boundaries,
 * tooltips, arrows and symbols, in document order), not its bytes: coordinates may move, the structure may not.
 */
class IsometricSvgTest {

    private static DependencyGraph smallMap() {
        return DependencyGraph.of(List.of(
                Maps.app("gw", "ApiGateway", true, List.of()),
                Maps.app("web", "Application", false, List.of(Maps.server("1", 2, 4), Maps.server("2", 16, 64))),
                Maps.app("db", "Database", false, List.of(Maps.server("3", 4, 16)))),
                List.of(new DependencyEdge("gw", "web", "https://web:443"),
                        new DependencyEdge("web", "db", "tcp://db:5432"),
                        new DependencyEdge("db", "web", null)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> structure(Document svg) throws Exception {
        NodeList elements = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@id or @class]", svg, XPathConstants.NODESET);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            StringBuilder line = new StringBuilder(element.getLocalName());
            if (element.hasAttribute("id")) {
                line.append('#').append(element.getAttribute("id"));
            }
            if (element.hasAttribute("class")) {
                line.append('.').append(element.getAttribute("class").replace(' ', '.'));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void theSvgOfASmallMapHasTheGoldenStructure() throws Exception {
        IsometricSvg.Drawing drawing = IsometricSvg.draw(smallMap(), GridLayout.place(smallMap()));

        List<String> golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/small-map.svg.structure")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(structure(parse(drawing.svg()))).containsExactlyElementsOf(golden);
    }

    @Test
    void everyApplicationHasABoundaryAHiddenTooltipAndEveryDependencyAnArrow() throws Exception {
        Document svg = parse(IsometricSvg.draw(smallMap(), GridLayout.place(smallMap())).svg());
        var xpath = XPathFactory.newInstance().newXPath();

        assertThat(xpath.evaluate("count(//*[@class='boundary'])", svg)).isEqualTo("3");
        assertThat(xpath.evaluate("//*[@id='tool-web']/@visibility", svg)).isEqualTo("hidden");
        assertThat(xpath.evaluate("string(//*[@id='tool-web'])", svg)).contains("app web", "Servers: 2",
                "Provider: AWS", "Family: Application");
        assertThat(xpath.evaluate("count(//*[local-name()='path'][contains(@class,'conn ')])", svg)).isEqualTo("3");
        assertThat(xpath.evaluate("count(//*[local-name()='path'][contains(@class,'cycle')])", svg)).isEqualTo("1");
        assertThat(xpath.evaluate("//*[local-name()='path'][@data-source='web']/@marker-end", svg))
                .isEqualTo("url(#arrow)");
        assertThat(xpath.evaluate("//*[contains(@class,'endpoint-web')]", svg)).isEqualTo("tcp://db:5432");
        // web runs on two servers: two symbols, the small one and the 8xlarge one
        assertThat(xpath.evaluate("count(//*[@data-app='web']/*[contains(@class,'server')])", svg)).isEqualTo("2");
        assertThat(xpath.evaluate("//*[@data-app='web']/*[contains(@class,'server')][2]/@class", svg))
                .isEqualTo("server size-8xlarge");
        assertThat(xpath.evaluate("//*[local-name()='g'][@data-app='gw']/@class", svg))
                .isEqualTo("node family-apigateway provider-aws root");
    }

    @Test
    void namesAreEscapedAndShortened() throws Exception {
        AppNode odd = new AppNode("x", "<b>\"Billing & invoicing\"</b>", "Database", null, null, null, null, null,
                null, List.of(), true, List.of());
        DependencyGraph graph = DependencyGraph.of(List.of(odd), List.of());

        Document svg = parse(IsometricSvg.draw(graph, GridLayout.place(graph)).svg());

        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//*[@class='label']", svg)).isEqualTo("<b>\"Billing &…");
        assertThat(xpath.evaluate("//*[@id='tool-x']/*[@class='title']", svg))
                .isEqualTo("<b>\"Billing & invoicing\"</b>");
        assertThat(xpath.evaluate("//*[@data-app='x']/@class", svg)).isEqualTo("node family-database "
                + "provider-premise root");
    }

    @Test
    void thePngIsRenderedFromTheSvg() throws IOException {
        IsometricSvg.Drawing drawing = IsometricSvg.draw(smallMap(), GridLayout.place(smallMap()));

        byte[] png = PngRenderer.render(drawing);

        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.round(drawing.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(drawing.height()));
    }
}
