package io.maestro.websocket.bench;

import com.sun.net.httpserver.HttpServer;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for bench/websocket/run.sh: connects N browsers to a running websocket-app (each subscribed to its own
 * channel), publishes through {@code POST /api} (per-channel publishes, then broadcasts to all channels), counts the
 * pushes that arrive and prints deliveries per second and latency percentiles. Loopback only, bounded in count and time.
 *
 * <p>Environment: {@code WS_URL} (http://127.0.0.1:port), {@code MAESTRO_SECRETJWT}, {@code MAESTRO_WEBSOCKET_SECRET},
 * {@code CLIENTS} (1000), {@code PER_CHANNEL} (publishes per channel, 10), {@code BROADCASTS} (50),
 * {@code IN_FLIGHT} (concurrent /api calls, 16), {@code PHASE_TIMEOUT_S} (120), {@code SERVER_STUB_PORT} (where to
 * answer the service's session checks in server-app's stead: {@code GET /me} is 200 for every token).
 */
public final class WebsocketLoadClient {

    private final String baseUrl;
    private final String apiKey;
    private final UserSessionTokens tokens;
    private final int clients;
    private final int inFlight;
    private final Duration phaseTimeout;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Browser> browsers = new ArrayList<>();

    /** Deliveries of the running phase and their latencies in microseconds. */
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong lastDeliveryNanos = new AtomicLong();
    private volatile long[] latenciesMicros = new long[0];
    private final AtomicInteger latencyCount = new AtomicInteger();

    private WebsocketLoadClient(String baseUrl, String jwtSecret, String apiSecret, int clients, int inFlight, Duration phaseTimeout) {
        this.baseUrl = baseUrl;
        this.apiKey = "apikey " + apiSecret;
        this.tokens = new UserSessionTokens(jwtSecret, Duration.ofHours(1));
        this.clients = clients;
        this.inFlight = inFlight;
        this.phaseTimeout = phaseTimeout;
    }

    public static void main(String[] args) throws Exception {
        WebsocketLoadClient load = new WebsocketLoadClient(env("WS_URL", null), env("MAESTRO_SECRETJWT", null),
                env("MAESTRO_WEBSOCKET_SECRET", null), Integer.parseInt(env("CLIENTS", "1000")),
                Integer.parseInt(env("IN_FLIGHT", "16")), Duration.ofSeconds(Long.parseLong(env("PHASE_TIMEOUT_S", "120"))));
        int perChannel = Integer.parseInt(env("PER_CHANNEL", "10"));
        int broadcasts = Integer.parseInt(env("BROADCASTS", "50"));
        HttpServer serverApp = acceptEverySession(Integer.parseInt(env("SERVER_STUB_PORT", null)));
        boolean complete = load.connectAll();
        complete &= load.perChannelPhase(perChannel);
        complete &= load.broadcastPhase(broadcasts);
        load.closeAll();
        serverApp.stop(0);
        System.exit(complete ? 0 : 1);
    }

    /** Stands in for server-app's session check at connect: every token is current. */
    private static HttpServer acceptEverySession(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/me", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException(name + " must be set");
            }
            return fallback;
        }
        return value;
    }

    private static String channelOf(int index) {
        return "maestro-" + String.format("%024x", index);
    }

    private boolean connectAll() throws InterruptedException {
        long start = System.nanoTime();
        URI endpoint = URI.create(baseUrl.replaceFirst("^http", "ws") + "/connection/websocket");
        Semaphore opening = new Semaphore(50);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            opening.acquire();
            Browser browser = new Browser(i);
            browsers.add(browser);
            ready.add(http.newWebSocketBuilder().buildAsync(endpoint, browser)
                    .thenCompose(socket -> browser.handshake(socket, tokens.issue(new SessionUser(
                            String.format("%024x", browser.index), "load", "load@example.com", null))))
                    .whenComplete((ok, error) -> opening.release()));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(phaseTimeout.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.printf("connect: FAILED after %.1f s: %s%n", seconds(System.nanoTime() - start), e);
            return false;
        }
        System.out.printf(Locale.ROOT, "connect: %d clients connected and subscribed in %.1f s%n", clients,
                seconds(System.nanoTime() - start));
        return true;
    }

    private boolean perChannelPhase(int perChannel) throws InterruptedException {
        int publishes = perChannel * clients;
        return runPhase("per-channel publish", publishes, publishes, sequence -> "{\"method\":\"publish\",\"params\":{\"channel\":\""
                + channelOf(sequence % clients) + "\",\"data\":{\"notify\":{\"title\":\"bench\",\"msg\":\"message " + sequence
                + "\",\"type\":\"info\"},\"t\":" + System.nanoTime() + "}}}");
    }

    private boolean broadcastPhase(int broadcasts) throws InterruptedException {
        StringBuilder channels = new StringBuilder("[");
        for (int i = 0; i < clients; i++) {
            channels.append(i == 0 ? "" : ",").append('"').append(channelOf(i)).append('"');
        }
        String allChannels = channels.append(']').toString();
        return runPhase("broadcast to all", broadcasts, (long) broadcasts * clients, sequence ->
                "{\"method\":\"broadcast\",\"params\":{\"channels\":" + allChannels
                        + ",\"data\":{\"event\":{\"caller\":[\"reports-update\"]},\"t\":" + System.nanoTime() + "}}}");
    }

    private interface Command {
        String body(int sequence);
    }

    private boolean runPhase(String name, int publishes, long expected, Command command) throws InterruptedException {
        delivered.set(0);
        latencyCount.set(0);
        latenciesMicros = new long[(int) Math.min(expected, 5_000_000)];
        Semaphore slots = new Semaphore(inFlight);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + phaseTimeout.toNanos();
        for (int sequence = 0; sequence < publishes && System.nanoTime() < deadline; sequence++) {
            slots.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api"))
                    .header("Authorization", apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(command.body(sequence)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                slots.release();
            });
        }
        slots.acquire(inFlight);
        long published = System.nanoTime();
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long end = delivered.get() >= expected ? lastDeliveryNanos.get() : System.nanoTime();
        long got = delivered.get();
        long[] latencies = Arrays.copyOf(latenciesMicros, Math.min(latencyCount.get(), latenciesMicros.length));
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%s: %d /api calls (%d failed) in %.2f s = %.0f calls/s; %d of %d deliveries in %.2f s = %.0f msgs/s%n",
                name, publishes, failures.get(), seconds(published - start), publishes / seconds(published - start),
                got, expected, seconds(end - start), got / seconds(end - start));
        System.out.printf(Locale.ROOT, "%s: latency publish->push ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", name,
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 100));
        return got == expected && failures.get() == 0;
    }

    private static double percentile(long[] sortedMicros, double percent) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void closeAll() {
        for (Browser browser : browsers) {
            browser.close();
        }
    }

    private void recordDelivery(String frame) {
        long now = System.nanoTime();
        int at = frame.lastIndexOf("\"t\":");
        if (at < 0) {
            return;
        }
        int end = at + 4;
        while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
            end++;
        }
        long sentAt = Long.parseLong(frame.substring(at + 4, end));
        int slot = latencyCount.getAndIncrement();
        long[] latencies = latenciesMicros;
        if (slot < latencies.length) {
            latencies[slot] = (now - sentAt) / 1000;
        }
        lastDeliveryNanos.accumulateAndGet(now, Math::max);
        delivered.incrementAndGet();
    }

    /** One browser: connect, subscribe to its own channel, answer pings, count pushes. */
    private final class Browser implements WebSocket.Listener {

        private final int index;
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
        private volatile WebSocket socket;
        private int replies;

        Browser(int index) {
            this.index = index;
        }

        CompletableFuture<Void> handshake(WebSocket webSocket, String token) {
            this.socket = webSocket;
            webSocket.sendText("{\"id\":1,\"method\":\"connect\",\"params\":{\"token\":\"" + token + "\"}}", true)
                    .thenCompose(ws -> ws.sendText("{\"id\":2,\"method\":\"subscribe\",\"params\":{\"channel\":\""
                            + channelOf(index) + "\"}}", true));
            return subscribed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"push\"")) {
                    recordDelivery(frame);
                } else if (frame.startsWith("{\"ping\"")) {
                    webSocket.sendText("{\"method\":\"pong\"}", true);
                } else if (frame.contains("\"error\"")) {
                    subscribed.completeExceptionally(new IllegalStateException("client " + index + ": " + frame));
                } else if (++replies == 2) {
                    subscribed.complete(null);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            subscribed.completeExceptionally(error);
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
