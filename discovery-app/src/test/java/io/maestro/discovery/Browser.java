package io.maestro.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A dashboard tab: connected to websocket-app as the owner and subscribed to the owner's channel. */
final class Browser implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<JsonNode> eventsOnly = new ArrayList<>();
    private WebSocket socket;

    static Browser listen(int port, String userId) throws Exception {
        Browser browser = new Browser();
        browser.socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/connection/websocket"), browser)
                .get(10, TimeUnit.SECONDS);
        String token = new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"),
                Duration.ofMinutes(5)).issue(new SessionUser(userId, "Ana", "ana@example.com", null));
        browser.send(Map.of("id", 1, "method", "connect", "params", Map.of("token", token)));
        assertThat(browser.next().has("result")).isTrue();
        browser.send(Map.of("id", 2, "method", "subscribe", "params", Map.of("channel", "maestro-" + userId)));
        assertThat(browser.next().has("result")).isTrue();
        return browser;
    }

    private void send(Map<String, Object> command) {
        socket.sendText(JSON.writeValueAsString(command), true).join();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(60, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("No frame from websocket-app");
        }
        return frame;
    }

    /** The next publication (pings are skipped). */
    private JsonNode nextPush() throws InterruptedException {
        while (true) {
            JsonNode frame = next();
            if (frame.has("push")) {
                return frame.path("push");
            }
        }
    }

    /** The next push with a toast ({@code notify}); the event-only pushes before it (a sync's progress) are kept. */
    JsonNode nextNotice() throws InterruptedException {
        while (true) {
            JsonNode push = nextPush();
            if (push.at("/data/notify").isObject()) {
                return push;
            }
            eventsOnly.add(push);
        }
    }

    /** The event-only pushes {@link #nextNotice} passed over, oldest first. */
    List<JsonNode> eventsOnly() {
        return eventsOnly;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
