package io.maestro.websocket.domain;

/** The membership source did not answer (data-app down, timing out or replying with an error). */
public class TeamMembershipUnavailableException extends RuntimeException {

    public TeamMembershipUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public TeamMembershipUnavailableException(String message) {
        super(message);
    }
}
