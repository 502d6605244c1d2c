package io.maestro.server.api.identity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** A stand-in for audit-app's {@code GET /audit/...}: answers a canned envelope, or drops connections when "down". */
public final class AuditStub {

    private static final HttpServer SERVER = start();

    public static final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    public static final AtomicReference<String> lastRequest = new AtomicReference<>();
    public static volatile boolean down;

    private AuditStub() {
    }

    public static String uri() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/audit/", exchange -> {
                if (down) {
                    // a peer that dies mid-call: the connection closes without an answer
                    exchange.close();
                    return;
                }
                lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                lastRequest.set(exchange.getRequestURI().toString());
                byte[] body = "{\"found\":1,\"limit\":20,\"total_pages\":1,\"current_page\":1,\"items\":[{\"entity\":\"users\"}]}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
