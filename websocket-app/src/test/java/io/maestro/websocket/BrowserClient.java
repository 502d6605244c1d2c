package io.maestro.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test browser on {@code /connection/websocket} (java.net.http): sends commands, collects replies and pushes,
 * answers pings with pongs unless told to stay silent, and records how the server closed the socket.
 */
final class BrowserClient implements WebSocket.Listener, AutoCloseable {

    /** Generous: the build machine is shared and often loaded. */
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> pushes = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> pings = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> unsubscriptions = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private final boolean answersPings;
    private final WebSocket socket;

    private BrowserClient(int port, boolean answersPings) {
        this.answersPings = answersPings;
        this.socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/connection/websocket"), this)
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    static BrowserClient open(int port) {
        return new BrowserClient(port, true);
    }

    /** A client that never answers pings, to be dropped by the heartbeat. */
    static BrowserClient silent(int port) {
        return new BrowserClient(port, false);
    }

    /** Sends {@code method} with {@code params} and returns the server's reply to it. */
    JsonNode command(String method, String paramsJson) {
        int id = nextId.incrementAndGet();
        send("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
        JsonNode reply = nextReply();
        assertThat(reply.path("id").asInt()).as("reply %s", reply).isEqualTo(id);
        return reply;
    }

    JsonNode connect(String token) {
        return command("connect", "{\"token\":\"" + token + "\"}");
    }

    JsonNode subscribe(String channel) {
        return command("subscribe", "{\"channel\":\"" + channel + "\"}");
    }

    /** Connects and subscribes, asserting both succeed. */
    BrowserClient listen(String token, String... channels) {
        assertThat(connect(token).has("result")).isTrue();
        for (String channel : channels) {
            JsonNode reply = subscribe(channel);
            assertThat(reply.has("result")).as("subscribe %s: %s", channel, reply).isTrue();
        }
        return this;
    }

    /** One send at a time: the JDK WebSocket refuses a send while another is pending (pongs come from its own thread). */
    synchronized void send(String frame) {
        socket.sendText(frame, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    JsonNode nextReply() {
        return poll(replies, WAIT, "reply");
    }

    JsonNode nextPush() {
        return poll(pushes, WAIT, "push");
    }

    JsonNode nextPing(Duration wait) {
        return poll(pings, wait, "ping");
    }

    /** The next {@code {"unsubscribed":{"channel":..}}} notice's channel. */
    String nextUnsubscribed() {
        return poll(unsubscriptions, WAIT, "unsubscribed notice").path("channel").asString();
    }

    /** Waits a little and asserts that nothing was pushed meanwhile. */
    void assertNoPush(Duration wait) throws InterruptedException {
        JsonNode unexpected = pushes.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(unexpected).as("unexpected push").isNull();
    }

    /** The close code the server sent, waiting for it. */
    int closeCode(Duration wait) {
        return closeCode.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    private static JsonNode poll(BlockingQueue<JsonNode> queue, Duration wait, String what) {
        try {
            JsonNode frame = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a %s within %s", what, wait).isNotNull();
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode frame = JSON.readTree(partial.toString());
            partial.setLength(0);
            if (frame.has("push")) {
                pushes.add(frame.get("push"));
            } else if (frame.has("unsubscribed")) {
                unsubscriptions.add(frame.get("unsubscribed"));
            } else if (frame.has("ping")) {
                pings.add(frame);
                if (answersPings) {
                    send("{\"method\":\"pong\"}");
                }
            } else {
                replies.add(frame);
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
    public synchronized void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
