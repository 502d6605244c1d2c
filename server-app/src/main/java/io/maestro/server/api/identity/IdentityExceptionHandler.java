package io.maestro.server.api.identity;

import io.maestro.server.domain.identity.TooManyAttemptsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The login and sign-up throttles' 429 carries {@code Retry-After} besides the error envelope. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityExceptionHandler {

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<Object> throttled(TooManyAttemptsException exception) {
        return ResponseEntity.status(exception.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(exception.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(exception.envelope());
    }
}
