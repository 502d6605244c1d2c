package io.maestro.websocket.domain;

/**
 * Closes the sockets of {@code user}: all of them (the account was deleted), or those whose session token is of a
 * generation below {@code generationBelow} (the password changed; tokens of the new generation go on).
 */
public record Disconnect(String user, Long generationBelow) implements FanoutMessage {

    public static final String TYPE = "disconnect";

    @Override
    public String type() {
        return TYPE;
    }

    public boolean ends(ClientSession session) {
        return session.isConnected() && session.user().id().equals(user)
                && (generationBelow == null || session.user().generation() < generationBelow);
    }
}
