package io.maestro.websocket.store;

import io.maestro.websocket.domain.CheckUnavailableException;
import io.maestro.websocket.domain.SessionCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks server-app, which holds the users: {@code GET /me} with the browser's token answers 200 while the token is
 * current and 401 once its user is deleted or it was issued before a password change (docs/identity.md, "Sessions").
 */
public class ServerAppSessionCheck implements SessionCheck {

    private final RestClient serverApp;

    /** {@code serverApp} has server-app's base URL and the service timeouts. */
    public ServerAppSessionCheck(RestClient serverApp) {
        this.serverApp = serverApp;
    }

    @Override
    public boolean isCurrent(String token) {
        HttpStatusCode status;
        try {
            status = serverApp.get()
                    .uri("/me")
                    .header(HttpHeaders.AUTHORIZATION, "JWT " + token)
                    .exchange((request, response) -> response.getStatusCode());
        } catch (RestClientException e) {
            throw new CheckUnavailableException("server-app did not answer the session check: " + e.getMessage(), e);
        }
        if (status.is2xxSuccessful()) {
            return true;
        }
        if (status.isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
            return false;
        }
        throw new CheckUnavailableException("server-app answered the session check with " + status.value());
    }
}
