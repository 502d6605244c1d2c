package io.maestro.discovery.api;

import io.maestro.common.messaging.MessagePublishException;
import io.maestro.common.web.ErrorEnvelope;
import io.maestro.common.web.ErrorNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A sync the broker did not take cannot start: 503 (compatibility.md H2). A failed call to data-app is answered by
 * common's handler, as every peer failure (docs/architecture.md "Peer failures").
 */
@RestControllerAdvice
class BrokerFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(BrokerFailureHandler.class);

    @ExceptionHandler(MessagePublishException.class)
    ResponseEntity<Object> brokerRefused(MessagePublishException refused) {
        log.warn("{}", refused.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorEnvelope.of(ErrorNames.HTTP, "The message broker did not take the sync"));
    }
}
