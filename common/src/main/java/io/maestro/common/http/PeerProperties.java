package io.maestro.common.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.peers.<key>}: base URL of each peer this service calls (keys of {@link PeerService}), and
 * {@code maestro.timeout}: in milliseconds ({@code MAESTRO_TIMEOUT}), the longest a call waits to connect, for the
 * answer's headers, and for each read of its body ({@link PeerClients}).
 */
@ConfigurationProperties("maestro")
public record PeerProperties(Map<String, URI> peers, @DefaultValue("10000ms") Duration timeout) {

    public PeerProperties {
        peers = peers == null ? Map.of() : Map.copyOf(peers);
    }

    public boolean isConfigured(PeerService peer) {
        return peers.containsKey(peer.propertyKey());
    }

    public URI baseUrl(PeerService peer) {
        URI url = peers.get(peer.propertyKey());
        if (url == null) {
            throw new IllegalStateException("maestro.peers." + peer.propertyKey() + " (" + peer.environmentVariable()
                    + ") is not configured: this service was not set up to call " + peer.serviceName());
        }
        return url;
    }
}
