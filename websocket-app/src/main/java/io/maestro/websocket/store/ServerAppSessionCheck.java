package io.maestro.websocket.store;

import io.maestro.common.client.ServerAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.ServiceCallException;
import io.maestro.websocket.domain.CheckUnavailableException;
import io.maestro.websocket.domain.SessionCheck;
import org.springframework.http.HttpStatus;

/**
 * Asks server-app, which holds the users: {@code GET /me} with the browser's token answers 200 while the token is
 * current and 401 once its user is deleted or it was issued before a password change (docs/identity.md, "Sessions").
 */
public class ServerAppSessionCheck implements SessionCheck {

    private final ServerAppClient server;

    public ServerAppSessionCheck(ServerAppClient server) {
        this.server = server;
    }

    @Override
    public boolean isCurrent(String token) {
        try {
            server.checkSession("JWT " + token);
            return true;
        } catch (ServiceCallException refused) {
            if (refused.status().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                return false;
            }
            throw new CheckUnavailableException("server-app answered the session check with " + refused.status().value(),
                    refused);
        } catch (PeerCallException e) {
            throw new CheckUnavailableException("server-app did not answer the session check: " + e.getMessage(), e);
        }
    }
}
