package io.maestro.common.http;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;

/**
 * The peer could not do its part: the connection was refused, it did not answer within {@code maestro.timeout},
 * or it answered with a 5xx (then {@link #status()} and {@link #body()} say what it answered).
 */
public class ServiceUnavailableException extends PeerCallException {

    private final HttpStatusCode status;
    private final String body;

    public ServiceUnavailableException(PeerService service, URI url, Throwable cause) {
        super(service, url, service.serviceName() + " is unavailable at " + url + ": " + describe(cause), cause);
        this.status = null;
        this.body = null;
    }

    public ServiceUnavailableException(PeerService service, URI url, HttpStatusCode status, String body) {
        super(service, url, service.serviceName() + " failed at " + url + " with " + status.value() + ": " + body, null);
        this.status = status;
        this.body = body;
    }

    public Optional<HttpStatusCode> status() {
        return Optional.ofNullable(status);
    }

    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + " " + cause.getMessage();
    }
}
