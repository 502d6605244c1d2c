package io.maestro.server.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.client.ServerAppClient;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerProperties;
import io.maestro.common.http.PeerService;
import io.maestro.server.api.relation.Inventory.Grant;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /drift} over records as discovery stores them (an AWS connection's and a Terraform state's): unmanaged,
 * missing and changed, within what the caller may read.
 */
class DriftApiTest extends InventoryApiTest {

    private static final String EARLIER_RUN = "2026-12-06T08:00:00Z";
    private static final String STATE_RUN = "2026-12-06T09:00:00Z";
    private static final String CLOUD_RUN = "2026-12-06T09:30:00Z";

    @Override
    String userPrefix() {
        return "drift";
    }

    private String connection(String name, String service, User owner) {
        return inventory.insert("connections", new Document("name", name).append("service", service)
                .append("provider", service.endsWith("_terraform") ? "Terraform" : "AWS"), Grant.user(owner, 7));
    }

    private static Document declaration(String state, String address, String size, String ip) {
        return new Document("unique_id", state + ":" + address).append("connection", state).append("address", address)
                .append("declared", new Document("size", size).append("image", "ami-1").append("ipv4_private", ip)
                        .append("tags", List.of(new Document("key", "Name").append("value", "web"))));
    }

    /** A server as discovery leaves it: found by {@code finders} (with their sightings), declared by {@code declarations}. */
    private void server(String uniqueId, boolean active, List<String> finders, Document seenBy,
            List<Document> declarations, User reader) {
        Document fields = new Document("name", uniqueId).append("unique_id", uniqueId).append("active", active)
                .append("accountant", finders).append("seen_by", seenBy).append("last_seen_at", new Date())
                .append("ipv4_private", "10.0.0.1")
                .append("tags", List.of(new Document("key", "Name").append("value", "web"),
                        new Document("key", "aws:cloudformation:stack-name").append("value", "x")))
                .append("datacenters", new Document("instance", "t3.micro").append("image_id", "ami-1"));
        if (!declarations.isEmpty()) {
            fields.append("declared_in", declarations);
        }
        inventory.insert("servers", fields, Grant.user(reader, 7));
    }

    private static List<String> ids(Reply drift, String list) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : drift.at("/" + list)) {
            ids.add(entry.get("unique_id").asString());
        }
        return ids;
    }

    @Test
    void listsWhatRunsUndeclaredWhatIsDeclaredButGoneAndWhatDiffersWithinWhatTheCallerMayRead() {
        User other = api.newUser("drift-other");
        String aws = connection("aws prod", "iam_aws", user);
        String state = connection("prod state", "upload_terraform", user);
        String othersState = connection("their state", "s3_terraform", other);
        connection("facts", "upload_ansible", user);
        String prefix = user.id().substring(16);
        server(prefix + "-same", true, List.of(aws), new Document(aws, CLOUD_RUN).append(state, STATE_RUN),
                List.of(declaration(state, "aws_instance.web[0]", "t3.micro", "10.0.0.1")), user);
        server(prefix + "-resized", true, List.of(aws), new Document(aws, CLOUD_RUN).append(state, STATE_RUN),
                List.of(declaration(state, "aws_instance.web[1]", "m5.large", "10.0.0.1")), user);
        server(prefix + "-undeclared", true, List.of(aws), new Document(aws, CLOUD_RUN), List.of(), user);
        server(prefix + "-never-ran", true, List.of(state), new Document(state, STATE_RUN),
                List.of(declaration(state, "module.x.aws_instance.y", "t3.micro", "10.0.0.9")), user);
        server(prefix + "-terminated", false, List.of(aws), new Document(aws, EARLIER_RUN).append(state, STATE_RUN),
                List.of(declaration(state, "aws_instance.old", "t3.micro", "10.0.0.1")), user);
        server(prefix + "-taken-out-of-state", true, List.of(aws),
                new Document(aws, CLOUD_RUN).append(state, EARLIER_RUN),
                List.of(declaration(state, "aws_instance.gone", "t3.micro", "10.0.0.1")), user);
        server(prefix + "-someone-elses", true, List.of(aws), new Document(aws, CLOUD_RUN), List.of(), other);
        server(prefix + "-their-declaration", true, List.of(aws),
                new Document(aws, CLOUD_RUN).append(othersState, STATE_RUN),
                List.of(declaration(othersState, "aws_instance.theirs", "t3.micro", "10.0.0.1")), user);

        Reply drift = api.get(user, "/drift");

        assertThat(drift.status()).as(drift.raw()).isEqualTo(200);
        assertThat(ids(drift, "unmanaged")).containsExactlyInAnyOrder(prefix + "-undeclared",
                prefix + "-taken-out-of-state", prefix + "-their-declaration");
        assertThat(ids(drift, "missing")).containsExactlyInAnyOrder(prefix + "-never-ran", prefix + "-terminated");
        assertThat(ids(drift, "changed")).containsExactly(prefix + "-resized");
        JsonNode resized = drift.at("/changed/0");
        assertThat(resized.at("/declared_in/address").asString()).isEqualTo("aws_instance.web[1]");
        assertThat(resized.at("/declared_in/connection_name").asString()).isEqualTo("prod state");
        assertThat(resized.at("/differences").toString()).isEqualTo(
                "[{\"attribute\":\"size\",\"declared\":\"m5.large\",\"running\":\"t3.micro\"}]");
        assertThat(resized.at("/declared_seen_at").asString()).isEqualTo(STATE_RUN);
        assertThat(resized.at("/running_seen_at").asString()).isEqualTo(CLOUD_RUN);
        for (JsonNode missing : drift.at("/missing")) {
            boolean terminated = missing.get("unique_id").asString().endsWith("-terminated");
            assertThat(missing.at("/running_seen_at").isNull() || missing.at("/running_seen_at").isMissingNode())
                    .as("only the terminated one was ever seen running").isEqualTo(!terminated);
            if (terminated) {
                assertThat(missing.at("/running_seen_at").asString()).isEqualTo(EARLIER_RUN);
            }
        }
        assertThat(drift.at("/unmanaged/0/connection/name").asString()).isEqualTo("aws prod");
        assertThat(drift.at("/states").toString()).contains("prod state").doesNotContain("their state");
        assertThat(drift.at("/attributes").toString()).isEqualTo("[\"size\",\"image\",\"ipv4_private\",\"tags\"]");
        assertThat(drift.at("/truncated").asBoolean()).isFalse();
    }

    @Test
    void theTypedClientOfCommonReadsTheCallersDrift() {
        String aws = connection("aws eu", "iam_aws", user);
        String prefix = user.id().substring(16);
        server(prefix + "-by-hand", true, List.of(aws), new Document(aws, CLOUD_RUN), List.of(), user);
        ServerAppClient serverApp = new PeerClients(new PeerProperties(Map.of("server",
                URI.create("http://127.0.0.1:" + port)), Duration.ofSeconds(10)), RestClient::builder,
                () -> () -> "JWT not-a-session").client(PeerService.SERVER, ServerAppClient.class);

        Map<String, Object> drift = serverApp.drift("JWT " + user.token());

        assertThat((List<?>) drift.get("unmanaged")).singleElement()
                .satisfies(entry -> assertThat(((Map<?, ?>) entry).get("unique_id")).isEqualTo(prefix + "-by-hand"));
        assertThat((List<?>) drift.get("missing")).isEmpty();
    }

    @Test
    void withoutASessionItIsRefused() {
        Reply anonymous = api.call("GET", "/drift", null, null);

        assertThat(anonymous.status()).isEqualTo(401);
    }
}
