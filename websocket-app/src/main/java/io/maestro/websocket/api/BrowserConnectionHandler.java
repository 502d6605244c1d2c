package io.maestro.websocket.api;

import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import io.maestro.websocket.domain.BrowserFrames;
import io.maestro.websocket.domain.Channels;
import io.maestro.websocket.domain.CheckUnavailableException;
import io.maestro.websocket.domain.ClientSession;
import io.maestro.websocket.domain.SessionCheck;
import io.maestro.websocket.domain.SessionRegistry;
import io.maestro.websocket.domain.SubscriptionPolicy;
import io.maestro.websocket.domain.WebsocketProperties;
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
 * {@code connect} with a current session JWT of the user before anything else; it may then subscribe to its own
 * channel and to those of its teams. Tokens are never logged.
 */
@Component
public class BrowserConnectionHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(BrowserConnectionHandler.class);

    /** How long a send may block and how much may queue for one slow browser before it is dropped. */
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int SEND_BUFFER_LIMIT_BYTES = 1024 * 1024;
    /** 1013: the server cannot tell right now; the browser reconnects with back-off. */
    private static final CloseStatus TRY_AGAIN_LATER = new CloseStatus(1013, "try again later");

    private final SessionRegistry registry;
    private final SubscriptionPolicy policy;
    private final UserSessionTokens sessionTokens;
    private final SessionCheck sessionCheck;
    private final BrowserFrames frames;
    private final JsonMapper json;
    private final WebsocketProperties properties;
    private final Executor commandExecutor;

    public BrowserConnectionHandler(SessionRegistry registry, SubscriptionPolicy policy, UserSessionTokens sessionTokens,
            SessionCheck sessionCheck, BrowserFrames frames, JsonMapper json, WebsocketProperties properties,
            @Qualifier("commandExecutor") Executor commandExecutor) {
        this.registry = registry;
        this.policy = policy;
        this.sessionTokens = sessionTokens;
        this.sessionCheck = sessionCheck;
        this.frames = frames;
        this.json = json;
        this.properties = properties;
        this.commandExecutor = commandExecutor;
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
            // Off the reading thread, in the order sent: the checks wait on server-app or data-app, and pongs must
            // still be heard meanwhile.
            case "connect" -> inOrder(client, id, () -> connect(client, id, params));
            case "subscribe" -> inOrder(client, id, () -> {
                if (requireConnected(client, id)) {
                    subscribe(client, id, params);
                }
            });
            case "unsubscribe" -> inOrder(client, id, () -> {
                if (requireConnected(client, id)) {
                    unsubscribe(client, id, params);
                }
            });
            default -> client.send(frames.error(id, 400,
                    "Unknown method '" + method + "'; expected connect, subscribe, unsubscribe or pong"));
        }
    }

    private void inOrder(ClientSession client, JsonNode id, Runnable command) {
        client.runInOrder(command, commandExecutor, failure -> commandFailed(client, id, failure));
    }

    /**
     * Verifies the token (signature, expiry), then asks server-app whether it is still current (its user not deleted,
     * no password change since it was issued), again if a session command arrived meanwhile.
     */
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
            refuse(client, id, "Connection refused: " + e.getMessage());
            return;
        }
        try {
            long endings = registry.endings();
            if (!sessionCheck.isCurrent(token)) {
                refuse(client, id, "Connection refused: this session has ended; log in again");
                return;
            }
            client.authenticate(user);
            if (registry.endings() != endings && !sessionCheck.isCurrent(token)) {
                refuse(client, id, "Connection refused: this session has ended; log in again");
                return;
            }
        } catch (CheckUnavailableException e) {
            log.warn("Cannot check a session token: {}", e.getMessage());
            client.send(frames.error(id, 503, "The session cannot be checked right now; retry later"));
            client.close(TRY_AGAIN_LATER);
            return;
        }
        ObjectNode result = frames.object();
        result.put("user", user.id());
        result.put("ping_interval_ms", properties.pingInterval().toMillis());
        client.send(frames.result(id, result));
    }

    private void refuse(ClientSession client, JsonNode id, String message) {
        client.send(frames.error(id, 401, message));
        client.close(CloseStatus.POLICY_VIOLATION.withReason("invalid token"));
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
        try {
            long endings = registry.endings();
            if (!policy.maySubscribe(client.user().id(), channel)) {
                client.send(frames.error(id, 403, "Not allowed to subscribe to " + channel));
                return;
            }
            if (!registry.subscribe(client, channel)) {
                return;
            }
            // A removal announced while the answer above was on its way may have missed this subscription: ask again.
            if (registry.endings() != endings && !policy.maySubscribe(client.user().id(), channel)) {
                registry.unsubscribe(client, channel);
                client.send(frames.error(id, 403, "Not allowed to subscribe to " + channel));
                return;
            }
        } catch (CheckUnavailableException e) {
            registry.unsubscribe(client, channel);
            log.warn("Cannot check team membership for channel {}: {}", channel, e.getMessage());
            client.send(frames.error(id, 503, "Team membership cannot be checked right now; retry later"));
            return;
        }
        client.send(frames.result(id, null));
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
