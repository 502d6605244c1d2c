package io.maestro.common.http;

import io.maestro.common.web.MaestroException;
import java.net.URI;

/**
 * A call to another Maestro service did not succeed. The exception's message names the service and the URL called,
 * for the log; {@link #describe()} and {@link #answer()} are what a caller may be told, which never hold the peer's
 * address.
 */
public abstract class PeerCallException extends RuntimeException {

    private final PeerService service;
    private final URI url;

    protected PeerCallException(PeerService service, URI url, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.url = url;
    }

    public PeerService service() {
        return service;
    }

    public URI url() {
        return url;
    }

    /** What went wrong, naming the service but not its address, e.g. {@code reports-app is unreachable}. */
    public abstract String describe();

    /** The error the caller of this service is answered with when nothing more specific applies. */
    public abstract MaestroException answer();
}
