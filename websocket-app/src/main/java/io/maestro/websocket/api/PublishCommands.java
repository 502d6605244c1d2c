package io.maestro.websocket.api;

import io.maestro.websocket.domain.Channels;
import io.maestro.websocket.domain.Disconnect;
import io.maestro.websocket.domain.FanoutMessage;
import io.maestro.websocket.domain.Publication;
import io.maestro.websocket.domain.Unsubscribe;
import io.maestro.websocket.domain.WebsocketProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the Centrifugo v2 API commands Maestro's backends send: {@code publish} (one channel) and {@code broadcast}
 * (several channels), each with an object {@code data}; and the session commands server-app sends when sessions or
 * memberships end: {@code disconnect} ({@code user}, optional {@code generation_below}) and {@code unsubscribe}
 * ({@code channel}, optional {@code user}).
 */
@Component
public class PublishCommands {

    private static final String METHODS = "publish, broadcast, disconnect or unsubscribe";

    private final JsonMapper json;
    private final int maxBroadcastChannels;

    public PublishCommands(JsonMapper json, WebsocketProperties properties) {
        this.json = json;
        this.maxBroadcastChannels = properties.maxBroadcastChannels();
    }

    /** @throws BadCommandException naming what is wrong */
    public FanoutMessage parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadCommandException("Empty body; expected {\"method\":\"publish\"|\"broadcast\",\"params\":{...}}");
        }
        JsonNode command;
        try {
            command = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadCommandException("The body is not valid JSON");
        }
        if (command == null || !command.isObject()) {
            throw new BadCommandException("The body must be a JSON object {\"method\":...,\"params\":{...}}");
        }
        JsonNode method = command.path("method");
        if (!method.isString()) {
            throw new BadCommandException("Missing 'method' (" + METHODS + ")");
        }
        JsonNode params = command.path("params");
        if (!params.isObject()) {
            throw new BadCommandException("'params' must be a JSON object");
        }
        return switch (method.asString()) {
            case "publish" -> new Publication(List.of(channel(params.path("channel"), "params.channel")), data(params));
            case "broadcast" -> new Publication(channels(params.path("channels")), data(params));
            case "disconnect" -> new Disconnect(userId(params.path("user"), true), generation(params.path("generation_below")));
            case "unsubscribe" -> new Unsubscribe(channel(params.path("channel"), "params.channel"),
                    userId(params.path("user"), false));
            default -> throw new BadCommandException("Unknown method '" + method.asString()
                    + "'; this service accepts " + METHODS);
        };
    }

    private static String userId(JsonNode node, boolean required) {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new BadCommandException("params.user is required");
            }
            return null;
        }
        String id = node.isString() ? node.asString() : null;
        if (id == null || !Channels.isValid(Channels.PREFIX + id)) {
            throw new BadCommandException("params.user must be a user id (24 hex digits, or 1-64 letters, digits, '_' or '-')");
        }
        return id;
    }

    private static Long generation(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw new BadCommandException("params.generation_below must be a whole number, 0 or more");
        }
        return node.asLong();
    }

    private static String channel(JsonNode node, String where) {
        String channel = node.isString() ? node.asString() : null;
        if (!Channels.isValid(channel)) {
            throw new BadCommandException(where + " must be " + Channels.describe());
        }
        return channel;
    }

    private List<String> channels(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new BadCommandException("params.channels must be a non-empty array of channels");
        }
        if (node.size() > maxBroadcastChannels) {
            throw new BadCommandException("params.channels may name at most " + maxBroadcastChannels + " channels");
        }
        Set<String> channels = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            channels.add(channel(node.get(i), "params.channels[" + i + "]"));
        }
        return new ArrayList<>(channels);
    }

    private static ObjectNode data(JsonNode params) {
        JsonNode data = params.path("data");
        if (!data.isObject()) {
            throw new BadCommandException("params.data must be a JSON object");
        }
        return (ObjectNode) data;
    }
}
