package io.maestro.websocket.domain;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The frames the server sends to a browser (docs/websocket.md, "Protocol"). */
@Component
public class BrowserFrames {

    private static final TextMessage PING = new TextMessage("{\"ping\":{}}");

    private final JsonMapper json;

    public BrowserFrames(JsonMapper json) {
        this.json = json;
    }

    /** {@code {"id":..,"result":{..}}}; {@code id} is echoed as the client sent it. */
    public TextMessage result(JsonNode id, ObjectNode result) {
        ObjectNode frame = json.createObjectNode();
        if (id != null) {
            frame.set("id", id);
        }
        frame.set("result", result == null ? json.createObjectNode() : result);
        return new TextMessage(json.writeValueAsString(frame));
    }

    /** {@code {"id":..,"error":{"code":..,"message":..}}}; the codes follow HTTP (400, 401, 403, 503). */
    public TextMessage error(JsonNode id, int code, String message) {
        ObjectNode frame = json.createObjectNode();
        if (id != null) {
            frame.set("id", id);
        }
        ObjectNode error = frame.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return new TextMessage(json.writeValueAsString(frame));
    }

    /** {@code {"push":{"channel":..,"data":{..}}}}, built once per channel and shared by its subscribers. */
    public TextMessage push(String channel, ObjectNode data) {
        ObjectNode frame = json.createObjectNode();
        ObjectNode push = frame.putObject("push");
        push.put("channel", channel);
        push.set("data", data);
        return new TextMessage(json.writeValueAsString(frame));
    }

    /** {@code {"unsubscribed":{"channel":..}}}: the server dropped the socket's subscription (e.g. it left the team). */
    public TextMessage unsubscribed(String channel) {
        ObjectNode frame = json.createObjectNode();
        frame.putObject("unsubscribed").put("channel", channel);
        return new TextMessage(json.writeValueAsString(frame));
    }

    public TextMessage ping() {
        return PING;
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }
}
