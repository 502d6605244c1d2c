package io.maestro.websocket.api;

import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import io.maestro.websocket.config.WebsocketProperties;
import io.maestro.websocket.domain.Channels;
import io.maestro.websocket.domain.ClientSession;
import io.maestro.websocket.domain.SessionRegistry;
import io.maestro.websocket.domain.SubscriptionPolicy;
import io.maestro.websocket.domain.TeamMembershipUnavailableException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser side of {@code /connection/websocket}: a small JSON command protocol (docs/websocket.md). A socket must
 * {@code connect} with the user's session JWT before anything else; it may then subscribe to its own channel and to
 * those of its teams. Tokens are never logged.
 */
@Component
public class BrowserConnectionHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(BrowserConnectionHandler.class);

    /** How long a send may block and how much may queue for one slow browser before it is dropped. */
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_LIMIT_BYTES = 1024 * 1024;

    private final SessionRegistry registry;
    private final SubscriptionPolicy policy;
    private final UserSessionTokens sessionTokens;
    private final BrowserFrames frames;
    private final JsonMapper json;
    private final WebsocketProperties properties;
    private final Executor subscriptionExecutor;

    public BrowserConnectionHandler(SessionRegistry registry, SubscriptionPolicy policy, UserSessionTokens sessionTokens,
            BrowserFrames frames, JsonMapper json, WebsocketProperties properties,
            @Qualifier("subscriptionExecutor") Executor subscriptionExecutor) {
        this.registry = registry;
        this.policy = policy;
        this.sessionTokens = sessionTokens;
        this.frames = frames;
        this.json = json;
        this.properties = properties;
        this.subscriptionExecutor = subscriptionExecutor;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) {
        WebSocketSession threadSafe = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT_BYTES);
        registry.register(new ClientSession(threadSafe, System.nanoTime()));
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        ClientSession client = registry.get(socket.getId());
        if (client == null) {
            return;
        }
        client.heardAt(System.nanoTime());
        JsonNode command;
        try {
            command = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            client.send(frames.error(null, 400, "A command is a JSON object; this frame is not JSON"));
            return;
        }
        if (command == null || !command.isObject()) {
            client.send(frames.error(null, 400, "A command is a JSON object"));
            return;
        }
        JsonNode id = command.get("id");
        String method = command.path("method").isString() ? command.path("method").asString() : null;
        JsonNode params = command.path("params");
        if (method == null) {
            client.send(frames.error(id, 400, "Missing 'method' (connect, subscribe, unsubscribe or pong)"));
            return;
        }
        switch (method) {
            case "pong" -> {
                // Being heard from is all a pong is for.
            }
            case "connect" -> connect(client, id, params);
            // Off the reading thread: a membership check may wait on data-app, and pongs must still be heard meanwhile.
            case "subscribe" -> {
                if (requireConnected(client, id)) {
                    client.runInOrder(() -> subscribe(client, id, params), subscriptionExecutor, failure -> commandFailed(client, id, failure));
                }
            }
            case "unsubscribe" -> {
                if (requireConnected(client, id)) {
                    client.runInOrder(() -> unsubscribe(client, id, params), subscriptionExecutor, failure -> commandFailed(client, id, failure));
                }
            }
            default -> client.send(frames.error(id, 400,
                    "Unknown method '" + method + "'; expected connect, subscribe, unsubscribe or pong"));
        }
    }

    private void connect(ClientSession client, JsonNode id, JsonNode params) {
        if (client.isConnected()) {
            client.send(frames.error(id, 400, "Already connected"));
            return;
        }
        String token = params.path("token").isString() ? params.path("token").asString() : null;
        SessionUser user;
        try {
            user = sessionTokens.verify(token);
        } catch (InvalidTokenException e) {
            client.send(frames.error(id, 401, "Connection refused: " + e.getMessage()));
            client.close(CloseStatus.POLICY_VIOLATION.withReason("invalid token"));
            return;
        }
        client.authenticate(user);
        ObjectNode result = frames.object();
        result.put("user", user.id());
        result.put("ping_interval_ms", properties.pingInterval().toMillis());
        client.send(frames.result(id, result));
    }

    private boolean requireConnected(ClientSession client, JsonNode id) {
        if (client.isConnected()) {
            return true;
        }
        client.send(frames.error(id, 401, "Send 'connect' with a session token first"));
        client.close(CloseStatus.POLICY_VIOLATION.withReason("not connected"));
        return false;
    }

    private void subscribe(ClientSession client, JsonNode id, JsonNode params) {
        String channel = channelParam(client, id, params);
        if (channel == null) {
            return;
        }
        if (client.channels().contains(channel)) {
            client.send(frames.result(id, null));
            return;
        }
        if (client.channels().size() >= properties.maxSubscriptions()) {
            client.send(frames.error(id, 400, "At most " + properties.maxSubscriptions() + " subscriptions per connection"));
            return;
        }
        boolean allowed;
        try {
            allowed = policy.maySubscribe(client.user().id(), channel);
        } catch (TeamMembershipUnavailableException e) {
            log.warn("Cannot check team membership for channel {}: {}", channel, e.getMessage());
            client.send(frames.error(id, 503, "Team membership cannot be checked right now; retry later"));
            return;
        }
        if (!allowed) {
            client.send(frames.error(id, 403, "Not allowed to subscribe to " + channel));
            return;
        }
        if (registry.subscribe(client, channel)) {
            client.send(frames.result(id, null));
        }
    }

    private void unsubscribe(ClientSession client, JsonNode id, JsonNode params) {
        String channel = channelParam(client, id, params);
        if (channel != null) {
            registry.unsubscribe(client, channel);
            client.send(frames.result(id, null));
        }
    }

    private void commandFailed(ClientSession client, JsonNode id, Throwable failure) {
        log.warn("Command on socket {} failed: {}", client.id(), failure.toString());
        client.send(frames.error(id, 503, "The command could not be carried out right now; retry later"));
    }

    /** The valid {@code params.channel}, or null after telling the client what is wrong with it. */
    private String channelParam(ClientSession client, JsonNode id, JsonNode params) {
        String channel = params.path("channel").isString() ? params.path("channel").asString() : null;
        if (!Channels.isValid(channel)) {
            client.send(frames.error(id, 400, "params.channel must be " + Channels.describe()));
            return null;
        }
        return channel;
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("Transport error on socket {}: {}", socket.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        registry.unregister(socket.getId());
    }
}
