package io.maestro.server.domain.identity;

import io.maestro.common.notify.NotificationClient;
import io.maestro.common.security.RememberedSessionCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Ends sessions and team subscriptions at once, after the change that ends them is stored: this instance forgets what
 * it remembered of the user ({@link RememberedSessionCheck}), and websocket-app is told through its publish API, whose
 * commands reach every instance in order, before any publication sent after them.
 */
@Service
public class SessionEndings {

    private final RememberedSessionCheck activeUsers;
    private final ObjectProvider<NotificationClient> websocket;

    public SessionEndings(RememberedSessionCheck activeUsers, ObjectProvider<NotificationClient> websocket) {
        this.activeUsers = activeUsers;
        this.websocket = websocket;
    }

    /** The account is gone: every socket of the user closes. */
    public void accountDeleted(String userId) {
        activeUsers.forget(userId);
        websocket.ifAvailable(client -> client.endSessions(userId, null));
    }

    /** The password changed: the sockets opened with a token older than {@code generation} close. */
    public void passwordChanged(String userId, long generation) {
        activeUsers.forget(userId);
        websocket.ifAvailable(client -> client.endSessions(userId, generation));
    }

    /** The user is no longer a member of the team: its sockets stop listening to the team's channel. */
    public void leftTeam(String userId, String teamId) {
        websocket.ifAvailable(client -> client.unsubscribe(teamId, userId));
    }

    /** The team is deleted: nobody listens to its channel any more. */
    public void teamDeleted(String teamId) {
        websocket.ifAvailable(client -> client.unsubscribe(teamId, null));
    }
}
