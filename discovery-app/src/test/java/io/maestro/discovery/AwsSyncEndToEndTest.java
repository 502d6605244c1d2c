package io.maestro.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * An AWS {@code server-list} from start to end, through the real RabbitMQ: an {@code iam_aws} connection whose
 * {@code url} is a WireMock serving recorded DescribeInstances pages, crawled by discovery-app with data-app,
 * audit-app and websocket-app in the same JVM.
 */
class AwsSyncEndToEndTest extends EndToEndTest {

    private static final String PAGE_2 = "eyJ2IjoiMiIsImMiOiJwYWdlLTIiLCJzIjoxfQ==";
    private static final String REGION = "us-east-1";
    private static final List<String> SECRETS = List.of(AwsTestCloud.ACCESS_KEY, AwsTestCloud.SECRET_KEY);

    private static AwsTestCloud aws;

    @BeforeAll
    static void startAws() {
        aws = cloud(new AwsTestCloud());
        startServices("discovery-aws-e2e");
        inventory.insert(List.of(
                // 0.6's seeded table: t3.micro with 1 vCPU, where EC2 says 2
                new Document("api_name", "t3.micro").append("vcpus", "1 vCPUs").append("memory", "1.0 GiB"),
                new Document("api_name", "m5.large").append("vcpus", "2 vCPUs").append("memory", "8.0 GiB")),
                "flavors-public"); // data-app's collection behind /flavors_public
    }

    @BeforeEach
    void forgetStubs() {
        aws.server().resetAll();
    }

    @Test
    void syncsInstancesThenDeactivatesTheGoneUpdatesTheChangedAndLeavesTheRest(CapturedOutput output)
            throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId connection = connection(owner);
        ObjectId datacenter = datacenterOf(connection);
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2.xml");
        aws.instanceTypes();

        Document first = runWatched(owner, connection, "aws", "server-list", "AWS - Virginia", "AWS", SECRETS);

        assertThat(first.getString("msg")).startsWith("Success. 5 created, 0 updated, 0 unchanged, 0 deactivated. At ");
        Document web = server("i-0a1b2c3d4e5f60001");
        assertThat(web.getString("name")).isEqualTo("Web-01");
        assertThat(web.getString("ipv4_private")).isEqualTo("10.0.1.12");
        assertThat(web.get("datacenters", Document.class)).containsEntry("_id", datacenter)
                .containsEntry("name", "AWS - Virginia").containsEntry("instance", "t3.micro")
                .containsEntry("zone", "us-east-1a").containsEntry("region", REGION);
        assertThat(web.getInteger("cpu")).as("EC2's DescribeInstanceTypes, not the stale flavor table")
                .isEqualTo(2);
        assertThat(web.getDouble("memory")).isEqualTo(1.0);
        assertThat(web.getString("status")).isEqualTo("Active");
        assertThat(web.getBoolean("active")).isTrue();
        assertThat(web.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(web.getList("roles", Document.class).get(0).getObjectId("_id")).isEqualTo(owner);
        assertThat(web.get("first_seen_at")).isInstanceOf(Date.class).isEqualTo(web.get("last_seen_at"));
        assertThat(server("i-0a1b2c3d4e5f60002").getInteger("cpu")).as("m5.large").isEqualTo(2);
        assertThat(server("i-0a1b2c3d4e5f60002").getString("status")).isEqualTo("Stopped");
        assertThat(server("i-0a1b2c3d4e5f60003").getBoolean("active")).as("terminated").isFalse();
        List<String> instances = List.of("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003",
                "i-0a1b2c3d4e5f60004", "i-0a1b2c3d4e5f60005");
        assertCreatedBy("Production AWS", servers(instances).values());
        Map<String, Document> before = servers(instances);

        // The next run: i-...0004 is gone, i-...0005 was renamed.
        aws.server().resetAll();
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2-next-run.xml");
        aws.instanceTypes();
        Document second = rerun("aws", connection, "server-list");

        assertThat(second.getString("msg")).as(second.toJson())
                .startsWith("Success. 0 created, 1 updated, 3 unchanged, 1 deactivated. At ");
        Document gone = server("i-0a1b2c3d4e5f60004");
        assertThat(gone.getBoolean("active")).isFalse();
        assertThat(gone.get("last_seen_at")).isEqualTo(before.get("i-0a1b2c3d4e5f60004").get("last_seen_at"));
        Document changed = server("i-0a1b2c3d4e5f60005");
        assertThat(changed.getString("name")).isEqualTo("Canary-v2");
        assertThat(changed.get("first_seen_at")).isEqualTo(before.get("i-0a1b2c3d4e5f60005").get("first_seen_at"));
        assertThat(eventually(() -> auditRows(changed).size() == 2 ? auditRows(changed) : null, "the audit of the change"))
                .hasSize(2);
        for (String instance : List.of("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003")) {
            Document untouched = server(instance);
            assertThat((Date) untouched.get("last_seen_at")).isAfter((Date) before.get(instance).get("last_seen_at"));
            assertThat(untouched.get("seen_by", Document.class).getString(connection.toHexString()))
                    .isEqualTo(((Date) untouched.get("last_seen_at")).toInstant().toString());
            assertThat(withoutLastSeen(untouched)).as("not rewritten").isEqualTo(withoutLastSeen(before.get(instance)));
            assertThat(auditRows(untouched)).hasSize(1);
        }
        assertThat(auditRows(gone)).hasSize(1);

        assertSecretsNowhere(SECRETS, output);
    }

    @Test
    void refusedKeysAreTheTasksDangerStateWithAwsWordsAndDeactivateNothing(CapturedOutput output) throws Exception {
        ObjectId connection = connection(new ObjectId());
        for (String instance : List.of("i-0f0e0d0c0b0a00001", "i-0f0e0d0c0b0a00002")) {
            storeActiveServer(connection, instance, instance, REGION);
        }
        aws.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(AwsTestCloud.resource("ec2/error-auth-failure.xml"))));

        HttpResponse<String> started = crawl("aws", connection, "server-list");

        assertThat(started.statusCode()).isEqualTo(201);
        assertNone(SECRETS, started.body());
        Document state = finished(connection, "server-list");
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("describe_instances in " + REGION + ": DescribeInstances failed: "
                + "AuthFailure: AWS was not able to validate the provided access credentials. At ");
        assertThat(activeServers(connection)).isEqualTo(2);
        assertSecretsNowhere(SECRETS, output);
    }

    /** A datacenter and an {@code iam_aws} connection of the owner, its calls sent to WireMock. */
    private static ObjectId connection(ObjectId owner) {
        return services.storeConnection(owner, "AWS - Virginia", new Document("name", "Production AWS")
                .append("provider", "AWS").append("service", "iam_aws")
                .append("regions", List.of("us-east-1 (N. Virginia)")).append("url", aws.server().baseUrl()),
                Map.of("access", AwsTestCloud.ACCESS_KEY, "secret", AwsTestCloud.SECRET_KEY));
    }

    /** The record without when it was last seen ({@code last_seen_at}, and the connection's {@code seen_by}). */
    private static Document withoutLastSeen(Document server) {
        Document copy = new Document(server);
        copy.remove("last_seen_at");
        copy.remove("seen_by");
        return copy;
    }
}
