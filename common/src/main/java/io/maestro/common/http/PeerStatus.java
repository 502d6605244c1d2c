package io.maestro.common.http;

import java.net.URI;
import java.util.Map;

/**
 * What a peer's {@code GET /} said: {@code UP} with its {@code {app, description, version, ...}}, or {@code DOWN}
 * with the reason, a sentence naming the service but not its address. Used by server-app's {@code GET /versions}.
 */
public record PeerStatus(PeerService service, URI url, State state, Map<String, Object> info, String error) {

    public enum State { UP, DOWN }

    static PeerStatus up(PeerService service, URI url, Map<String, Object> info) {
        return new PeerStatus(service, url, State.UP, info == null ? Map.of() : info, null);
    }

    static PeerStatus down(PeerService service, URI url, String error) {
        return new PeerStatus(service, url, State.DOWN, Map.of(), error);
    }

    public boolean isUp() {
        return state == State.UP;
    }
}
