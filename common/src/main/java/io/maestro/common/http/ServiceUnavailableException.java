package io.maestro.common.http;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The peer could not do its part: the connection was refused or broken, it did not answer within
 * {@code maestro.timeout}, or it answered with a 5xx (then {@link #status()} and {@link #body()} say what it answered).
 * Told to the caller as a failure naming the service (compatibility.md H2, docs/architecture.md "Peer failures"):
 * 503 {@code HTTPError} unreachable, 504 too slow (it may still have done the work), 502 failing.
 */
public class ServiceUnavailableException extends PeerCallException {

    private final HttpStatusCode status;
    private final String body;

    public ServiceUnavailableException(PeerService service, URI url, Throwable cause) {
        super(service, url, service.serviceName() + " is unavailable at " + url + ": " + cause, cause);
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

    @Override
    public String describe() {
        String name = service().serviceName();
        if (status != null) {
            return name + " failed with " + status.value();
        }
        return timedOut() ? name + " did not answer in time" : name + " is unreachable";
    }

    @Override
    public MaestroException answer() {
        HttpStatus answer = status != null ? HttpStatus.BAD_GATEWAY
                : timedOut() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        return new MaestroException(ErrorNames.HTTP, answer, describe(), this);
    }

    private boolean timedOut() {
        return getCause() instanceof HttpTimeoutException || getCause() instanceof InterruptedIOException;
    }
}
