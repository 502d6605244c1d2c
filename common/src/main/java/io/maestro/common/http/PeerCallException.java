package io.maestro.common.http;

import java.net.URI;

/** A call to another Maestro service did not succeed; names the service and the URL called. */
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
}
