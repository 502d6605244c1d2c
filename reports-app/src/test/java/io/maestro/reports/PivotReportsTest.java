package io.maestro.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pivot reports over an inventory with every kind of link (an id as an ObjectId or as its text, a record linked to two
 * parents, one linked twice to the same), records of a stranger and records shared with the owner, records with
 * nothing at the next level, and filters on a joined level. The expected rows, columns and charts are those the
 * per-record {@code $lookup} pipeline made before the joins moved into the worker: they are the oracle of that change.
 */
class PivotReportsTest {

    private static final ObjectId OWNER = new ObjectId();
    private static final ObjectId STRANGER = new ObjectId();
    private static ReportServices services;

    @BeforeAll
    static void start() {
        // a small pivot batch, so that a report's rows come from several batches
        services = new ReportServices("--maestro.reports.pivot-batch=2");
        ObjectId acme = services.store("clients", OWNER, new Document("name", "Acme"));
        ObjectId globex = services.store("clients", OWNER, new Document("name", "Globex"));
        services.store("clients", OWNER, new Document("name", "Initech"));
        ObjectId umbrella = services.store("clients", STRANGER, new Document("name", "Umbrella"));
        ObjectId shared = services.store("clients", STRANGER, new Document("name", "Shared Co"), OWNER);

        ObjectId erp = services.store("systems", OWNER, new Document("name", "ERP").append("clients", links(acme)));
        ObjectId crm = services.store("systems", OWNER, new Document("name", "CRM")
                .append("clients", List.of(new Document("_id", acme.toHexString()).append("name", "Acme"))));
        ObjectId billing = services.store("systems", OWNER, new Document("name", "Billing")
                .append("clients", links(globex, acme)));
        services.store("systems", STRANGER, new Document("name", "Hidden").append("clients", links(acme)));
        ObjectId portal = services.store("systems", STRANGER, new Document("name", "Portal")
                .append("clients", links(shared)), OWNER);
        services.store("systems", OWNER, new Document("name", "Umbrella ERP").append("clients", links(umbrella)));

        ObjectId erpApi = services.store("applications", OWNER, new Document("name", "erp-api")
                .append("language", "Java").append("system", links(erp)));
        ObjectId erpWeb = services.store("applications", OWNER, new Document("name", "erp-web")
                .append("language", "TypeScript")
                .append("system", List.of(new Document("_id", erp.toHexString()).append("name", "ERP"))));
        ObjectId crmApi = services.store("applications", OWNER, new Document("name", "crm-api")
                .append("language", "Java").append("system", links(crm)));
        services.store("applications", OWNER, new Document("name", "crm-batch").append("system", links(crm)));
        ObjectId billingApi = services.store("applications", OWNER, new Document("name", "billing-api")
                .append("language", "Go").append("system", links(billing, billing)));
        ObjectId portalWeb = services.store("applications", OWNER, new Document("name", "portal-web")
                .append("system", links(portal)));

        services.store("servers", OWNER, new Document("hostname", "erp-1").append("provider", "AWS")
                .append("applications", links(erpApi)));
        services.store("servers", OWNER, new Document("hostname", "erp-2").append("provider", "Azure")
                .append("applications", links(erpApi, erpWeb)));
        services.store("servers", OWNER, new Document("hostname", "crm-1").append("provider", "AWS")
                .append("applications", List.of(new Document("_id", crmApi.toHexString()))));
        services.store("servers", OWNER, new Document("hostname", "billing-1").append("applications",
                links(billingApi)));
        services.store("servers", OWNER, new Document("hostname", "portal-1").append("applications",
                links(portalWeb)));
        services.store("servers", STRANGER, new Document("hostname", "spy-1").append("applications", links(erpApi)));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static List<Document> links(ObjectId... ids) {
        List<Document> links = new ArrayList<>();
        for (ObjectId id : ids) {
            links.add(new Document("_id", id).append("name", "linked"));
        }
        return links;
    }

    private static Map<String, Object> level(boolean enabled, List<Map<String, Object>> filters) {
        return Map.of("enabled", enabled, "filters", filters);
    }

    /** The report's rows, each as its levels' names joined by " > ", sorted. */
    private static List<String> chains(ObjectId report) throws Exception {
        JsonNode page = ReportServices.JSON.readTree(services.send("GET", "/reports/" + report.toHexString()
                + "_pivot", null, "application/json").body());
        List<String> chains = new ArrayList<>();
        page.get("items").forEach(row -> {
            List<String> names = new ArrayList<>();
            names.add(row.path("name").asString());
            for (String level : List.of("systems", "applications", "servers")) {
                JsonNode joined = row.path(level);
                if (joined.isObject()) {
                    names.add(joined.has("hostname") ? joined.path("hostname").asString()
                            : joined.path("name").asString());
                }
            }
            chains.add(String.join(" > ", names));
        });
        return chains.stream().sorted().toList();
    }

    private static Map<String, List<String>> chart(Document ended, String key) {
        Document aggr = ended.get("aggr", Document.class).get(key, Document.class).get("aggr", Document.class);
        return Map.of("label", aggr.getList("label", Object.class).stream().map(String::valueOf).toList(),
                "data", aggr.getList("data", Object.class).stream().map(String::valueOf).toList());
    }

    private static Document run(Map<String, Object> filters) throws Exception {
        ObjectId report = services.store("reports", OWNER, new Document("name", "pivot").append("report", "pivot")
                .append("status", "process"));
        services.start("pivot", report, "Clients", filters, OWNER);
        Document ended = services.ended(report);
        ended.put("chains", chains(report));
        return ended;
    }

    @Test
    void allFourLevelsJoinOnEitherFormOfTheIdAndOnlyWhatTheOwnerMayRead() throws Exception {
        Document ended = run(Map.of("clients", level(true, List.of()), "systems", level(true, List.of()),
                "applications", level(true, List.of()), "servers", level(true, List.of())));

        assertThat(ended.getString("status")).isEqualTo("finished");
        assertThat(ended.getList("chains", String.class)).containsExactly(
                "Acme > Billing > billing-api > billing-1",
                "Acme > CRM > crm-api > crm-1",
                "Acme > ERP > erp-api > erp-1",
                "Acme > ERP > erp-api > erp-2",
                "Acme > ERP > erp-web > erp-2",
                "Globex > Billing > billing-api > billing-1",
                "Shared Co > Portal > portal-web > portal-1");
        assertThat(ended.getList("columns", String.class))
                .containsExactly("active", "name", "systems", "applications", "servers", "roles");
        assertThat(chart(ended, "total")).isEqualTo(Map.of("label", List.of("Total"), "data", List.of("7")));
        assertThat(chart(ended, "roles")).isEqualTo(Map.of("label", List.of("users"), "data", List.of("8")));
        assertThat(chart(ended, "pivot_systems")).isEqualTo(Map.of(
                "label", List.of("ERP", "Billing", "CRM", "Portal"), "data", List.of("3", "2", "1", "1")));
        assertThat(chart(ended, "pivot_applications")).isEqualTo(Map.of(
                "label", List.of("billing-api", "erp-api", "crm-api", "erp-web", "portal-web"),
                "data", List.of("2", "2", "1", "1", "1")));
        assertThat(chart(ended, "pivot_servers")).isEqualTo(Map.of(
                "label", List.of("billing-1", "erp-2", "crm-1", "erp-1", "portal-1"),
                "data", List.of("2", "2", "1", "1", "1")));
        JsonNode row = rowOf(ended, "CRM");
        assertThat(fieldNames(row)).contains("active", "name", "roles", "systems", "applications", "servers")
                .doesNotContain("_pivot_link", "_pivot_linked");
        assertThat(fieldNames(row.path("systems"))).containsExactlyInAnyOrder("_id", "active", "name", "roles",
                "clients");
        assertThat(fieldNames(row.path("servers"))).containsExactlyInAnyOrder("_id", "active", "hostname",
                "provider", "roles", "applications");
    }

    @Test
    void aPivotFromSystemsFiltersItsJoinedLevels() throws Exception {
        Document ended = run(Map.of("systems", level(true, List.of()), "applications", level(true, List.of(
                Map.of("field", "name", "filter", "api", "comparer", "contain", "typ", "string"))),
                "servers", level(true, List.of(Map.of("field", "provider", "filter", "AWS", "typ", "select")))));

        assertThat(ended.getString("status")).isEqualTo("finished");
        assertThat(ended.getList("chains", String.class)).containsExactly("CRM > crm-api > crm-1",
                "ERP > erp-api > erp-1");
        assertThat(ended.getList("columns", String.class))
                .containsExactly("active", "name", "clients", "applications", "servers", "roles");
        assertThat(chart(ended, "clients")).isEqualTo(Map.of("label", List.of("Acme", "linked"),
                "data", List.of("1", "1")));
        assertThat(chart(ended, "pivot_servers")).isEqualTo(Map.of("label", List.of("crm-1", "erp-1"),
                "data", List.of("1", "1")));
        assertThat(ended.get("aggr", Document.class)).doesNotContainKey("pivot_systems");
    }

    @Test
    void twoLevelsLeaveOutTheRecordsWithNothingJoined() throws Exception {
        Document ended = run(Map.of("clients", level(true, List.of(Map.of("field", "name", "filter", "Initech",
                "comparer", "not contain", "typ", "string"))), "systems", level(true, List.of())));

        assertThat(ended.getString("status")).isEqualTo("finished");
        assertThat(ended.getList("chains", String.class)).containsExactly("Acme > Billing", "Acme > CRM",
                "Acme > ERP", "Globex > Billing", "Shared Co > Portal");
        assertThat(ended.getList("columns", String.class)).containsExactly("active", "name", "systems", "roles");
        assertThat(chart(ended, "total")).isEqualTo(Map.of("label", List.of("Total"), "data", List.of("5")));
        assertThat(chart(ended, "pivot_systems")).isEqualTo(Map.of(
                "label", List.of("Billing", "CRM", "ERP", "Portal"), "data", List.of("2", "1", "1", "1")));
    }

    private static JsonNode rowOf(Document ended, String system) throws Exception {
        JsonNode page = ReportServices.JSON.readTree(services.send("GET", "/reports/" + ended.getObjectId("_id")
                .toHexString() + "_pivot", null, "application/json").body());
        for (JsonNode row : page.get("items")) {
            if (row.path("systems").path("name").asString().equals(system)) {
                return row;
            }
        }
        throw new AssertionError("no row of system " + system + " in " + page);
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
