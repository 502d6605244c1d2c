package io.maestro.websocket.domain;

/**
 * Whether a session token, already verified as signed and unexpired, still speaks for its user: the user exists and
 * the token is of the user's current session generation (not issued before a password change). Asked of the service
 * that holds the users, at every {@code connect}, so that the answer holds after this service restarts.
 */
public interface SessionCheck {

    /** @throws CheckUnavailableException when it cannot be told right now */
    boolean isCurrent(String token);
}
