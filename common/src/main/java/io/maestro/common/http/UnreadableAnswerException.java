package io.maestro.common.http;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The peer answered with a success whose body a typed client could not read as what its route promises (a field
 * missing or of another type, not JSON). Told to the caller as the peer failing: 502 {@code HTTPError} naming it.
 */
public class UnreadableAnswerException extends PeerCallException {

    public UnreadableAnswerException(PeerService service, URI url, Throwable cause) {
        super(service, url, service.serviceName() + " answered " + url + " with a body that could not be read: " + cause,
                cause);
    }

    @Override
    public String describe() {
        return service().serviceName() + " answered with a body that could not be read";
    }

    @Override
    public MaestroException answer() {
        return new MaestroException(ErrorNames.HTTP, HttpStatus.BAD_GATEWAY, describe(), this);
    }
}
