package io.maestro.websocket.domain;

/**
 * A peer that answers a check did not answer: data-app for team membership, server-app for a session token (down,
 * timing out or replying with an error). The browser is told to retry later.
 */
public class CheckUnavailableException extends RuntimeException {

    public CheckUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CheckUnavailableException(String message) {
        super(message);
    }
}
