package io.maestro.standalone;

import static io.maestro.common.testsupport.Eventually.eventually;
import static io.maestro.standalone.StandaloneApi.JSON;
import static io.maestro.standalone.StandaloneApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * scheduler-app running jobs for real, all services in one JVM: "Run now" on a stored job syncs its connection through
 * discovery-app into the inventory and counts the run; the same job made by another user on that connection is refused
 * at its run (a job acts with its holders' authority, S32) and touches nothing.
 */
class ScheduledSyncEndToEndTest {

    /** Services on 12000-17900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 7000;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    private StandaloneApi api;

    @Test
    void runNowSyncsTheOwnersConnectionAndAStrangersJobOnItIsRefused() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            String owner = api.signUpAndIn("Sam Scheduler", "sam@example.com");
            String stranger = api.signUpAndIn("Eve Stranger", "eve@example.com");
            String file = api.call("PUT", "/users/upload?ext=json&folder=users&name=nightly", owner,
                    Map.of("servers", List.of(Map.of("name", "scheduled-a", "ipv4_private", "10.3.0.1"),
                            Map.of("name", "scheduled-b", "ipv4_private", "10.3.0.2")))).path("filename").asString();
            String datacenter = id(api.call("POST", "/datacenters", owner, Map.of("name", "dc-nightly", "provider", "File")));
            String connection = id(api.call("POST", "/connections", owner, Map.of("name", "nightly file",
                    "provider", "File", "service", "upload_file", "dc", "dc-nightly", "dc_id", datacenter,
                    "regions", List.of(), "conn", Map.of("artifacts", JSON.writeValueAsString(List.of(file))))));

            String job = createJob(owner, connection);
            api.call("PATCH", "/scheduler/" + job, owner, Map.of("run_immediately", true));
            JsonNode servers = eventually(() -> when(api.read("/servers?limit=10", owner),
                    found -> found.path("found").asInt() == 2), WAIT, "the scheduled import in the inventory");
            assertThat(servers.toString()).contains("scheduled-a", "scheduled-b");
            JsonNode ran = eventually(() -> when(api.read("/scheduler/" + job, owner),
                    stored -> "success".equals(stored.path("last_run_status").asString())), WAIT, "the run counted");
            assertThat(ran.path("total_run_count").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(ran.path("enabled").asBoolean()).isTrue();
            JsonNode events = api.call("GET", "/scheduler/" + job + "/events", owner, null);
            assertThat(events.path("items").get(0).path("status").asString()).isEqualTo("success");

            JsonNode ownersRun = eventually(() -> when(api.read("/connections/" + connection, owner)
                    .path("process").path("server-import"), state -> "success".equals(state.path("state").asString())),
                    WAIT, "the owner's sync ended");
            String strangersJob = createJob(stranger, connection);
            api.call("PATCH", "/scheduler/" + strangersJob, stranger, Map.of("run_immediately", true));
            JsonNode refused = eventually(() -> when(api.read("/scheduler/" + strangersJob, stranger),
                    stored -> stored.path("enabled").isBoolean() && !stored.path("enabled").asBoolean()), WAIT,
                    () -> "the stranger's job depleted; the job: " + api.read("/scheduler/" + strangersJob, stranger));
            assertThat(refused.path("last_run_status").asString()).isEqualTo("danger");
            assertThat(refused.path("msg").asString()).isEqualTo("Connection " + connection + " no longer exists");
            assertThat(api.read("/connections/" + connection, owner).path("process").path("server-import"))
                    .as("the owner's connection did not run again").isEqualTo(ownersRun);
        }
    }

    /** {@code answer} once it is what {@code done} waits for, else null (poll again). */
    private static JsonNode when(JsonNode answer, Predicate<JsonNode> done) {
        return done.test(answer) ? answer : null;
    }

    /** A job that imports the connection's file every day, as a user makes it on the Scheduler page. */
    private String createJob(String token, String connection) throws Exception {
        return id(api.call("POST", "/scheduler", token, Map.of("name", "nightly import", "task", "connections",
                "method", "PUT", "endpoint", "crawler/file/" + connection + "/server-import", "period_type", "interval",
                "interval", Map.of("every", 1, "period", "days"))));
    }
}
