package io.maestro.server.api.identity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stand-in for websocket-app's {@code POST /api}: records the commands server-app sends, answers Centrifugo's {@code {"result":{}}}. */
public final class WebsocketStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpServer SERVER = start();

    public static final List<JsonNode> commands = new CopyOnWriteArrayList<>();
    public static final List<String> authorizations = new CopyOnWriteArrayList<>();

    private WebsocketStub() {
    }

    public static String uri() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** The commands received with this method, in order. */
    public static List<JsonNode> commands(String method) {
        return commands.stream().filter(command -> method.equals(command.path("method").asString())).toList();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api", exchange -> {
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                commands.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
                byte[] body = "{\"result\":{}}".getBytes(StandardCharsets.UTF_8);
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
