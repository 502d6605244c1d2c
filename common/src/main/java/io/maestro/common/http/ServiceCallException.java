package io.maestro.common.http;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/** The peer refused the call with a 4xx: carries its status and the body it answered. */
public class ServiceCallException extends PeerCallException {

    private final HttpStatusCode status;
    private final String body;

    public ServiceCallException(PeerService service, URI url, HttpStatusCode status, String body) {
        super(service, url, service.serviceName() + " refused " + url + " with " + status.value() + ": " + body, null);
        this.status = status;
        this.body = body;
    }

    public HttpStatusCode status() {
        return status;
    }

    public String body() {
        return body;
    }
}
