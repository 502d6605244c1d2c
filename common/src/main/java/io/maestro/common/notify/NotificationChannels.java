package io.maestro.common.notify;

/** Websocket channel names: one per tenant (a user or a team), {@code maestro-<id>}. */
public final class NotificationChannels {

    public static final String PREFIX = "maestro-";

    private NotificationChannels() {
    }

    public static String forOwner(String ownerId) {
        return PREFIX + ownerId;
    }
}
