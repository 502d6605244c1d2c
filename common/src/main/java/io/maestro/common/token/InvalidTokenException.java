package io.maestro.common.token;

/** A token that is absent, malformed, tampered with, expired, signed with another secret or of another kind. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
