package io.maestro.websocket.domain;

/**
 * Drops the subscriptions to {@code channel}: those of {@code user} (removed from the team), or everyone's when
 * {@code user} is null (the team was deleted).
 */
public record Unsubscribe(String channel, String user) implements FanoutMessage {

    public static final String TYPE = "unsubscribe";

    @Override
    public String type() {
        return TYPE;
    }

    public boolean ends(ClientSession session) {
        return user == null || (session.isConnected() && session.user().id().equals(user));
    }
}
