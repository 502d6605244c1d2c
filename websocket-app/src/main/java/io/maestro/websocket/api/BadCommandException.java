package io.maestro.websocket.api;

/** A publish-API command that cannot be carried out as sent (answered 400 with the reason). */
public class BadCommandException extends RuntimeException {

    public BadCommandException(String message) {
        super(message);
    }
}
