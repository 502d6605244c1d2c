package io.maestro.data.api;

import com.mongodb.MongoException;
import com.mongodb.MongoServerException;
import io.maestro.data.domain.DataRequestException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maestro 0.6 data-app error bodies: {@code {"error": "..."}}. */
@RestControllerAdvice
public class DataErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DataErrorHandler.class);

    @ExceptionHandler(DataRequestException.class)
    ResponseEntity<Map<String, String>> refused(DataRequestException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, String>> unknownPath() {
        return error(HttpStatus.NOT_FOUND, "Resource not found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMediaType() {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as JSON");
    }

    /** The store answered and refused the command (unknown operator, bad stage argument): the caller's input. */
    @ExceptionHandler(MongoServerException.class)
    ResponseEntity<Map<String, String>> storeRefused(MongoServerException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "The store refused the request: " + e.getMessage());
    }

    /** The store did not answer (down, timeout). */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<Map<String, String>> storeUnavailable(MongoException e) {
        LOG.error("Mongo store unavailable", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, "The store is unavailable");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        // JSON whatever the request accepted (an NDJSON query's refusal too)
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
