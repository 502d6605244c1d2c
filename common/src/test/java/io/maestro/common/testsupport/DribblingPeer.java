package io.maestro.common.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A peer on loopback whose answers to {@code GET} come slowly: its headers at once, then its body in pieces with a
 * pause before each piece after the first, so that a test can make a long answer that keeps coming, or one that
 * stalls half-way ({@link #dribble}). Any other method is answered {@code 200 {}} at once.
 */
public final class DribblingPeer implements AutoCloseable {

    private final HttpServer server;
    private volatile Map<String, String> headers = Map.of();
    private volatile byte[] body = new byte[0];
    private volatile int pieces = 1;
    private volatile Duration pause = Duration.ZERO;

    public DribblingPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "dribbling-peer");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::answer);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on a {@code GET} answers {@code body} with {@code headers}, in {@code pieces}, {@code pause} apart. */
    public void dribble(Map<String, String> headers, String body, int pieces, Duration pause) {
        this.headers = Map.copyOf(headers);
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.pieces = pieces;
        this.pause = pause;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 2);
                out.write("{}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] sent = body;
            int count = pieces;
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(200, 0);
            int size = (sent.length + count - 1) / count;
            for (int from = 0; from < sent.length; from += size) {
                if (from > 0) {
                    Thread.sleep(pause.toMillis());
                }
                out.write(Arrays.copyOfRange(sent, from, Math.min(sent.length, from + size)));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client cut the answer: what the tests expect of a stalled one
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
