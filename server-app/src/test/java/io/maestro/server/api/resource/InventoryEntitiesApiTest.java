package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.InventorySchemas;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** What the inventory entities add to the generic contract: families, defaults, the system hook, tombstones, indexes. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class InventoryEntitiesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        user = api.newUser("inventory");
    }

    /** Issue 14, defect 6: 0.6 answered an empty PATCH of a job 202; other entities want at least one field. */
    @Test
    void anEmptyPatchAnswersAJobUnchangedAndIs422Elsewhere() {
        Reply job = api.post(user, "/scheduler", Map.of("name", "nightly", "endpoint", "http://hooks.example/n",
                "method", "POST", "period_type", "interval", "interval", Map.of("every", 1, "period", "days")));
        String id = job.at("/_id").asString();

        Reply empty = api.patch(user, "/scheduler/" + id, Map.of());
        assertThat(empty.status()).as(empty.raw()).isEqualTo(202);
        assertThat(empty.at("/name").asString()).isEqualTo("nightly");
        assertThat(empty.at("/updated_at")).isEqualTo(job.at("/updated_at"));
        assertThat(api.patch(user, "/scheduler/" + id, Map.of("unknown", 1)).status()).isEqualTo(202);

        String server = api.post(user, "/servers", Map.of("name", "web-1")).at("/_id").asString();
        Reply refused = api.patch(user, "/servers/" + server, Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors/0/type").asString()).isEqualTo("object.min");
    }

    @Test
    void applicationsAcceptTheTwentySixFamiliesDefaultToApplicationAndFilterByFamilyExactly() {
        assertThat(InventorySchemas.FAMILIES).hasSize(26).doesNotHaveDuplicates();
        for (String family : InventorySchemas.FAMILIES) {
            Reply created = api.post(user, "/applications", Map.of("name", "app-" + family, "family", family));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
        }
        Reply plain = api.post(user, "/applications", Map.of("name", "plain-app"));
        assertThat(plain.at("/family").asString()).isEqualTo("Application");
        assertThat(plain.at("/size").asString()).isEqualTo("medium");
        assertThat(plain.at("/status").asString()).isEqualTo("Active");

        Reply databases = api.get(user, "/applications?family=Database");
        assertThat(databases.at("/found").asLong()).isEqualTo(1);
        assertThat(databases.at("/items/0/name").asString()).isEqualTo("app-Database");
        assertThat(api.get(user, "/applications?family=Data").at("/found").asLong()).isZero();
        assertThat(api.get(user, "/applications/count?family=Application").at("/count").asLong()).isEqualTo(2);

        Reply unknown = api.post(user, "/applications", Map.of("name", "app-x", "family", "database"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.at("/err/errors/0/path/0").asString()).isEqualTo("family");
        assertThat(unknown.at("/err/errors/0/type").asString()).isEqualTo("any.allowOnly");
    }

    @Test
    void applicationsSearchUpperFirstFieldsAndAliases() {
        api.post(user, "/applications", Map.of("name", "billing", "language", "Python", "system",
                List.of(Map.of("name", "Payments"))));
        api.post(user, "/applications", Map.of("name", "catalogue", "language", "Go"));

        assertThat(found("/applications", "{\"language\":\"pyth\"}")).isEqualTo(1);
        assertThat(found("/applications", "{\"lsystem\":\"paym\"}")).isEqualTo(1);
        Reply strict = api.post(user, "/applications", Map.of("name", "broken", "system", List.of(Map.of("_id", "x"))));
        assertThat(strict.at("/err/errors/0/path").toString()).isEqualTo("[\"system\",0,\"name\"]");
        Reply strictDeploy = api.post(user, "/applications", Map.of("name", "broken", "deploy",
                List.of(Map.of("type", "Git", "branch", "main"))));
        assertThat(strictDeploy.at("/err/errors/0/path").toString()).isEqualTo("[\"deploy\",0,\"branch\"]");
    }

    @Test
    void schedulerJobsGetTheirDefaultsAndEveryPatchAsksForAReload() {
        Reply created = api.post(user, "/scheduler", Map.of("name", "nightly", "endpoint", "reports/general",
                "cron", Map.of("hour", 2)));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/_cls").asString()).isEqualTo("PeriodicTask");
        assertThat(created.at("/enabled").asBoolean()).isTrue();
        assertThat(created.at("/method").asString()).isEqualTo("GET");
        assertThat(created.at("/task").asString()).isEqualTo("webhook");
        assertThat(created.at("/interval/every").asInt()).isEqualTo(5);
        assertThat(created.at("/interval/period").asString()).isEqualTo("minutes");
        assertThat(created.at("/cron/hour").asInt()).isEqualTo(2);
        assertThat(created.at("/cron/minute").asInt()).isEqualTo(30);
        assertThat(created.at("/cron/day_of_week").asString()).isEqualTo("*");
        assertThat(created.at("/total_run_count").asInt()).isEqualTo(1);
        assertThat(created.at("/run_immediately").asBoolean()).isFalse();
        assertThat(created.at("/crawling").asBoolean()).isTrue();
        assertThat(created.at("/_links/_self/href").asString()).startsWith("/scheduler/");
        String id = created.at("/_id").asString();
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("_id", new ObjectId(id)))).isEqualTo(1);

        mongo.getCollection("schedulers").updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("crawling", false)));
        Reply patched = api.patch(user, "/scheduler/" + id, Map.of("enabled", false));
        assertThat(patched.status()).isEqualTo(202);
        assertThat(patched.at("/enabled").asBoolean()).isFalse();
        assertThat(patched.at("/crawling").asBoolean()).isTrue();
        assertThat(patched.at("/name").asString()).isEqualTo("nightly");

        assertThat(api.post(user, "/scheduler", Map.of("name", "no-endpoint")).at("/err/errors/0/path/0").asString())
                .isEqualTo("endpoint");
        assertThat(api.post(user, "/scheduler", Map.of("name", "x", "endpoint", "e", "interval", Map.of("every", 2000)))
                .at("/err/errors").toString()).contains("\"name\"").contains("[\"interval\",\"every\"]");
        assertThat(found("/scheduler", "{\"modules\":\"webhook\"}")).isEqualTo(1);
    }

    @Test
    void creatingOrReplacingASystemLinksItsEntryApplicationsTheActorMayWrite() {
        String mine = api.post(user, "/applications", Map.of("name", "frontend")).at("/_id").asString();
        String linked = api.post(user, "/applications", Map.of("name", "backend")).at("/_id").asString();
        User other = api.newUser("other");
        String theirs = api.post(other, "/applications", Map.of("name", "their-app")).at("/_id").asString();

        Reply system = api.post(user, "/system", Map.of("name", "shop", "entry", List.of(
                Map.of("_id", mine, "name", "frontend"), Map.of("_id", linked, "name", "backend"),
                Map.of("_id", theirs, "name", "their-app"), Map.of("_id", "not-an-id"))));
        assertThat(system.status()).as(system.raw()).isEqualTo(201);
        String systemId = system.at("/_id").asString();
        assertThat(system.at("/_links/_self/href").asString()).isEqualTo("/system/" + systemId);

        JsonNode frontend = api.get(user, "/applications/" + mine).body();
        assertThat(frontend.at("/system")).hasSize(1);
        assertThat(frontend.at("/system/0/_id").asString()).isEqualTo(systemId);
        assertThat(frontend.at("/system/0/name").asString()).isEqualTo("shop");
        assertThat(api.get(other, "/applications/" + theirs).at("/system").isMissingNode()).isTrue();

        Reply replaced = api.put(user, "/system/" + systemId, Map.of("name", "shop", "entry",
                List.of(Map.of("_id", mine), Map.of("_id", linked))));
        assertThat(replaced.status()).isEqualTo(202);
        assertThat(api.get(user, "/applications/" + mine).at("/system")).hasSize(1);
        assertThat(api.get(user, "/applications/" + linked).at("/system")).hasSize(1);
        assertThat(mongo.getCollection("systems").countDocuments(new Document("_id", new ObjectId(systemId)))).isEqualTo(1);
    }

    /** 0.6 accepted {@code tags} on applications; they were dropped silently on every write. */
    @Test
    void applicationsKeepTagsOnCreatePatchAndReplace() {
        List<Map<String, String>> created = List.of(Map.of("key", "team", "value", "billing"));
        String id = api.post(user, "/applications", Map.of("name", "tagged-app", "tags", created)).at("/_id").asString();
        assertThat(api.get(user, "/applications/" + id).at("/tags/0/value").asString()).isEqualTo("billing");

        Reply patched = api.patch(user, "/applications/" + id, Map.of("tags", List.of(Map.of("key", "tier", "value", "gold"))));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(202);
        assertThat(api.get(user, "/applications/" + id).at("/tags/0/key").asString()).isEqualTo("tier");

        Reply replaced = api.put(user, "/applications/" + id, Map.of("name", "tagged-app",
                "tags", List.of(Map.of("key", "env", "value", "prod"))));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(202);
        assertThat(api.get(user, "/applications/" + id).at("/tags/0/value").asString()).isEqualTo("prod");

        Reply tooLong = api.patch(user, "/applications/" + id, Map.of("tags", List.of(Map.of("key", "k".repeat(101)))));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.raw()).contains("tags");
        assertThat(api.get(user, "/applications/" + id).at("/tags/0/value").asString()).isEqualTo("prod");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/servers, servers, '{\"name\":\"tomb-srv\"}'",
            "/applications, applications, '{\"name\":\"tomb-app\"}'",
            "/flavors, flavors, '{\"name\":\"tomb-flv\"}'",
            "/images, images, '{\"name\":\"tomb-img\"}'",
            "/network, networks, '{\"name\":\"tomb-net\"}'",
            "/snapshots, snapshots, '{\"name\":\"tomb-snap\"}'",
            "/volumes, volumes, '{\"name\":\"tomb-vol\",\"size\":10,\"unique_id\":\"UID\"}'"})
    void discoveredEntitiesAreTombstonedByPutOnlyAndHaveAUniqueSparseUniqueId(String route, String collection, String json) {
        String body = json.replace("UID", "vol-" + new ObjectId());
        String id = api.post(user, route, body).at("/_id").asString();

        assertThat(api.patch(user, route + "/" + id, "{\"name\":\"tomb-patched\"}").status()).isEqualTo(202);
        assertThat(stored(collection, id).get("checksum")).isNull();
        assertThat(api.put(user, route + "/" + id, body).status()).isEqualTo(202);
        assertThat(stored(collection, id).getString("checksum")).isEqualTo("tombstone");

        List<Document> indexes = mongo.getCollection(collection).listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo(collection + "_unique_id");
            assertThat(index.getBoolean("unique")).isTrue();
            assertThat(index.getBoolean("sparse")).isTrue();
        });
        assertThat(indexes).extracting(index -> index.getString("name")).contains(collection + "_active_role");
    }

    /** Discovery's lifecycle dates (D2) are listed, shown and sortable on every discovered entity (D26). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/servers, servers", "/applications, applications", "/flavors, flavors", "/images, images",
            "/network, networks", "/snapshots, snapshots", "/volumes, volumes"})
    void discoveredEntitiesListShowAndSortTheirLifecycleDates(String route, String collection) {
        ResourceFixture fixture = ResourceFixtures.all().stream().filter(candidate -> candidate.route().equals(route))
                .findFirst().orElseThrow();
        String prefix = "seen" + new ObjectId().toHexString().substring(18);
        String older = api.post(user, route, fixture.validCreate().apply(prefix + "a")).at("/_id").asString();
        String newer = api.post(user, route, fixture.validCreate().apply(prefix + "b")).at("/_id").asString();
        seen(collection, older, new Date(1_000_000_000_000L), new Date(1_700_000_000_000L));
        seen(collection, newer, new Date(1_000_000_000_000L), new Date(1_600_000_000_000L));

        JsonNode single = api.get(user, route + "/" + older).body();
        assertThat(single.has("first_seen_at")).as(single.toString()).isTrue();
        assertThat(single.has("last_seen_at")).as(single.toString()).isTrue();
        Reply list = api.get(user, route + "?orderBy=last_seen_at&ascending=1");
        List<String> ids = new ArrayList<>();
        list.at("/items").forEach(item -> {
            assertThat(item.has("first_seen_at") && item.has("last_seen_at")).as(item.toString()).isTrue();
            ids.add(item.at("/_id").asString());
        });
        assertThat(ids).as(list.raw()).containsExactly(newer, older);
    }

    @Test
    void serversListCpuAndMemory() {
        api.post(user, "/servers", Map.of("name", "sized-1", "cpu", 4, "memory", 16));

        JsonNode item = api.get(user, "/servers?name=sized-1").at("/items/0");
        assertThat(item.at("/cpu").asInt()).as(item.toString()).isEqualTo(4);
        assertThat(item.at("/memory").asInt()).isEqualTo(16);
    }

    /**
     * A free-form field of any entity refuses keys starting with {@code $} (422 naming the field, nothing written) on
     * create, patch and replace, and keeps dotted keys as sent.
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({"/servers, servers, metas", "/servers, servers, devices", "/applications, applications, instances",
            "/datacenters, datacenters, metas", "/volumes, volumes, vhd", "/images, images, datacenters",
            "/snapshots, snapshots, status", "/scheduler, schedulers, kwargs", "/graphs, graphs, filters"})
    void freeFormFieldsRefuseDollarKeysNamingThemAndKeepDottedKeys(String route, String collection, String field) {
        ResourceFixture fixture = ResourceFixtures.all().stream().filter(candidate -> candidate.route().equals(route))
                .findFirst().orElseThrow();
        Map<String, Object> create = new LinkedHashMap<>(fixture.validCreate().apply("k" + new ObjectId().toHexString().substring(18)));
        Map<String, Object> dollar = Map.of("ok", List.of(Map.of("$where", "sleep(1000)")));
        Map<String, Object> dotted = Map.of("app.kubernetes.io/name", "web", "a.b", Map.of("c.d", 1));

        create.put(field, dollar);
        Reply refused = api.post(user, fixture.route(), create);
        create.put(field, dotted);
        Reply created = api.post(user, fixture.route(), create);
        String path = fixture.route() + "/" + created.at("/_id").asString();
        create.put(field, dollar);
        Reply replaced = api.put(user, path, create);
        Reply patched = api.patch(user, path, Map.of(field, dollar));

        for (Reply reply : List.of(refused, replaced, patched)) {
            assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
            assertThat(reply.at("/err/errors/0/path").toString()).isEqualTo("[\"" + field + "\",\"ok\",0,\"$where\"]");
            assertThat(reply.at("/err/errors/0/message").asString()).startsWith("\"" + field + ".ok.0.$where\" is not allowed");
        }
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(api.get(user, path).at("/" + field)).isEqualTo(ApiClient.JSON.valueToTree(dotted));
        assertThat(mongo.getCollection(collection).countDocuments(new Document("name", create.get("name"))))
                .as("only the record with dotted keys").isOne();
    }

    @Test
    void duplicateUniqueIdsOfDiscoveredRecordsConflict() {
        String uniqueId = "vol-" + new ObjectId();
        assertThat(api.post(user, "/volumes", Map.of("name", "vol-a", "size", 1, "unique_id", uniqueId)).status())
                .isEqualTo(201);
        assertThat(api.post(user, "/volumes", Map.of("name", "vol-b", "size", 1, "unique_id", uniqueId)).status())
                .isEqualTo(409);
        assertThat(api.post(user, "/volumes", Map.of("name", "vol-c", "size", 1)).at("/err/errors/0/path/0").asString())
                .isEqualTo("unique_id");
    }

    @Test
    void reportsAndGraphsAreSavedWithTheirDefaults() {
        // no reports-app runs here: the report is kept, in error (compatibility.md H2; ReportsApiTest runs one)
        Reply report = api.post(user, "/reports", Map.of("name", "all servers", "report", "general", "component", "Servers"));
        assertThat(report.status()).isEqualTo(201);
        assertThat(report.at("/status").asString()).isEqualTo("error");
        assertThat(report.at("/msg").asString()).isEqualTo("reports-app is unreachable");
        assertThat(report.at("/columns")).isEmpty();
        assertThat(report.at("/aggr").isObject()).isTrue();
        // nor analytics-app: the graph is kept, in error (AnalyticsOnRabbitMqTest draws one)
        Reply graph = api.post(user, "/graphs", Map.of("name", "landscape", "type", "bussiness"));
        assertThat(graph.status()).isEqualTo(201);
        assertThat(graph.at("/status").asString()).isEqualTo("error");
        assertThat(graph.at("/msg").asString()).isEqualTo("analytics-app is unreachable");
        assertThat(api.post(user, "/graphs", Map.of("name", "landscape", "type", "bussiness", "tab", 4))
                .at("/err/errors/0/type").asString()).isEqualTo("number.max");
        assertThat(api.post(user, "/graphs", Map.of("name", "landscape", "type", "bussiness", "tab", -1))
                .at("/err/errors/0/type").asString()).isEqualTo("number.min");
        Reply infra = api.post(user, "/graphs", Map.of("name", "landscape", "type", "infra"));
        assertThat(infra.status()).isEqualTo(422);
        assertThat(infra.at("/err/errors/0/path/0").asString()).isEqualTo("type");
    }

    /** A map is shared by {@code public: true} (or no body) and unshared by {@code false}; anything else is refused. */
    @Test
    void aMapIsSharedOnlyByABooleanOrNoBody() {
        String graph = api.post(user, "/graphs", Map.of("name", "landscape", "type", "bussiness")).at("/_id").asString();
        for (Object notABoolean : List.of(0, "false", "maybe")) {
            Reply refused = api.post(user, "/graphs/" + graph + "/public", Map.of("public", notABoolean));
            assertThat(refused.status()).as("public: %s", notABoolean).isEqualTo(422);
            assertThat(refused.at("/err/errors/0/path/0").asString()).isEqualTo("public");
        }
        assertThat(api.get(user, "/graphs/" + graph).at("/spublic").asBoolean()).isFalse();
        assertThat(api.post(user, "/graphs/" + graph + "/public", Map.of()).status()).isEqualTo(201);
        assertThat(api.get(user, "/graphs/" + graph).at("/spublic").asBoolean()).isTrue();
        assertThat(api.post(user, "/graphs/" + graph + "/public", Map.of("public", false)).status()).isEqualTo(201);
        assertThat(api.get(user, "/graphs/" + graph).at("/spublic").asBoolean()).isFalse();
    }

    /** compatibility.md D50: links name the route that answers them, not 0.6's entity name ({@code /volume/<id>}). */
    @Test
    void linksNameTheRouteThatAnswersThem() {
        assertThat(api.post(user, "/volumes", Map.of("name", "vol-n", "size", 1, "unique_id", "n-" + new ObjectId()))
                .at("/_links/_self/href").asString()).startsWith("/volumes/");
        assertThat(api.post(user, "/network", Map.of("name", "net-n")).at("/_links/_self/href").asString())
                .startsWith("/network/");
        assertThat(api.get(user, "/network").at("/_links/_self/href").asString()).startsWith("/network/?");
        Reply events = api.post(user, "/events", Map.of("msg", "disk full", "context", "servers", "description", "dropped"));
        assertThat(events.status()).isEqualTo(201);
        assertThat(events.body().has("description")).isFalse();
    }

    /** What discovery stamps on the records it loads. */
    private void seen(String collection, String id, Date first, Date last) {
        mongo.getCollection(collection).updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("first_seen_at", first).append("last_seen_at", last)));
    }

    private Document stored(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", new ObjectId(id))).first();
    }

    private int found(String route, String query) {
        return api.get(user, route + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).at("/found").asInt();
    }
}
