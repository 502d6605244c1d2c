package io.maestro.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** Reports made through reports-app's API on the machine's RabbitMQ, read back in every format. */
class ReportsEndToEndTest {

    private static final ObjectId OWNER = new ObjectId();
    private static final ObjectId STRANGER = new ObjectId();
    private static ReportServices services;

    @BeforeAll
    static void start() {
        // two rows a batch: a report of three rows or more is read and stored in several
        services = new ReportServices("--maestro.reports.insert-qtd=2");
        services.store("servers", OWNER, new Document("hostname", "web-1").append("provider", "AWS")
                .append("ipv4_private", "10.0.0.1").append("os", new Document("base", "Linux"))
                .append("auth", List.of(new Document("username", "ubuntu"))));
        services.store("servers", OWNER, new Document("hostname", "web-2").append("provider", "Azure")
                .append("ipv4_private", "10.0.0.2").append("os", new Document("base", "Linux")));
        services.store("servers", OWNER, new Document("hostname", "db-1").append("provider", "AWS"));
        services.store("servers", STRANGER, new Document("hostname", "web-9").append("provider", "AWS"));
        services.store("servers", STRANGER, new Document("hostname", "web-shared").append("provider", "GCP"), OWNER);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static ObjectId reportRecord(String name, String report) {
        return services.store("reports", OWNER, new Document("name", name).append("report", report)
                .append("status", "process"));
    }

    private static List<Map<String, Object>> webFilter() {
        return List.of(Map.of("field", "hostname", "filter", "web", "comparer", "contain", "typ", "string"));
    }

    private static JsonNode rows(ObjectId report, String kind, String params) throws Exception {
        HttpResponse<String> answer = services.send("GET", "/reports/" + report.toHexString() + "_" + kind + params,
                null, "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        return ReportServices.JSON.readTree(answer.body());
    }

    private static List<String> hostnames(JsonNode page) {
        List<String> hostnames = new ArrayList<>();
        page.get("items").forEach(item -> hostnames.add(item.path("hostname").asString()));
        return hostnames;
    }

    @Test
    void aGeneralReportHoldsTheOwnersReadableRecordsAndFinishes() throws Exception {
        ObjectId report = reportRecord("Web servers", "general");

        HttpResponse<String> queued = services.start("general", report, "Servers", webFilter(), OWNER);

        assertThat(queued.statusCode()).isEqualTo(200);
        assertThat(ReportServices.JSON.readTree(queued.body()).path("_id").asString()).isEqualTo(report.toHexString());
        Document ended = services.ended(report);
        assertThat(ended.getString("status")).isEqualTo("finished");
        assertThat(ended.getString("msg")).isEqualTo("completed");
        assertThat(ended.getList("columns", String.class)).startsWith("active", "hostname").doesNotContain("_id")
                .endsWith("roles");
        Document providers = ended.get("aggr", Document.class).get("providers", Document.class).get("aggr",
                Document.class);
        assertThat(providers.getList("label", String.class)).containsExactlyInAnyOrder("AWS", "Azure", "GCP");
        assertThat(hostnames(rows(report, "general", "?orderBy=hostname&ascending=1")))
                .containsExactly("web-1", "web-2", "web-shared");
        assertThat(hostnames(rows(report, "general", "?orderBy=hostname&ascending=-1")))
                .containsExactly("web-shared", "web-2", "web-1");
        JsonNode filtered = rows(report, "general", "?query=%7B%22hostname%22%3A%22WEB-2%22%7D");
        assertThat(filtered.path("found").asLong()).isEqualTo(1);
        assertThat(hostnames(filtered)).containsExactly("web-2");

        services.websocketApp().verify(postRequestedFor(urlPathEqualTo("/api"))
                .withRequestBody(containing("maestro-" + OWNER.toHexString()))
                .withRequestBody(containing("reports-" + report.toHexString())));
        assertThat(auditedStatuses(report)).contains("finished");
    }

    @Test
    void aReportOfSeveralBatchesHoldsEveryRecordOnce() throws Exception {
        ObjectId owner = new ObjectId();
        List<String> stored = new ArrayList<>();
        for (int index = 0; index < 7; index++) {
            stored.add("many-" + index);
            services.store("servers", owner, new Document("hostname", "many-" + index));
        }
        ObjectId report = services.store("reports", owner, new Document("name", "Many").append("report", "general")
                .append("status", "process"));

        services.start("general", report, "Servers", List.of(), owner);

        assertThat(services.ended(report).getString("status")).isEqualTo("finished");
        JsonNode rows = rows(report, "general", "?orderBy=hostname&ascending=1");
        assertThat(rows.path("found").asLong()).isEqualTo(7);
        assertThat(hostnames(rows)).containsExactlyElementsOf(stored);
    }

    @Test
    void aFilterOnTheOwnerCannotReachAStrangersRecords() throws Exception {
        ObjectId report = reportRecord("Stranger's servers", "general");
        List<Map<String, Object>> filters = List.of(Map.of("field", "roles._id", "filter", STRANGER.toHexString(),
                "typ", "select"));

        services.start("general", report, "Servers", filters, OWNER);

        assertThat(services.ended(report).getString("status")).isEqualTo("finished");
        assertThat(hostnames(rows(report, "general", ""))).containsExactly("web-shared");
    }

    /**
     * server-app keeps a link's id as the text it was sent ({@code datacenters._id}, {@code applications[]._id}),
     * discovery as an ObjectId: a filter on an id finds both, as datacenter analytics' "Servers of DC" report needs.
     */
    @Test
    void aFilterOnALinksIdFindsItHeldAsTextOrAsObjectId() throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId datacenter = new ObjectId();
        ObjectId application = new ObjectId();
        services.store("servers", owner, new Document("hostname", "typed-by-hand")
                .append("datacenters", new Document("_id", datacenter.toHexString()).append("name", "dc"))
                .append("applications", List.of(new Document("_id", application.toHexString()).append("name", "web"))));
        services.store("servers", owner, new Document("hostname", "discovered")
                .append("datacenters", new Document("_id", datacenter).append("name", "dc"))
                .append("applications", List.of(new Document("_id", application).append("name", "web"))));
        services.store("servers", owner, new Document("hostname", "elsewhere")
                .append("datacenters", new Document("_id", new ObjectId().toHexString()).append("name", "dc2")));
        ObjectId byDatacenter = services.store("reports", owner, new Document("name", "DC").append("report", "general")
                .append("status", "process"));
        ObjectId byApplication = services.store("reports", owner, new Document("name", "App").append("report",
                "general").append("status", "process"));

        services.start("general", byDatacenter, "Servers", List.of(Map.of("field", "datacenters", "subfield", "_id",
                "subfilter", datacenter.toHexString(), "typ", "object")), owner);
        services.start("general", byApplication, "Servers", List.of(Map.of("field", "applications", "subfield", "_id",
                "subfilter", application.toHexString(), "typ", "array")), owner);

        assertThat(services.ended(byDatacenter).getString("status")).isEqualTo("finished");
        assertThat(hostnames(rows(byDatacenter, "general", ""))).containsExactlyInAnyOrder("typed-by-hand",
                "discovered");
        assertThat(services.ended(byApplication).getString("status")).isEqualTo("finished");
        assertThat(hostnames(rows(byApplication, "general", ""))).containsExactlyInAnyOrder("typed-by-hand",
                "discovered");
    }

    @Test
    void anEmptyReportIsAWarning() throws Exception {
        ObjectId report = reportRecord("Nothing", "general");

        services.start("general", report, "Servers", List.of(Map.of("field", "hostname", "filter", "mainframe",
                "comparer", "equal", "typ", "string")), OWNER);

        Document ended = services.ended(report);
        assertThat(ended.getString("status")).isEqualTo("warning");
        assertThat(ended.getString("msg")).isEqualTo("This report is empty");
    }

    @Test
    void aHostileFilterIsA422NamingItAndNothingRuns() throws Exception {
        ObjectId report = reportRecord("Hostile", "general");

        HttpResponse<String> refused = services.start("general", report, "Servers",
                List.of(Map.of("field", "hostname", "filter", Map.of("$where", "sleep(100)"), "typ", "string")), OWNER);
        HttpResponse<String> badRegex = services.start("general", report, "Servers",
                List.of(Map.of("field", "hostname", "filter", "web(", "comparer", "contain")), OWNER);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("ValidatorError").contains("filters.0.filter");
        assertThat(badRegex.statusCode()).isEqualTo(422);
        assertThat(badRegex.body()).contains("filters.0.filter");
        Thread.sleep(500);
        assertThat(services.inventory().findById(report, Document.class, "reports").getString("status"))
                .isEqualTo("process");
    }

    @Test
    void everyExportHoldsTheSameRows() throws Exception {
        ObjectId report = reportRecord("Exported servers", "general");
        services.start("general", report, "Servers", webFilter(), OWNER);
        services.ended(report);
        String table = "/reports/" + report.toHexString() + "_general?orderBy=hostname&ascending=1";

        HttpResponse<String> csv = services.send("GET", table, null, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body()))) {
            records = parser.getRecords();
        }
        assertThat(records).extracting(record -> record.get("hostname")).containsExactly("web-1", "web-2",
                "web-shared");
        assertThat(records.get(0).get("os.base")).isEqualTo("Linux");

