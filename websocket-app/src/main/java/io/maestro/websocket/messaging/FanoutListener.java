package io.maestro.websocket.messaging;

import io.maestro.websocket.domain.BrowserFrames;
import io.maestro.websocket.domain.CachingTeamMembership;
import io.maestro.websocket.domain.Disconnect;
import io.maestro.websocket.domain.FanoutMessage;
import io.maestro.websocket.domain.Publication;
import io.maestro.websocket.domain.SessionRegistry;
import io.maestro.websocket.domain.Unsubscribe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out what arrives on this instance's queue, in order: a publication is delivered to the local sockets
 * subscribed to its channels; a {@link Disconnect} closes the sockets it ends with 1008 (their token no longer works,
 * retrying with it is pointless); an {@link Unsubscribe} forgets the cached membership and drops the subscriptions.
 */
@Component
public class FanoutListener implements MessageListener {

    /** What a socket whose session ended is closed with. */
    public static final CloseStatus SESSION_ENDED = CloseStatus.POLICY_VIOLATION.withReason("session ended");

    private static final Logger log = LoggerFactory.getLogger(FanoutListener.class);

    private final SessionRegistry registry;
    private final CachingTeamMembership membership;
    private final BrowserFrames frames;
    private final JsonMapper json;

    public FanoutListener(SessionRegistry registry, CachingTeamMembership membership, BrowserFrames frames, JsonMapper json) {
        this.registry = registry;
        this.membership = membership;
        this.frames = frames;
        this.json = json;
    }

    @Override
    public void onMessage(Message message) {
        FanoutMessage received;
        try {
            received = read(message);
        } catch (JacksonException | IllegalArgumentException e) {
            // Requeueing a message that can never be read would loop; drop it.
            log.warn("Dropping an unreadable fanout message: {}", e.getMessage());
            return;
        }
        if (received instanceof Publication publication) {
            deliver(publication);
        } else if (received instanceof Disconnect disconnect) {
            int closed = registry.disconnect(disconnect, SESSION_ENDED);
            log.info("Closed {} socket(s) of user {} whose session ended", closed, disconnect.user());
        } else if (received instanceof Unsubscribe unsubscribe) {
            // Forgotten before the registry counts the ending, so that a subscribe checked meanwhile asks data-app again.
            membership.forget(unsubscribe);
            int dropped = registry.unsubscribe(unsubscribe, frames.unsubscribed(unsubscribe.channel()));
            log.info("Dropped {} subscription(s) to {}", dropped, unsubscribe.channel());
        }
    }

    private FanoutMessage read(Message message) {
        String type = message.getMessageProperties().getType();
        byte[] body = message.getBody();
        if (type == null || Publication.TYPE.equals(type)) {
            return json.readValue(body, Publication.class);
        }
        return switch (type) {
            case Disconnect.TYPE -> json.readValue(body, Disconnect.class);
            case Unsubscribe.TYPE -> json.readValue(body, Unsubscribe.class);
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private void deliver(Publication publication) {
        if (publication.channels() == null || publication.data() == null) {
            log.warn("Dropping a publication without channels or data");
            return;
        }
        for (String channel : publication.channels()) {
            if (registry.hasSubscribers(channel)) {
                registry.deliver(channel, frames.push(channel, publication.data()));
            }
        }
    }
}
