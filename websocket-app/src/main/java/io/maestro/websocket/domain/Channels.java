package io.maestro.websocket.domain;

import java.util.regex.Pattern;

/**
 * Channel names: {@code maestro-<tenant id>}, the tenant being a user or a team. Ids are Mongo ObjectIds in Maestro;
 * other simple ids (letters, digits, {@code _}, {@code -}) are accepted, but nothing that Centrifugo would have read
 * as a namespace or a private channel.
 */
public final class Channels {

    public static final String PREFIX = "maestro-";

    private static final Pattern CHANNEL = Pattern.compile("maestro-[A-Za-z0-9_-]{1,64}");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private Channels() {
    }

    public static boolean isValid(String channel) {
        return channel != null && CHANNEL.matcher(channel).matches();
    }

    /** The tenant id a valid channel names. */
    public static String tenantOf(String channel) {
        return channel.substring(PREFIX.length());
    }

    /** Whether the id can name a team document (teams are addressed by ObjectId in data-app). */
    public static boolean isObjectId(String id) {
        return OBJECT_ID.matcher(id).matches();
    }

    public static String describe() {
        return "maestro-<id> (id: 24 hex digits, or 1-64 letters, digits, '_' or '-')";
    }
}
