package io.maestro.server.api.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Connections (§2.6, §2.8 template, §8 jobs, compatibility.md S4) against a fake discovery-app: credentials sealed at rest
 * and never answered nor logged, the jobs and the datacenter flag a connection brings, the task trigger and the
 * provider catalogue, personally and under a team.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
@ExtendWith(OutputCaptureExtension.class)
class ConnectionsApiTest {

    static final WireMockServer DISCOVERY = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final CredentialCipher CIPHER = new CredentialCipher(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRET_CRYPTO"));
    static final String MASK = "********";

    /**
     * AWS rules as discovery-api's {@code permission.json} has them: three initial tasks with an interval in
     * {@code scheduler_options}, one initial task without (no job) and one whose first command is not initial.
     */
    static final String AWS_RULES = """
            {"items":[{"value":{"permissions":{
              "server-list":[{"access":"describe_instances","command":"ec2","entity":"servers","init_job":true}],
              "volumes-list":[{"access":"describe_volumes","command":"ec2","entity":"volumes","init_job":true}],
              "network-list":[{"access":"describe_vpcs","command":"ec2","init_job":true},
                              {"access":"describe_subnets","command":"ec2","init_job":true}],
              "server-import":[{"access":"import","command":"file","init_job":true}],
              "dbs-list":[{"access":"describe_db_instances","command":"rds"}]
            }}}]}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;
    String datacenterId;
    String access;
    String secret;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        DISCOVERY.start();
        registry.add("maestro.peers.discovery", DISCOVERY::baseUrl);
    }

    @AfterAll
    static void stop() {
        DISCOVERY.stop();
    }

    @BeforeEach
    void setUp() {
        DISCOVERY.resetAll();
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/aws")).willReturn(json(200, AWS_RULES)));
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/nowhere"))
                .willReturn(json(404, "{\"error\":{\"msg\":\"Provider not found\"}}")));
        api = new ApiClient(port, mongo);
        user = api.newUser("conn");
        datacenterId = datacenter(user, "/datacenters");
        access = "AKIA" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        secret = "s3cr3t-" + UUID.randomUUID();
    }

    @Test
    void createSealsTheCredentialsAndNoAnswerOrLogLineCarriesThem(CapturedOutput output) {
        Reply created = api.post(user, "/connections", body(Map.of("access", access, "secret", secret)));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(created.at("/conn")).isEqualTo(ApiClient.JSON.valueToTree(Map.of("access", MASK, "secret", MASK)));
        assertThat(created.at("/status").asString()).isEqualTo("enabled");
        assertThat(created.at("/tab").asInt()).isZero();
        assertThat(created.at("/url").asString()).isEqualTo("https://ec2.internal.example");
        assertThat(created.at("/owner_user/_id").asString()).isEqualTo(user.id());
        assertThat(created.at("/owner_user/email").asString()).isEqualTo(user.email());
        assertThat(created.at("/owner_user/refs").asString()).isEqualTo("users");
        assertThat(created.at("/owner_user/role").asInt()).isEqualTo(7);
        assertThat(created.at("/roles/0/role").asInt()).isEqualTo(7);

        Document stored = mongo.getCollection("connections").find(new Document("_id", new ObjectId(id))).first();
        assertThat(stored.get("conn")).isInstanceOf(String.class);
        assertThat(CredentialCipher.isSealed(stored.get("conn"))).isTrue();
        assertThat(stored.toJson()).doesNotContain(access).doesNotContain(secret);
        assertThat(CIPHER.open(stored.getString("conn"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("access", access, "secret", secret));

        User reader = api.newUser("conn-reader");
        assertThat(api.post(user, "/connections/" + id + "/roles",
                Map.of("id", reader.id(), "refs", "users", "role", "1")).status()).isEqualTo(201);
        List<Reply> answers = List.of(created,
                api.get(user, "/connections/" + id),
                api.get(user, "/connections"),
                api.get(user, "/connections?query=" + java.net.URLEncoder.encode("{\"name\":\"aws\"}", java.nio.charset.StandardCharsets.UTF_8)),
                api.get(reader, "/connections/" + id),
                api.patch(user, "/connections/" + id, Map.of("name", "aws renamed")),
                api.put(user, "/connections/" + id + "/roles/" + reader.id(), Map.of("refs", "users", "role", "3")));
        answers.forEach(answer -> assertThat(answer.raw()).as(answer.raw()).doesNotContain(access).doesNotContain(secret)
                .doesNotContain(stored.getString("conn")));
        assertThat(answers.get(2).at("/items/0/conn/secret").asString()).isEqualTo(MASK);
        assertThat(answers.get(4).at("/conn/access").asString()).isEqualTo(MASK);
        assertThat(api.get(user, "/connections/" + id + "/audit").status()).isEqualTo(404);
        assertThat(output.getAll()).doesNotContain(access).doesNotContain(secret);
    }

    @Test
    void createMakesOneJobPerInitialTaskWithTheIntervalsOfSchedulerOptions() {
        String id = api.post(user, "/connections", body(Map.of("token", secret))).at("/_id").asString();

        Map<String, Document> jobs = new HashMap<>();
        mongo.getCollection("schedulers").find(new Document("link._id", id))
                .forEach(job -> jobs.put(job.get("link", Document.class).getString("task"), job));
        assertThat(jobs.keySet()).containsExactlyInAnyOrder("server-list", "volumes-list", "network-list");
        assertThat(jobs.get("server-list").get("interval", Document.class)).isEqualTo(new Document("every", 5).append("period", "minutes"));
        assertThat(jobs.get("volumes-list").get("interval", Document.class)).isEqualTo(new Document("every", 6).append("period", "hours"));
        assertThat(jobs.get("network-list").get("interval", Document.class)).isEqualTo(new Document("every", 7).append("period", "days"));
        Document job = jobs.get("server-list");
        assertThat(job.getString("name")).matches("connections - server-list - " + id + " \\(\\d{13}\\)");
        assertThat(job.getString("endpoint")).isEqualTo("crawler/aws/" + id + "/server-list");
        assertThat(job.getString("method")).isEqualTo("PUT");
        assertThat(job.getString("task")).isEqualTo("connections");
        assertThat(job.getString("period_type")).isEqualTo("interval");
        assertThat(job.getBoolean("enabled")).isTrue();
        assertThat(job.getBoolean("run_immediately")).isTrue();
        assertThat(job.getBoolean("crawling")).isTrue();
        assertThat(job.getBoolean("active")).isTrue();
        assertThat(job.get("link", Document.class)).isEqualTo(new Document("name", "aws production").append("_id", id)
                .append("task", "server-list").append("provider", "aws"));
        assertThat(job.get("owner", Document.class).getObjectId("_id").toHexString()).isEqualTo(user.id());
        assertThat(job.toJson()).doesNotContain(secret);
        assertThat(api.get(user, "/scheduler?task=connections").at("/found").asLong()).isEqualTo(3);
        assertThat(datacenterFlag()).isTrue();
    }

    @Test
    void deleteDeactivatesTheJobsAndClearsTheDatacenterFlagWithTheLastConnection() {
        String first = api.post(user, "/connections", body(Map.of("token", secret))).at("/_id").asString();
        String second = api.post(user, "/connections", body(Map.of("token", secret))).at("/_id").asString();

        assertThat(api.delete(user, "/connections/" + first).status()).isEqualTo(204);

        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("link._id", first)
                .append("active", false).append("crawling", true))).isEqualTo(3);
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("link._id", first)
                .append("active", true))).isZero();
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("link._id", second)
                .append("active", true))).isEqualTo(3);
        assertThat(datacenterFlag()).isTrue();
        assertThat(api.get(user, "/connections/" + first).status()).isEqualTo(404);

        assertThat(api.delete(user, "/connections/" + second).status()).isEqualTo(204);

        assertThat(datacenterFlag()).isFalse();
        assertThat(api.get(user, "/datacenters/" + datacenterId).at("/sucessed").asBoolean()).isFalse();
    }

    @Test
    void patchAndPutKeepMaskedAndAbsentCredentialFieldsAndReplaceNewOnes() {
        String id = api.post(user, "/connections", body(Map.of("access", access, "secret", secret, "region", "eu-west-1")))
                .at("/_id").asString();

        Reply patched = api.patch(user, "/connections/" + id, Map.of("conn", Map.of("access", MASK, "secret", "rotated-secret")));

        assertThat(patched.status()).as(patched.raw()).isEqualTo(202);
        assertThat(patched.at("/conn")).isEqualTo(ApiClient.JSON.valueToTree(Map.of("access", MASK, "secret", MASK, "region", MASK)));
        assertThat(patched.raw()).doesNotContain("rotated-secret").doesNotContain(access);
        assertThat(storedCredentials(id)).containsExactlyInAnyOrderEntriesOf(
                Map.of("access", access, "secret", "rotated-secret", "region", "eu-west-1"));

        assertThat(api.patch(user, "/connections/" + id, Map.of("name", "renamed")).status()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsEntry("secret", "rotated-secret");

        Map<String, Object> replacement = body(Map.of("region", MASK, "extra", "value"));
        replacement.put("name", "replaced");
        Reply replaced = api.put(user, "/connections/" + id, replacement);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsExactlyInAnyOrderEntriesOf(
                Map.of("access", access, "secret", "rotated-secret", "region", "eu-west-1", "extra", "value"));
        assertThat(replaced.at("/owner_user/_id").asString()).isEqualTo(user.id());

        Map<String, Object> withoutConn = body(Map.of());
        withoutConn.remove("conn");
        assertThat(api.put(user, "/connections/" + id, withoutConn).status()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsEntry("access", access);

        Map<String, Object> removal = new HashMap<>();
        removal.put("extra", null);
        assertThat(api.patch(user, "/connections/" + id, Map.of("conn", removal)).status()).isEqualTo(202);
        assertThat(storedCredentials(id)).doesNotContainKey("extra").containsEntry("secret", "rotated-secret");

        String otherDatacenter = datacenter(user, "/datacenters");
        Reply moved = api.patch(user, "/connections/" + id, Map.of("dc_id", otherDatacenter, "dc", "elsewhere"));
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.at("/err/errors/0/path/0").asString()).isEqualTo("dc_id");
        assertThat(api.patch(user, "/connections/" + id, Map.of("dc_id", datacenterId, "dc", "dc-renamed")).status())
                .isEqualTo(202);
    }

    @Test
    void invalidBodiesAre422NamingTheFieldAndStoreNothing() {
        assertInvalid(without("name"), "name", "any.required");
        assertInvalid(without("dc_id"), "dc_id", "any.required");
        assertInvalid(without("provider"), "provider", "any.required");
        assertInvalid(without("service"), "service", "any.required");
        assertInvalid(without("regions"), "regions", "any.required");
        assertInvalid(with("dc", "d".repeat(151)), "dc", "string.max");
        assertInvalid(with("name", "n".repeat(4051)), "name", "string.max");
        assertInvalid(with("provider", "p".repeat(31)), "provider", "string.max");
        assertInvalid(with("tab", 4), "tab", "number.max");
        assertInvalid(with("api_version", "123456"), "api_version", "string.max");
        assertInvalid(with("regions", "us-east-1"), "regions", "array.base");
        assertInvalid(with("conn", "plain"), "conn", "object.base");
        assertInvalid(with("conn", Map.of("nested", Map.of("a", 1))), "conn.nested", "string.base");

        assertThat(mongo.getCollection("connections").countDocuments(new Document("owner._id", new ObjectId(user.id()))))
                .isZero();
        DISCOVERY.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void theDatacenterMustBeWritableByTheCreator() {
        User other = api.newUser("conn-other");
        String othersDatacenter = datacenter(other, "/datacenters");

        Reply unknown = api.post(user, "/connections", with("dc_id", othersDatacenter));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/err/errors").asString()).contains("dc_id");

        assertThat(api.post(other, "/datacenters/" + othersDatacenter + "/roles",
                Map.of("id", user.id(), "refs", "users", "role", "1")).status()).isEqualTo(201);
        Reply readOnly = api.post(user, "/connections", with("dc_id", othersDatacenter));
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.at("/err/errors").asString()).contains("dc_id");

        assertThat(api.post(user, "/connections", with("dc_id", "not-an-id")).status()).isEqualTo(404);
        assertThat(api.get(user, "/connections/count").at("/count").asLong()).isZero();
    }

    @Test
    void discoveryDownOrNotKnowingTheProviderRefusesTheCreateAndStoresNothing() {
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/aws"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Reply down = api.post(user, "/connections", body(Map.of("token", secret)));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.at("/err/name").asString()).isEqualTo("HTTPError");
        assertThat(down.at("/err/errors").asString()).contains("discovery-app");

        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/aws")).willReturn(json(500, "{\"error\":\"boom\"}")));
        assertThat(api.post(user, "/connections", body(Map.of("token", secret))).status()).isEqualTo(502);

        Reply unknownProvider = api.post(user, "/connections", with("provider", "Nowhere"));
        assertThat(unknownProvider.status()).isEqualTo(422);
        assertThat(unknownProvider.at("/err/errors/0/path/0").asString()).isEqualTo("provider");

        assertThat(api.get(user, "/connections/count").at("/count").asLong()).isZero();
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("owner._id", new ObjectId(user.id()))))
                .isZero();
        assertThat(datacenterFlag()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void taskTriggerProxiesToDiscoveryForWritersOnly() {
        String id = api.post(user, "/connections", body(Map.of("token", secret))).at("/_id").asString();
        String reply = "{\"msg\":\"In progress. server-list\",\"conn_id\":\"" + id + "\",\"task\":\"server-list\",\"status\":\"warning\"}";
        DISCOVERY.stubFor(put(urlEqualTo("/crawler/aws/" + id + "/server-list")).willReturn(json(201, reply)));
        DISCOVERY.stubFor(put(urlEqualTo("/crawler/aws/" + id + "/teleport-list"))
                .willReturn(json(422, "{\"err\":{\"name\":\"ValidatorError\",\"errors\":[{\"message\":"
                        + "\"\\\"task\\\" This task is not allowed\",\"path\":[\"task\"],\"type\":\"any.allowOnly\","
                        + "\"context\":{\"key\":\"task\",\"label\":\"task\"}}]}}")));

        Reply started = api.put(user, "/connections/" + id + "/task/server-list", null);
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        assertThat(started.body()).isEqualTo(ApiClient.JSON.readTree(reply));

        Reply unknownTask = api.put(user, "/connections/" + id + "/task/teleport-list", null);
        assertThat(unknownTask.status()).isEqualTo(422);
        assertThat(unknownTask.at("/err/errors/0/path/0").asString()).isEqualTo("command");
        // discovery's own reason, under the field this route names
        assertThat(unknownTask.at("/err/errors/0/message").asString()).isEqualTo("\"command\" This task is not allowed");

        User reader = api.newUser("conn-reader");
        api.post(user, "/connections/" + id + "/roles", Map.of("id", reader.id(), "refs", "users", "role", "1"));
        assertThat(api.put(reader, "/connections/" + id + "/task/server-list", null).status()).isEqualTo(403);
        assertThat(api.put(api.newUser("conn-stranger"), "/connections/" + id + "/task/server-list", null).status())
                .isEqualTo(404);

        DISCOVERY.stubFor(put(urlPathMatching("/crawler/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Reply down = api.put(user, "/connections/" + id + "/task/server-list", null);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.at("/err/name").asString()).isEqualTo("HTTPError");
    }

    @Test
    void providersAnswerDiscoverysCatalogue() {
        String info = "{\"items\":[{\"value\":{\"providers\":[{\"label\":\"AWS\",\"icon\":\"aws.png\",\"method\":[\"iam_aws\"]}]}}]}";
        String awsInfo = "{\"items\":[{\"value\":{\"label\":\"AWS\",\"dc\":\"AWS\",\"data\":[]}}]}";
        DISCOVERY.stubFor(get(urlEqualTo("/available/info")).willReturn(json(200, info)));
        DISCOVERY.stubFor(get(urlEqualTo("/available/info/aws")).willReturn(json(200, awsInfo)));
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules")).willReturn(json(200, AWS_RULES)));

        assertThat(api.get(user, "/providers").body()).isEqualTo(ApiClient.JSON.readTree(info));
        assertThat(api.get(user, "/providers/aws").body()).isEqualTo(ApiClient.JSON.readTree(awsInfo));
        assertThat(api.get(user, "/providers/rules").body()).isEqualTo(ApiClient.JSON.readTree(AWS_RULES));
        assertThat(api.get(user, "/providers/rules/aws").body()).isEqualTo(ApiClient.JSON.readTree(AWS_RULES));
        assertThat(api.get(null, "/providers").status()).isEqualTo(401);

        DISCOVERY.stubFor(get(urlEqualTo("/available/info")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(api.get(user, "/providers").status()).isEqualTo(503);
    }

    @Test
    void aProviderDiscoveryDoesNotKnowIs404InDiscoverysWordsWithoutItsAddress() {
        DISCOVERY.stubFor(get(urlEqualTo("/available/info/nope")).willReturn(json(404,
                "{\"err\":{\"name\":\"NotFoundError\",\"errors\":\"Provider nope not found\"}}")));
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/nope")).willReturn(json(404, "<html>Not found</html>")));

        Reply info = api.get(user, "/providers/nope");
        Reply rules = api.get(user, "/providers/rules/nope");

        assertThat(info.status()).isEqualTo(404);
        assertThat(info.at("/err/name").asString()).isEqualTo("NotFoundError");
        assertThat(info.at("/err/errors").asString()).isEqualTo("Provider nope not found");
        assertThat(rules.status()).isEqualTo(404);
        assertThat(rules.at("/err/errors").asString()).isEqualTo("discovery-app refused the call with 404");
        assertThat(info.raw() + rules.raw()).doesNotContain("127.0.0.1", "localhost:", "java.", "<html");
    }

    @Test
    void teamMirrorCreatesTeamOwnedConnectionsAndMasksThem() {
        Reply team = api.post(user, "/teams", Map.of("name", "crew-" + user.name().substring(5, 12)));
        String teamId = team.at("/_id").asString();
        User member = api.newUser("conn-member");
        assertThat(api.post(user, "/teams/" + teamId + "/members",
                Map.of("id", member.id(), "refs", "users", "role", "1")).status()).isEqualTo(201);
        String teamDatacenter = datacenter(user, "/teams/" + teamId + "/datacenters");
        Map<String, Object> body = with("dc_id", teamDatacenter);
        body.put("conn", Map.of("token", secret));

        Reply created = api.post(user, "/teams/" + teamId + "/connections", body);

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(created.at("/owner/refs").asString()).isEqualTo("teams");
        assertThat(created.at("/owner_user/_id").asString()).isEqualTo(teamId);
        Reply list = api.get(member, "/teams/" + teamId + "/connections");
        assertThat(list.at("/found").asLong()).isEqualTo(1);
        assertThat(list.at("/items/0/conn/token").asString()).isEqualTo(MASK);
        assertThat(list.raw()).doesNotContain(secret);
        assertThat(api.get(user, "/connections").at("/found").asLong()).isZero();
        assertThat(api.post(member, "/teams/" + teamId + "/connections", body).status()).isEqualTo(403);
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("link._id", id)
                .append("owner._id", new ObjectId(teamId)))).isEqualTo(3);

        DISCOVERY.stubFor(put(urlEqualTo("/crawler/aws/" + id + "/volumes-list")).willReturn(json(201, "{\"status\":\"warning\"}")));
        assertThat(api.put(user, "/teams/" + teamId + "/connections/" + id + "/task/volumes-list", null).status()).isEqualTo(200);
        assertThat(api.put(member, "/teams/" + teamId + "/connections/" + id + "/task/volumes-list", null).status()).isEqualTo(403);
    }

    @Test
    void schedulerTemplateBuildsTheJobOfAConnectionTask() {
        DISCOVERY.stubFor(get(urlEqualTo("/available/rules/digitalocean")).willReturn(json(200, AWS_RULES)));
        Map<String, Object> droplets = body(Map.of("token", "t"));
        droplets.put("provider", "Digital Ocean");
        String connectionId = api.post(user, "/connections", droplets).at("/_id").asString();

        Reply created = api.post(user, "/scheduler/template", Map.of("refs", "connections", "task", "images-list",
                "_id", connectionId, "provider", "Digital Ocean", "name", "droplets"));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/name").asString()).matches("connections - images-list - " + connectionId + " \\(\\d{13}\\)");
        assertThat(created.at("/endpoint").asString()).isEqualTo("crawler/digitalocean/" + connectionId + "/images-list");
        assertThat(created.at("/interval/every").asInt()).isEqualTo(14);
        assertThat(created.at("/interval/period").asString()).isEqualTo("days");
        assertThat(created.at("/method").asString()).isEqualTo("PUT");
        assertThat(created.at("/run_immediately").asBoolean()).isTrue();
        assertThat(created.at("/link/name").asString()).isEqualTo("droplets");
        assertThat(created.at("/owner/_id").asString()).isEqualTo(user.id());

        Reply otherRefs = api.post(user, "/scheduler/template", Map.of("refs", "reports", "task", "x", "_id", connectionId,
                "provider", "AWS", "name", "n"));
        assertThat(otherRefs.status()).isEqualTo(422);
        assertThat(otherRefs.at("/err/errors/0/path/0").asString()).isEqualTo("refs");
        Reply noInterval = api.post(user, "/scheduler/template", Map.of("refs", "connections", "task", "server-import",
                "_id", connectionId, "provider", "Digital Ocean", "name", "n"));
        assertThat(noInterval.status()).isEqualTo(422);
        assertThat(noInterval.at("/err/errors/0/path/0").asString()).isEqualTo("task");
        assertThat(api.post(user, "/scheduler/template", Map.of("refs", "connections")).status()).isEqualTo(422);
    }

    /** Issue 22, finding 6: a template runs a connection's task, so it needs write on it and names it by id only. */
    @Test
    void schedulerTemplateNeedsWriteOnTheConnectionAndAcceptsOnlyItsId() {
        String id = api.post(user, "/connections", body(Map.of("access", access, "secret", secret))).at("/_id").asString();
        User reader = api.newUser("tpl-reader");
        api.post(user, "/connections/" + id + "/roles", Map.of("id", reader.id(), "refs", "users", "role", "1"));
        long jobsBefore = mongo.getCollection("schedulers").countDocuments();

        assertThat(template(reader, id, "AWS").status()).isEqualTo(403);
        assertThat(template(api.newUser("tpl-stranger"), id, "AWS").status()).isEqualTo(404);
        Reply traversal = template(user, "../../../available/x?", "AWS");
        assertThat(traversal.status()).isEqualTo(422);
        assertThat(traversal.at("/err/errors/0/path/0").asString()).isEqualTo("_id");
        Reply otherProvider = template(user, id, "aws/../../available");
        assertThat(otherProvider.status()).isEqualTo(422);
        assertThat(otherProvider.at("/err/errors/0/path/0").asString()).isEqualTo("provider");
        assertThat(mongo.getCollection("schedulers").countDocuments()).isEqualTo(jobsBefore);

        Reply writer = template(user, id, "AWS");
        assertThat(writer.status()).as(writer.raw()).isEqualTo(201);
        assertThat(writer.at("/endpoint").asString()).isEqualTo("crawler/aws/" + id + "/server-list");
    }

    /**
     * Issue 22, finding 1: a writer who sends the credentials back masked while pointing the connection elsewhere
     * would have discovery present the owner's secrets to a server of theirs. Changing where credentials go needs
     * them entered again, or admin on the connection; a refusal changes nothing.
     */
    @Test
    void aWriterCannotSendTheStoredCredentialsToAnotherEndpoint() {
        String id = api.post(user, "/connections", body(Map.of("access", access, "secret", secret, "region", "eu-west-1")))
                .at("/_id").asString();
        User writer = api.newUser("conn-writer");
        api.post(user, "/connections/" + id + "/roles", Map.of("id", writer.id(), "refs", "users", "role", "3"));
        Document before = mongo.getCollection("connections").find(new Document("_id", new ObjectId(id))).first();

        Reply redirected = api.patch(writer, "/connections/" + id, Map.of("url", "https://attacker.example",
                "conn", Map.of("access", MASK, "secret", MASK, "region", MASK)));
        assertThat(redirected.status()).as(redirected.raw()).isEqualTo(403);
        assertThat(redirected.at("/err/name").asString()).isEqualTo("PermissionError");
        assertThat(redirected.at("/err/errors").asString()).contains("conn.access", "conn.secret", "url")
                .doesNotContain("conn.region").doesNotContain(access).doesNotContain(secret);
        assertThat(api.patch(writer, "/connections/" + id, Map.of("url", "https://attacker.example")).status())
                .isEqualTo(403);
        Map<String, Object> replaced = body(Map.of("access", MASK, "secret", MASK));
        replaced.put("url", "https://attacker.example");
        assertThat(api.put(writer, "/connections/" + id, replaced).status()).isEqualTo(403);
        assertThat(api.patch(writer, "/connections/" + id, Map.of("conn", Map.of("url", "https://attacker.example")))
                .status()).isEqualTo(403);
        assertThat(api.patch(writer, "/connections/" + id, Map.of("service", "s3_file")).status()).isEqualTo(403);
        assertThat(api.patch(writer, "/connections/" + id, Map.of("url", "https://attacker.example",
                "conn", Map.of("access", "AKIAWRITERSOWNKEY000", "secret", MASK))).status()).isEqualTo(403);
        assertThat(mongo.getCollection("connections").find(new Document("_id", new ObjectId(id))).first())
                .isEqualTo(before);

        assertThat(api.patch(writer, "/connections/" + id, Map.of("name", "renamed by the writer",
                "conn", Map.of("access", MASK, "secret", MASK))).status()).isEqualTo(202);
        Reply withOwnKeys = api.patch(writer, "/connections/" + id, Map.of("url", "https://writers-endpoint.example",
                "conn", Map.of("access", "AKIAWRITERSOWNKEY000", "secret", "writers-own-secret")));
        assertThat(withOwnKeys.status()).as(withOwnKeys.raw()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsExactlyInAnyOrderEntriesOf(Map.of("access", "AKIAWRITERSOWNKEY000",
                "secret", "writers-own-secret", "region", "eu-west-1"));

        Reply byAdmin = api.patch(user, "/connections/" + id, Map.of("url", "https://ec2.eu.example"));
        assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(202);
        assertThat(byAdmin.at("/url").asString()).isEqualTo("https://ec2.eu.example");
    }

    /** The same rule for Azure: its Entra ID login endpoint ({@code conn.authority}) is where the client secret goes. */
    @Test
    void aWriterCannotSendAnAzureClientSecretToAnotherLoginEndpoint() {
        // the rule is the credentials' own, whatever the provider: an AWS-shaped body keeps the test on one fixture
        Map<String, Object> withLogin = body(Map.of("client", "c0ffee00-1234-4abc-9def-0123456789ab", "secret", secret,
                "authority", "https://login.stack.internal/adfs/"));
        String id = api.post(user, "/connections", withLogin).at("/_id").asString();
        User writer = api.newUser("azure-writer");
        api.post(user, "/connections/" + id + "/roles", Map.of("id", writer.id(), "refs", "users", "role", "3"));

        Reply otherLogin = api.patch(writer, "/connections/" + id,
                Map.of("conn", Map.of("authority", "https://login.attacker.example/")));

        assertThat(otherLogin.status()).as(otherLogin.raw()).isEqualTo(403);
        assertThat(otherLogin.at("/err/errors").asString()).contains("conn.client", "conn.secret", "conn.authority")
                .doesNotContain("conn.authority,");
        assertThat(storedCredentials(id)).containsEntry("authority", "https://login.stack.internal/adfs/")
                .containsEntry("secret", secret);
    }

    /** The same rule for an SSH source: its host and port say where the owner's password goes. */
    @Test
    void aWriterCannotSendAnSshPasswordToAnotherHost() {
        Map<String, Object> ssh = body(Map.of("host", "files.internal", "port", "22", "user", "maestro",
                "password", secret, "path", "/exports"));
        ssh.put("service", "ssh_file");
        ssh.remove("url");
        String id = api.post(user, "/connections", ssh).at("/_id").asString();
        User writer = api.newUser("ssh-writer");
        api.post(user, "/connections/" + id + "/roles", Map.of("id", writer.id(), "refs", "users", "role", "3"));

        Reply otherHost = api.patch(writer, "/connections/" + id, Map.of("conn", Map.of("host", "attacker.example")));
        assertThat(otherHost.status()).as(otherHost.raw()).isEqualTo(403);
        assertThat(otherHost.at("/err/errors").asString()).contains("conn.password", "conn.host")
                .doesNotContain("conn.user,").doesNotContain("conn.path");
        assertThat(api.patch(writer, "/connections/" + id, Map.of("conn", Map.of("port", 2222))).status()).isEqualTo(403);
        assertThat(api.patch(writer, "/connections/" + id, Map.of("conn", Map.of("port", 22, "path", "/other")))
                .status()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsEntry("host", "files.internal").containsEntry("password", secret);

        String teamId = api.post(user, "/teams", Map.of("name", "ssh-" + user.name().substring(5, 12)))
                .at("/_id").asString();
        api.post(user, "/connections/" + id + "/roles", Map.of("id", teamId, "refs", "teams", "role", "7"));
        assertThat(api.patch(user, "/teams/" + teamId + "/connections/" + id,
                Map.of("conn", Map.of("host", "files2.internal"))).status()).isEqualTo(202);
        assertThat(storedCredentials(id)).containsEntry("host", "files2.internal").containsEntry("password", secret);
    }

    private Reply template(User actor, String connectionId, String provider) {
        return api.post(actor, "/scheduler/template", Map.of("refs", "connections", "task", "server-list",
                "_id", connectionId, "provider", provider, "name", "n"));
    }

    @Test
    void uploadedArtifactListsAreSealedAsJsonTextForDiscovery() {
        Map<String, Object> body = body(Map.of("artifacts", List.of(Map.of("filename", "servers.json"), "apps.json")));
        body.put("provider", "AWS");
        Reply created = api.post(user, "/connections", body);

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/conn/artifacts").asString()).isEqualTo(MASK);
        assertThat(storedCredentials(created.at("/_id").asString()))
                .containsEntry("artifacts", "[{\"filename\":\"servers.json\"},\"apps.json\"]");
    }

    private void assertInvalid(Map<String, Object> body, String field, String type) {
        Reply reply = api.post(user, "/connections", body);
        assertThat(reply.status()).as(field + " " + reply.raw()).isEqualTo(422);
        assertThat(reply.at("/err/name").asString()).isEqualTo("ValidatorError");
        assertThat(reply.at("/err/errors/0/path").toString()).as(reply.raw()).isEqualTo(pathOf(field));
        assertThat(reply.at("/err/errors/0/type").asString()).as(reply.raw()).isEqualTo(type);
    }

    private static String pathOf(String field) {
        return ApiClient.JSON.valueToTree(List.of(field.split("\\."))).toString();
    }

    private Map<String, Object> body(Map<String, Object> credentials) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "aws production");
        body.put("conn", credentials);
        body.put("dc", "dc-main");
        body.put("dc_id", datacenterId);
        body.put("provider", "AWS");
        body.put("service", "iam_aws");
        body.put("regions", List.of("us-east-1 (N. Virginia)"));
        body.put("url", "https://ec2.internal.example");
        return body;
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = body(Map.of("token", "t"));
        body.put(field, value);
        return body;
    }

    private Map<String, Object> without(String field) {
        Map<String, Object> body = body(Map.of("token", "t"));
        body.remove(field);
        return body;
    }

    private String datacenter(User owner, String route) {
        Reply created = api.post(owner, route, Map.of("name", "dc-" + UUID.randomUUID().toString().substring(0, 8),
                "provider", "AWS"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.at("/_id").asString();
    }

    private Boolean datacenterFlag() {
        return mongo.getCollection("datacenters").find(new Document("_id", new ObjectId(datacenterId))).first()
                .getBoolean("sucessed");
    }

    private Map<String, String> storedCredentials(String id) {
        Document stored = mongo.getCollection("connections").find(new Document("_id", new ObjectId(id))).first();
        return CIPHER.open(stored.getString("conn"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
