package io.maestro.common.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The backend publish key of the websocket service ({@code MAESTRO_WEBSOCKET_SECRET}), sent as
 * {@code Authorization: apikey <secret>} in the Centrifugo v2 format that Maestro 0.6 used.
 */
public class WebsocketApiKey {

    public static final String SCHEME = "apikey";

    private final byte[] secret;

    public WebsocketApiKey(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("MAESTRO_WEBSOCKET_SECRET must not be empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value a publisher sends. */
    public String authorizationHeader() {
        return SCHEME + " " + new String(secret, StandardCharsets.UTF_8);
    }

    /** Whether an {@code Authorization} header carries this key (scheme case-insensitive, constant-time compare). */
    public boolean accepts(String authorizationHeader) {
        String presented = AuthorizationHeader.credentials(authorizationHeader, SCHEME);
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), secret);
    }
}
