package io.maestro.standalone;

import static io.maestro.standalone.StandaloneApi.HTTP;
import static io.maestro.standalone.StandaloneApi.idOf;
import static io.maestro.standalone.StandaloneApi.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The cross-service path of ending sessions, all services in one JVM: server-app tells websocket-app at once when a
 * member leaves a team, a password changes or an account is deleted, and websocket-app asks server-app whether a
 * token is still current at every connect.
 */
class SessionEndingEndToEndTest {

    /** Services on 25010-30900, clear of the other standalone tests and of ephemeral ports. */
    private static final int PORT_OFFSET = 20000;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int POLICY_VIOLATION = 1008;


    @TempDir
    Path data;

    private StandaloneSettings settings;
    private StandaloneApi api;

    @Test
    void removalPasswordChangeAndDeletionEndSocketsAndTokensAtOnce() throws Exception {
        settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            String apiKey = "apikey " + SecretsFile.loadOrCreate(data.resolve("secrets.env")).get("MAESTRO_WEBSOCKET_SECRET");
            String admin = api.signUpAndIn("Ada Admin", "ada@example.com");
            String alice = api.signUpAndIn("Alice", "alice@example.com");
            String bob = api.signUpAndIn("Bobby", "bob@example.com");
            String team = api.call("POST", "/teams", admin, Map.of("name", "operators")).path("_id").asString();
            for (String member : List.of(alice, bob)) {
                api.call("POST", "/teams/" + team + "/members", admin, Map.of("id", idOf(member), "refs", "users", "role", 1));
            }
            String channel = "maestro-" + team;

            String aliceChannel = "maestro-" + idOf(alice);
            try (Socket aliceSocket = Socket.open(settings).listen(alice, channel, aliceChannel);
                 Socket bobSocket = Socket.open(settings).listen(bob, channel)) {
                api.call("DELETE", "/teams/" + team + "/members/" + idOf(alice), admin, null);
                publish(apiKey, channel, "{\"right\":\"after the removal\"}");
                publish(apiKey, aliceChannel, "{\"own\":\"channel\"}");
                assertThat(bobSocket.nextFrame("push").path("data").path("right").asString()).isEqualTo("after the removal");
                assertThat(aliceSocket.nextFrame("unsubscribed").path("channel").asString()).isEqualTo(channel);
                // Delivered in order: by the time her own channel's push is in, a team push would be too.
                assertThat(aliceSocket.nextFrame("push").path("channel").asString()).isEqualTo(aliceChannel);
                assertThat(aliceSocket.pushes).as("the removed member gets no push sent after the removal")
                        .extracting(push -> push.path("channel").asString()).containsExactly(aliceChannel);

                JsonNode changed = api.call("PATCH", "/users/auth/pass", bob,
                        Map.of("email", "bob@example.com", "password", "secret-Bobby", "newpass", "brand-new"));
                assertThat(bobSocket.closeCode()).as("the socket of the token older than the password change").isEqualTo(POLICY_VIOLATION);
                assertThat(api.status("GET", "/me", bob)).isEqualTo(401);
                try (Socket stale = Socket.open(settings)) {
                    assertThat(stale.connect(bob).path("error").path("code").asInt()).isEqualTo(401);
                }
                String fresh = changed.path("token").asString();
                assertThat(api.status("GET", "/me", fresh)).isEqualTo(200);
                try (Socket renewed = Socket.open(settings).listen(fresh, channel)) {
                    publish(apiKey, channel, "{\"to\":\"the new session\"}");
                    assertThat(renewed.nextFrame("push").path("data").path("to").asString()).isEqualTo("the new session");
                }

                assertThat(api.status("DELETE", "/me", alice)).isEqualTo(204);
                assertThat(aliceSocket.closeCode()).as("the deleted user's open socket").isEqualTo(POLICY_VIOLATION);
                assertThat(api.status("GET", "/me", alice)).isEqualTo(401);
                try (Socket deleted = Socket.open(settings)) {
                    assertThat(deleted.connect(alice).path("error").path("code").asInt()).isEqualTo(401);
                }
            }
        }
    }

    private void publish(String apiKey, String channel, String data) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.WEBSOCKET) + "/api"))
                .header("Authorization", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"method\":\"publish\",\"params\":{\"channel\":\"" + channel + "\",\"data\":" + data + "}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A browser on websocket-app: replies, pushes and other server frames by kind, and how the server closed it. */
    private static final class Socket implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final BlockingQueue<JsonNode> pushes = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private int nextId;

        static Socket open(StandaloneSettings settings) {
            Socket client = new Socket();
            client.socket = HTTP.newWebSocketBuilder()
                    .buildAsync(URI.create(settings.publicUrl(MaestroService.WEBSOCKET).replaceFirst("^http", "ws")
                            + "/connection/websocket"), client)
                    .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
            return client;
        }

        Socket listen(String token, String... channels) throws InterruptedException {
            assertThat(connect(token).has("result")).isTrue();
            for (String channel : channels) {
                assertThat(command("subscribe", "{\"channel\":\"" + channel + "\"}").has("result")).isTrue();
            }
            return this;
        }

        JsonNode connect(String token) throws InterruptedException {
            return command("connect", "{\"token\":\"" + token + "\"}");
        }

        JsonNode command(String method, String params) throws InterruptedException {
            int id = ++nextId;
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            JsonNode reply = nextFrame("id");
            assertThat(reply.path("id").asInt()).isEqualTo(id);
            return reply;
        }

        /** The next frame that has {@code key} (pings are answered and skipped); {@code push} frames are also kept. */
        JsonNode nextFrame(String key) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && frame.has(key)) {
                    return key.equals("id") ? frame : frame.get(key);
                }
            }
            throw new AssertionError("no frame with " + key + " within " + WAIT);
        }

        int closeCode() {
            return closeCode.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode frame = JSON.readTree(partial.toString());
                partial.setLength(0);
                if (frame.has("ping")) {
                    webSocket.sendText("{\"method\":\"pong\"}", true);
                } else {
                    if (frame.has("push")) {
                        pushes.add(frame.get("push"));
                    }
                    frames.add(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
            socket.abort();
        }
    }
}