        HttpResponse<String> xml = services.send("GET", table, null, "application/xml");
        org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml.body())));
        NodeList hostnames = parsed.getElementsByTagName("hostname");
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("response");
        assertThat(List.of(hostnames.item(0).getTextContent(), hostnames.item(1).getTextContent(),
                hostnames.item(2).getTextContent())).containsExactly("web-1", "web-2", "web-shared");

        HttpResponse<String> text = services.send("GET", table, null, "text/plain");
        assertThat(text.body()).contains(" - hostname: web-1\n").contains(" - os.base: Linux\n")
                .doesNotContain("db-1");

        HttpResponse<String> inventory = services.send("GET", table, null, "text/inventory");
        assertThat(inventory.body().lines().toList()).containsExactly("[all]",
                "web-1 ansible_host=10.0.0.1 ansible_user=ubuntu", "web-2 ansible_host=10.0.0.2",
                "web-shared ansible_host=web-shared");

        HttpResponse<InputStream> pdf = services.download(table, "application/pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String pdfText;
        try (InputStream body = pdf.body(); PDDocument document = Loader.loadPDF(body.readAllBytes())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertThat(pdfText).contains("Exported servers").contains("Filters:").contains("hostname")
                .contains("web-1").contains("web-2").contains("web-shared").contains("page 1")
                .doesNotContain("web-9");
    }

    @Test
    void aPivotReportJoinsClientsSystemsApplicationsAndServersTheOwnerMayRead() throws Exception {
        ObjectId client = services.store("clients", OWNER, new Document("name", "Acme"));
        ObjectId system = services.store("systems", OWNER, new Document("name", "ERP")
                .append("clients", List.of(new Document("_id", client).append("name", "Acme"))));
        services.store("systems", STRANGER, new Document("name", "Stranger's system")
                .append("clients", List.of(new Document("_id", client).append("name", "Acme"))));
        ObjectId application = services.store("applications", OWNER, new Document("name", "erp-api")
                .append("system", List.of(new Document("_id", system).append("name", "ERP"))));
        services.store("servers", OWNER, new Document("hostname", "erp-1")
                .append("applications", List.of(new Document("_id", application).append("name", "erp-api"))));
        ObjectId report = reportRecord("Acme stack", "pivot");
        Map<String, Object> filters = Map.of(
                "clients", Map.of("enabled", true, "filters", List.of(Map.of("field", "name", "filter", "Acme",
                        "typ", "select"))),
                "systems", Map.of("enabled", true, "filters", List.of()),
                "applications", Map.of("enabled", true, "filters", List.of()),
                "servers", Map.of("enabled", true, "filters", List.of()));

        HttpResponse<String> queued = services.start("pivot", report, "Clients", filters, OWNER);

        assertThat(queued.statusCode()).isEqualTo(200);
        Document ended = services.ended(report);
        assertThat(ended.getString("status")).as(ended.getString("msg")).isEqualTo("finished");
        JsonNode page = rows(report, "pivot", "");
        assertThat(page.path("found").asLong()).isEqualTo(1);
        JsonNode row = page.get("items").get(0);
        assertThat(row.path("name").asString()).isEqualTo("Acme");
        assertThat(row.path("systems").path("name").asString()).isEqualTo("ERP");
        assertThat(row.path("applications").path("name").asString()).isEqualTo("erp-api");
        assertThat(row.path("servers").path("hostname").asString()).isEqualTo("erp-1");
        assertThat(ended.getList("columns", String.class)).contains("name", "systems", "applications", "servers");
    }

    @Test
    void aDroppedTableHasNoRowsAndAnotherNameIsNoTable() throws Exception {
        ObjectId report = reportRecord("Dropped", "general");
        services.start("general", report, "Servers", webFilter(), OWNER);
        services.ended(report);

        HttpResponse<String> dropped = services.send("DELETE", "/reports/" + report.toHexString() + "_general", null,
                "application/json");
        HttpResponse<String> other = services.send("GET", "/reports/system.users", null, "application/json");

        assertThat(dropped.statusCode()).isEqualTo(204);
        assertThat(rows(report, "general", "").path("found").asLong()).isZero();
        assertThat(other.statusCode()).isEqualTo(404);
    }

    /** The statuses the audit events of {@code report} carried, read off reports-app's audit queue. */
    private static List<String> auditedStatuses(ObjectId report) {
        RabbitTemplate rabbit = new RabbitTemplate(services.broker());
        List<String> statuses = new ArrayList<>();
        for (Message message; (message = rabbit.receive(services.auditQueue(), 1000)) != null; ) {
            JsonNode event = ReportServices.JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            if (event.path("payload").path("entityId").asString().equals(report.toHexString())) {
                statuses.add(event.path("payload").path("body").path("status").asString());
            }
        }
        return statuses;
    }
}
