package io.maestro.discovery.api;

import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.messaging.MessagePublishException;
import io.maestro.common.web.DownstreamException;
import io.maestro.common.web.ErrorEnvelope;
import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A sync that cannot start because a service it needs is not there is reported as such (compatibility.md H2): data-app or
 * the broker down → 503, data-app refusing → 501 {@code HTTPError} as 0.6 reported downstream errors.
 */
@RestControllerAdvice
class PeerFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(PeerFailureHandler.class);

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<Object> unavailable(ServiceUnavailableException unavailable) {
        log.warn("{}", unavailable.getMessage());
        return serviceUnavailable(unavailable.service().serviceName() + " is unavailable");
    }

    @ExceptionHandler(MessagePublishException.class)
    ResponseEntity<Object> brokerRefused(MessagePublishException refused) {
        log.warn("{}", refused.getMessage());
        return serviceUnavailable("The message broker did not take the sync");
    }

    @ExceptionHandler(ServiceCallException.class)
    ResponseEntity<Object> refused(ServiceCallException refused) {
        log.warn("{}", refused.getMessage());
        return MaestroErrors.response(DownstreamException.http(refused.service().serviceName() + " refused the call ("
                + refused.status().value() + ")", refused));
    }

    private static ResponseEntity<Object> serviceUnavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorEnvelope.of(ErrorNames.HTTP, detail));
    }
}
