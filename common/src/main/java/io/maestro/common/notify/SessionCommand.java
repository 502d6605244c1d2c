package io.maestro.common.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * websocket-app's session commands on {@code POST /api}, named after Centrifugo v2's: {@code disconnect} closes a
 * user's sockets (only those opened with a token older than {@code generation_below}, when given), {@code unsubscribe}
 * drops a channel's subscriptions (only the user's, when given).
 */
record SessionCommand(String method, Params params) {

    static SessionCommand disconnect(String userId, Long generationBelow) {
        return new SessionCommand("disconnect", new Params(null, userId, generationBelow));
    }

    static SessionCommand unsubscribe(String channel, String userId) {
        return new SessionCommand("unsubscribe", new Params(channel, userId, null));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Params(String channel, String user, @JsonProperty("generation_below") Long generationBelow) {
    }
}
