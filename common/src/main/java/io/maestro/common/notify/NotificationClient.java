package io.maestro.common.notify;

import io.maestro.common.client.WebsocketAppClient;
import io.maestro.common.http.PeerCallException;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.client.RestClientException;

/**
 * Pushes a notification to a tenant's dashboards through websocket-app, and tells it about sessions and
 * subscriptions that have just ended. Both come on top of work already stored, so a failure to deliver them is
 * logged and reported as {@code false}, never thrown into the work that triggered it.
 */
public class NotificationClient {

    private static final Log log = LogFactory.getLog(NotificationClient.class);
    private final WebsocketAppClient websocket;

    public NotificationClient(WebsocketAppClient websocket) {
        this.websocket = websocket;
    }

    /**
     * Publishes {@code notice} and the {@code callers} events on channel {@code maestro-<ownerId>}.
     *
     * @return whether websocket-app accepted it
     */
    public boolean publish(String ownerId, Notice notice, List<String> callers) {
        return send(PublishCommand.publish(NotificationChannels.forOwner(ownerId), notice, callers));
    }

    /**
     * Publishes only the {@code callers} events, without a toast: the views showing those records read them again
     * (a sync's progress, pushed every few seconds, would otherwise be a stream of toasts).
     *
     * @return whether websocket-app accepted it
     */
    public boolean publishEvents(String ownerId, List<String> callers) {
        return send(PublishCommand.publish(NotificationChannels.forOwner(ownerId), null, callers));
    }

    /**
     * Closes the sockets of user {@code userId} at once: all of them (the account is gone), or those opened with a
     * session token of a generation below {@code generationBelow} (the password changed). Sockets that could not be
     * told stay open until they reconnect; the failure is logged.
     *
     * @return whether websocket-app accepted it
     */
    public boolean endSessions(String userId, Long generationBelow) {
        return send(SessionCommand.disconnect(userId, generationBelow), "the sessions of user " + userId);
    }

    /**
     * Drops the subscriptions to channel {@code maestro-<ownerId>} at once: those of user {@code userId} (removed from
     * the team), or everyone's when {@code userId} is null (the team is gone).
     *
     * @return whether websocket-app accepted it
     */
    public boolean unsubscribe(String ownerId, String userId) {
        String channel = NotificationChannels.forOwner(ownerId);
        return send(SessionCommand.unsubscribe(channel, userId), "the subscriptions to " + channel);
    }

    private boolean send(PublishCommand command) {
        return send(command, "the notification for " + command.params().channel());
    }

    private boolean send(Object command, String what) {
        try {
            Map<String, Object> answer = websocket.command(command);
            // Centrifugo answers command errors with 200 and {"error": {...}}
            if (answer != null && answer.get("error") != null) {
                log.warn("websocket-app refused " + what + ": " + answer.get("error"));
                return false;
            }
            return true;
        } catch (PeerCallException | RestClientException e) {
            log.warn("websocket-app was not told about " + what + ": " + e.getMessage());
            return false;
        }
    }
}
