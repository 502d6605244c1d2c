package io.maestro.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.drift.DriftReport;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Ansible facts, a Terraform state and DigitalOcean droplets from start to end through the real RabbitMQ, with
 * data-app, audit-app and websocket-app in the same JVM (server-app, which serves the uploaded files, and the clouds'
 * APIs played by WireMock); then drift between the state and a recorded AWS sync of the same owner.
 */
class IacSyncEndToEndTest extends EndToEndTest {

    private static final List<String> STATE_SECRETS = List.of("e2e-Db-Password-Secret-5", "e2e-UserData-Secret-6",
            "e2e-Output-Secret-7");
    private static final List<String> FACT_SECRETS = List.of("env-Secret-Debian-77", "env-Secret-Rhel-31",
            "env-Secret-Windows-12");
    private static final String PAGE_2 = "eyJ2IjoiMiIsImMiOiJwYWdlLTIiLCJzIjoxfQ==";

    private static AwsTestCloud aws;

    @BeforeAll
    static void startAws() {
        aws = cloud(new AwsTestCloud());
        startServices("discovery-iac-e2e");
    }

    private static byte[] resource(String path) {
        try (InputStream in = IacSyncEndToEndTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void uploaded(String name, byte[] content) {
        services.serverApp().stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo(name))
                .willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody(content)));
    }

    private static ObjectId fileConnection(ObjectId owner, String name, String provider, String service,
            List<String> artifacts) {
        return services.storeConnection(owner, "Lab DC", new Document("name", name).append("provider", provider)
                .append("service", service).append("regions", List.of()), Map.of("artifacts", artifacts));
    }

    @Test
    void ansibleFactsAreServersAndTheMalformedFileIsNamedWhileTheOthersAreImported(CapturedOutput output)
            throws Exception {
        services.resetServerApp();
        List<String> files = List.of("web-1", "db-1.json", "windows-hosts.json", "broken.json");
        files.forEach(file -> uploaded("users/o/facts/" + file, resource("/ansible/facts/" + file)));
        ObjectId owner = new ObjectId();
        ObjectId connection = fileConnection(owner, "lab facts", "Ansible", "upload_ansible",
                files.stream().map(file -> "users/o/facts/" + file).toList());

        HttpResponse<String> started = services.crawl("ansible", connection.toHexString(), "server-list");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        Document state = finished(connection, "server-list");
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("ansible_facts in all: users/o/facts/broken.json: not valid JSON."
                + " At ");
        Document web = server("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        assertThat(web.getString("name")).isEqualTo("web-1");
        assertThat(web.getString("ipv4_private")).isEqualTo("10.20.0.11");
        assertThat(web.get("os", Document.class)).containsEntry("dist", "Debian");
        assertThat(web.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(server("a1b2c3d4e5f60718293a4b5c6d7e8f90").getString("name")).isEqualTo("db-1");
        assertThat(server("s-1-5-21-1180699209-877415012-3182924384").get("os", Document.class))
                .containsEntry("base", "Windows");
        String stored = inventory.find(Query.query(Criteria.where("accountant").is(connection.toHexString())),
                Document.class, "servers").toString();
        FACT_SECRETS.forEach(secret -> assertThat(stored).doesNotContain(secret));
        FACT_SECRETS.forEach(secret -> assertThat(output.getAll()).doesNotContain(secret));
    }

    /**
     * The recorded instances' ids are unique in the store (S19): the records other test classes of this JVM left with
     * them, and this test's own afterwards, are removed so that each class syncs them as its owner's.
     */
    private static void forgetRecordedInstances() {
        inventory.remove(Query.query(Criteria.where("unique_id").regex("^i-0a1b2c3d4e5f6000")), "servers");
    }

    @Test
    void aStateDeclaringSomeInstancesOfARecordedAwsSyncGivesExactlyTheirDrift(CapturedOutput output) throws Exception {
        forgetRecordedInstances();
        try {
            declaredAgainstRunning(output);
        } finally {
            forgetRecordedInstances();
        }
    }

    private void declaredAgainstRunning(CapturedOutput output) throws Exception {
        ObjectId owner = new ObjectId();
        aws.server().resetAll();
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2.xml");
        aws.instanceTypes();
        ObjectId cloud = services.storeConnection(owner, "AWS - Virginia", new Document("name", "Production AWS")
                .append("provider", "AWS").append("service", "iam_aws")
                .append("regions", List.of("us-east-1 (N. Virginia)")).append("url", aws.server().baseUrl()),
                Map.of("access", AwsTestCloud.ACCESS_KEY, "secret", AwsTestCloud.SECRET_KEY));
        assertThat(services.crawl("aws", cloud.toHexString(), "server-list").statusCode()).isEqualTo(201);
        assertThat(finished(cloud, "server-list").getString("msg")).startsWith("Success. 5 created");

        services.resetServerApp();
        uploaded("users/o/prod.tfstate", state());
        ObjectId stateConnection = fileConnection(owner, "prod state", "Terraform", "upload_terraform",
                List.of("users/o/prod.tfstate"));
        assertThat(services.crawl("terraform", stateConnection.toHexString(), "server-list").statusCode())
                .isEqualTo(201);
        Document stateRun = finished(stateConnection, "server-list");

        assertThat(stateRun.getString("state")).as(stateRun.toJson()).isEqualTo("success");
        assertThat(stateRun.getString("msg")).startsWith("Success. 1 created, 2 updated, 0 unchanged, 0 deactivated."
                + " users/o/prod.tfstate: 2 resources of types Maestro does not map (aws_iam_role ×1,"
                + " random_password ×1). At ");
        Document declared = server("i-0a1b2c3d4e5f60002");
        assertThat(declared.getString("ipv4_private")).as("the running value stays").isEqualTo("10.0.1.13");
        assertThat(declared.get("datacenters", Document.class).getString("instance")).isEqualTo("m5.large");
        assertThat(declared.getList("accountant", String.class)).containsExactly(cloud.toHexString());
        assertThat(declared.getList("declared_in", Document.class)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("connection", stateConnection.toHexString())
                .containsEntry("address", "module.app.aws_instance.web[1]"));
        assertThat(server("i-0a1b2c3d4e5f60009").getList("accountant", String.class))
                .containsExactly(stateConnection.toHexString());

        Map<String, Object> drift = DriftReport.of(Map.of(stateConnection.toHexString(), "prod state"),
                Map.of(cloud.toHexString(), "Production AWS"), ownerRecords(owner));

        assertThat(uniqueIds(drift, "unmanaged")).containsExactly("i-0a1b2c3d4e5f60004");
        assertThat(uniqueIds(drift, "missing")).containsExactly("i-0a1b2c3d4e5f60009");
        assertThat(uniqueIds(drift, "changed")).containsExactly("i-0a1b2c3d4e5f60002");
        assertThat(entries(drift, "changed").get(0).get("differences")).isEqualTo(List.of(Map.of(
                "attribute", "size", "declared", "t3.large", "running", "m5.large")));
        assertThat(entries(drift, "changed").get(0).get("running_seen_at")).isNotNull();
        assertThat(entries(drift, "missing").get(0).get("running_seen_at")).isNull();

        String stored = inventory.find(Query.query(Criteria.where("roles._id").is(owner)), Document.class, "servers")
                .toString();
        STATE_SECRETS.forEach(secret -> assertThat(stored).doesNotContain(secret));
        STATE_SECRETS.forEach(secret -> assertThat(output.getAll()).doesNotContain(secret));
        assertThat(services.published()).isNotEmpty().allSatisfy(message ->
                STATE_SECRETS.forEach(secret -> assertThat(message).doesNotContain(secret)));
    }

    @Test
    void digitalOceanDropletsArePagedAndStoredAndTheTokenIsNowhere(CapturedOutput output) throws Exception {
        String token = "dop_v1_e2e-Token-Secret-8";
        aws.server().resetAll();
        for (String[] page : new String[][] {{"1", "droplets-1.json"}, {"2", "droplets-2.json"}}) {
            aws.server().stubFor(get(urlPathEqualTo("/v2/droplets")).withQueryParam("page", equalTo(page[0]))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json")
                            .withHeader("ratelimit-remaining", "4999")
                            .withBody(resource("/digitalocean/" + page[1]))));
        }
        ObjectId owner = new ObjectId();
        ObjectId connection = services.storeConnection(owner, "DO DC", new Document("name", "do prod")
                .append("provider", "Digital Ocean").append("service", "Digital Ocean").append("regions", List.of())
                .append("url", aws.server().baseUrl()), Map.of("token", token));

        assertThat(services.crawl("digitalocean", connection.toHexString(), "server-list").statusCode()).isEqualTo(201);
        Document state = finished(connection, "server-list");

        assertThat(state.getString("state")).as(state.toJson()).isEqualTo("success");
        assertThat(state.getString("msg")).startsWith("Success. 2 created, 0 updated, 0 unchanged, 0 deactivated. At ");
        Document edge = server("412345678");
        assertThat(edge.getString("ipv4_public")).isEqualTo("188.166.1.10");
        assertThat(edge.get("datacenters", Document.class)).containsEntry("instance", "s-1vcpu-2gb");
        assertThat(server("412345679").getBoolean("active")).as("switched off").isFalse();
        assertThat(output.getAll()).doesNotContain(token);
        assertThat(services.published()).isNotEmpty().allSatisfy(message -> assertThat(message).doesNotContain(token));
    }

    /** The owner's servers as server-app reads them for {@code GET /drift}. */
    private static Map<String, List<Map<String, Object>>> ownerRecords(ObjectId owner) {
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (String collection : DriftReport.COLLECTIONS) {
            records.put(collection, List.copyOf(inventory.find(Query.query(Criteria.where("roles._id").is(owner)),
                    Document.class, collection)));
        }
        return records;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> drift, String list) {
        return (List<Map<String, Object>>) drift.get(list);
    }

    private static List<Object> uniqueIds(Map<String, Object> drift, String list) {
        return entries(drift, list).stream().map(entry -> entry.get("unique_id")).toList();
    }

    /**
     * A state declaring i-…0001 as it runs, i-…0002 with another instance type, and i-…0009, which AWS does not list;
     * with a database password, user data and a sensitive output.
     */
    private static byte[] state() {
        return ("""
                {"version": 4, "terraform_version": "1.7.5", "serial": 3, "lineage": "e2e",
                 "outputs": {"db": {"value": "e2e-Output-Secret-7", "type": "string", "sensitive": true}},
                 "resources": [
                  {"module": "module.app", "mode": "managed", "type": "aws_instance", "name": "web", "instances": [
                    {"index_key": 0, "attributes": {"id": "i-0a1b2c3d4e5f60001", "instance_type": "t3.micro",
                      "ami": "ami-0c02fb55956c7d316", "private_ip": "10.0.1.12", "availability_zone": "us-east-1a",
                      "user_data": "e2e-UserData-Secret-6"}, "sensitive_attributes": []},
                    {"index_key": 1, "attributes": {"id": "i-0a1b2c3d4e5f60002", "instance_type": "t3.large",
                      "ami": "ami-0c02fb55956c7d316", "private_ip": "10.0.1.13", "availability_zone": "us-east-1a"},
                     "sensitive_attributes": []}]},
                  {"mode": "managed", "type": "aws_instance", "name": "worker", "instances": [
                    {"attributes": {"id": "i-0a1b2c3d4e5f60009", "instance_type": "t3.micro",
                      "ami": "ami-0c02fb55956c7d316", "private_ip": "10.0.1.99", "availability_zone": "us-east-1b",
                      "tags": {"Name": "worker"}}, "sensitive_attributes": []}]},
                  {"mode": "managed", "type": "aws_iam_role", "name": "ci", "instances": [{"attributes": {"id": "ci"}}]},
                  {"mode": "managed", "type": "random_password", "name": "db", "instances": [
                    {"attributes": {"id": "none", "result": "e2e-Db-Password-Secret-5"},
                     "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]}
                 ]}
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
