package io.maestro.analytics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Maps drawn through analytics-app's API, the machine's RabbitMQ and data-app, handed to a played analytics-front. */
class AnalyticsEndToEndTest {

    private static final ObjectId OWNER = new ObjectId();
    private static final ObjectId STRANGER = new ObjectId();
    private static AnalyticsServices services;
    private static ObjectId client;
    private static ObjectId shop;
    private static ObjectId gateway;
    private static ObjectId web;
    private static ObjectId db;
    private static ObjectId foreign;
    private static ObjectId noEntrySystem;
    private static ObjectId cdn;

    @BeforeAll
    static void start() {
        services = new AnalyticsServices();
        client = services.store("clients", OWNER, new Document("name", "Acme"));
        shop = new ObjectId();
        gateway = new ObjectId();
        web = new ObjectId();
        db = new ObjectId();
        foreign = new ObjectId();
        Document aws = new Document("name", "dc-1").append("provider", "AWS");
        services.store("systems", OWNER, new Document("_id", shop).append("name", "Shop")
                .append("clients", List.of(new Document("_id", client).append("name", "Acme")))
                .append("entry", List.of(new Document("_id", gateway).append("name", "gateway"))));
        services.store("applications", OWNER, new Document("_id", gateway).append("name", "gateway")
                .append("family", "ApiGateway").append("datacenters", aws)
                .append("system", List.of(new Document("_id", shop).append("name", "Shop")))
                .append("deps", List.of(new Document("_id", web).append("endpoint", "https://web:443"))));
        services.store("applications", OWNER, new Document("_id", web).append("name", "web").append("family",
                "Application").append("datacenters", aws)
                .append("deps", List.of(new Document("_id", db).append("endpoint", "tcp://db:5432"),
                        new Document("_id", foreign))));
        // db calls web back: a cycle, drawn once
        services.store("applications", OWNER, new Document("_id", db).append("name", "db").append("family", "Database")
                .append("deps", List.of(new Document("_id", web))));
        services.store("applications", STRANGER, new Document("_id", foreign).append("name", "someone else's"));
        services.store("servers", OWNER, new Document("hostname", "web-1").append("cpu", 2).append("memory", 4)
                .append("applications", List.of(new Document("_id", web).append("name", "web"))));
        services.store("servers", OWNER, new Document("hostname", "web-2").append("cpu", 16).append("memory", 64)
                .append("applications", List.of(new Document("_id", web).append("name", "web"))));
        services.store("servers", STRANGER, new Document("hostname", "spy").append("applications",
                List.of(new Document("_id", web))));
        noEntrySystem = new ObjectId();
        cdn = new ObjectId();
        services.store("systems", OWNER, new Document("_id", noEntrySystem).append("name", "Blog"));
        services.store("applications", OWNER, new Document("_id", cdn).append("name", "cdn").append("family", "CDN")
                .append("system", List.of(new Document("_id", noEntrySystem))));
        services.store("applications", OWNER, new Document("name", "blog-db").append("family", "Database")
                .append("system", List.of(new Document("_id", noEntrySystem))));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static ObjectId graph(String name) {
        return services.store("graphs", OWNER, new Document("name", name).append("type", "bussiness")
                .append("status", "process"));
    }

    private static Map<String, Object> request(ObjectId graph, String tab, ObjectId... ids) {
        return Map.of("_id", graph.toHexString(), "owner_id", OWNER.toHexString(), "type", "bussiness",
                tab, AnalyticsServices.refs(ids).stream().map(ref -> Map.of("_id", ref.getObjectId("_id")
                        .toHexString())).toList());
    }

    private static JsonNode sentToFront(ObjectId graph) throws InterruptedException {
        LoggedRequest sent = AnalyticsServices.eventually(() -> services.front().findAll(
                postRequestedFor(urlPathEqualTo("/graphs")).withRequestBody(containing(graph.toHexString())))
                .stream().findFirst().orElse(null), Duration.ofSeconds(60), "the map of " + graph);
        return AnalyticsServices.JSON.readTree(sent.getBodyAsString());
    }

    @Test
    void aMapFromAClientFollowsTheOwnersDependenciesAndIsHandedToTheFront() throws Exception {
        ObjectId graph = graph("Acme map");

        HttpResponse<String> queued = services.startGraph(request(graph, "clients", client));

        assertThat(queued.statusCode()).isEqualTo(201);
        assertThat(AnalyticsServices.JSON.readTree(queued.body()).path("_id").asString())
                .isEqualTo(graph.toHexString());
        JsonNode sent = sentToFront(graph);
        assertThat(sent.path("owner_id").asString()).isEqualTo(OWNER.toHexString());
        assertThat(sent.path("total").asInt()).isEqualTo(3);
        String svg = sent.path("svg").asString();
        assertThat(svg).contains("id=\"tool-" + gateway.toHexString() + "\"", "id=\"app-" + web.toHexString() + "\"",
                "id=\"tool-" + db.toHexString() + "\"", "tcp://db:5432").doesNotContain(foreign.toHexString());
        assertThat(svg).as("the cycle db → web is drawn").contains("conn-" + db.toHexString() + " cycle");
        byte[] png = Base64.getDecoder().decode(sent.path("png").asString());
        assertThat(new String(png, 1, 3)).isEqualTo("PNG");
        assertThat(sent.path("drawio").asString()).startsWith("<?xml").contains("<mxfile");
        assertThat(sent.path("mermaid").asString()).startsWith("flowchart LR")
                .contains("a" + gateway.toHexString() + " -->|\"https://web:443\"| a" + web.toHexString());
        JsonNode webDetails = null;
        for (JsonNode app : sent.path("details").path("apps")) {
            if (app.path("_id").asString().equals(web.toHexString())) {
                webDetails = app;
            }
        }
        assertThat(webDetails).isNotNull();
        assertThat(webDetails.path("servers")).extracting(server -> server.path("hostname").asString())
                .containsExactlyInAnyOrder("web-1", "web-2");

        Document record = services.inventory().findById(graph, Document.class, "graphs");
        Document info = record.get("info", Document.class);
        assertThat(info.getInteger("conections")).isEqualTo(3);
        assertThat(info.get("histograms", Document.class)).containsEntry("0", 1).containsEntry("1", 1)
                .containsEntry("2", 1);
        assertThat(record.get("ifamilies", Document.class).getInteger("total")).isEqualTo(3);
        assertThat(record.get("iservers", Document.class).getInteger("total")).isEqualTo(2);
        assertThat(record.get("iclients", Document.class).getList("items", Document.class))
                .extracting(item -> item.getString("name")).containsExactly("Acme");
        services.websocketApp().verify(postRequestedFor(urlPathEqualTo("/api"))
                .withRequestBody(containing("analytics-" + graph.toHexString())));
    }

    @Test
    void aSystemWithoutEntryStartsFromItsFamiliesClosestToTheUser() throws Exception {
        ObjectId graph = graph("Blog map");

        services.startGraph(request(graph, "systems", noEntrySystem));

        JsonNode sent = sentToFront(graph);
        assertThat(sent.path("details").path("apps")).extracting(app -> app.path("name").asString()
                + (app.path("root").asBoolean() ? " (entry)" : "")).contains("cdn (entry)");
    }

    @Test
    void anApplicationTheOwnerDoesNotHaveIsAnEmptyMap() throws Exception {
        ObjectId graph = graph("Foreign map");

        services.startGraph(request(graph, "apps", foreign));

        Document ended = AnalyticsServices.eventually(() -> {
            Document record = services.inventory().findById(graph, Document.class, "graphs");
            return "process".equals(record.getString("status")) ? null : record;
        }, Duration.ofSeconds(60), "the graph to end");
        assertThat(ended.getString("status")).isEqualTo("warning");
        assertThat(ended.getString("msg")).isEqualTo("Empty dependencies");
    }

    @Test
    void anInfraMapOrAMissingFieldIsRefusedBeforeAnythingIsQueued() throws Exception {
        HttpResponse<String> infra = services.startGraph(Map.of("_id", new ObjectId().toHexString(), "owner_id",
                OWNER.toHexString(), "type", "infra", "apps", List.of(Map.of("_id", web.toHexString()))));
        HttpResponse<String> missing = services.startGraph(Map.of("type", "bussiness", "apps", List.of(Map.of(
                "_id", "nope"))));

        assertThat(infra.statusCode()).isEqualTo(422);
        assertThat(infra.body()).contains("infra maps are not supported");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("_id", "owner_id", "apps.0._id");
    }

    /** A list sent as something else is named as such, not reported as "one of clients, systems or apps" missing. */
    @Test
    void aListThatIsNoListIsRefusedNamingIt() throws Exception {
        HttpResponse<String> notAList = services.startGraph(Map.of("_id", new ObjectId().toHexString(), "owner_id",
                OWNER.toHexString(), "type", "bussiness", "apps", web.toHexString()));

        assertThat(notAList.statusCode()).isEqualTo(422);
        assertThat(notAList.body()).contains("must be an array", "\"path\":[\"apps\"]").doesNotContain("clients");
    }

    @Test
    void aFrontThatIsDownLeavesTheGraphInErrorNamingTheStep() throws Exception {
        ObjectId graph = graph("Unlucky map");
        services.front().stubFor(post(urlPathEqualTo("/graphs")).withRequestBody(containing(graph.toHexString()))
                .willReturn(aResponse().withStatus(503)));

        services.startGraph(request(graph, "apps", web));

        Document ended = AnalyticsServices.eventually(() -> {
            Document record = services.inventory().findById(graph, Document.class, "graphs");
            return "error".equals(record.getString("status")) ? record : null;
        }, Duration.ofSeconds(60), "the graph to fail");
        assertThat(ended.getString("msg")).startsWith("Hand-off to analytics-front failed: ")
                .contains("analytics-front");
        services.front().stubFor(post(urlPathEqualTo("/graphs")).willReturn(okJson("{}")));
    }
}
