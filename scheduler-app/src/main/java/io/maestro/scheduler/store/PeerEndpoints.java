package io.maestro.scheduler.store;

import io.maestro.common.http.PeerProperties;
import io.maestro.common.http.PeerService;
import io.maestro.scheduler.domain.InvalidJobException;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a job's endpoint points: a path on a Maestro service's base URL, or an absolute URL. */
@Component
class PeerEndpoints {

    private final PeerProperties peers;

    PeerEndpoints(PeerProperties peers) {
        this.peers = peers;
    }

    /** {@code endpoint} (a path, with or without its leading slash) on {@code peer}'s base URL. */
    URI on(PeerService peer, String endpoint) {
        String base = peers.baseUrl(peer).toString().replaceAll("/+$", "");
        try {
            return URI.create(base + "/" + endpoint.replaceFirst("^/+", ""));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidJobException("endpoint '" + endpoint + "' is no valid path: " + malformed.getMessage());
        }
    }

    /** {@code endpoint} as an absolute {@code http(s)} URL. */
    URI absolute(String endpoint) {
        URI url = parse(endpoint);
        if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                || url.getHost() == null) {
            throw new InvalidJobException("endpoint '" + endpoint + "' is no absolute http(s) URL");
        }
        return url;
    }

    /** The Maestro service whose base URL {@code url} is on (same scheme, host and port), if any. */
    Optional<PeerService> serviceAt(URI url) {
        for (PeerService peer : PeerService.values()) {
            if (peers.isConfigured(peer)) {
                URI base = peers.baseUrl(peer);
                if (base.getScheme().equalsIgnoreCase(url.getScheme()) && base.getHost().equalsIgnoreCase(url.getHost())
                        && port(base) == port(url)) {
                    return Optional.of(peer);
                }
            }
        }
        return Optional.empty();
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static URI parse(String endpoint) {
        try {
            return URI.create(endpoint);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidJobException("endpoint '" + endpoint + "' is no valid URL: " + malformed.getMessage());
        }
    }
}
