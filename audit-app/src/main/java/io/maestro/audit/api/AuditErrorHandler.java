package io.maestro.audit.api;

import com.mongodb.MongoException;
import com.mongodb.MongoServerException;
import io.maestro.audit.domain.AuditRequestException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maestro 0.6 audit-app error bodies: {@code {"err": {"name": ..., "errors": ...}}}. */
@RestControllerAdvice
public class AuditErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AuditErrorHandler.class);

    @ExceptionHandler(AuditRequestException.class)
    ResponseEntity<Map<String, Object>> refused(AuditRequestException e) {
        return error(e.status(), e.name(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody() {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "ValidatorError", "body must be a JSON object");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson() {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "ValidatorError", "send the body as application/json");
    }

    /** The parameter by name; Spring's own message names its Java type too. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "ValidatorError", "Parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mistypedParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "ValidatorError",
                "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue() + "'");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> unknownPath() {
        return error(HttpStatus.NOT_FOUND, "NotFoundError", "Resource not found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "NotFoundError", "Method " + e.getMethod() + " is not allowed here");
    }

    /** The store answered and refused the write (e.g. a document over 16 MB): the caller's input. */
    @ExceptionHandler(MongoServerException.class)
    ResponseEntity<Map<String, Object>> storeRefused(MongoServerException e) {
        return error(HttpStatus.UNPROCESSABLE_CONTENT, "ValidatorError", "The store refused the change: " + e.getMessage());
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Map<String, Object>> storeUnavailable(MongoException e) {
        LOG.error("Mongo store unavailable", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, "HTTPError", "The audit store is unavailable");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String name, String message) {
        return ResponseEntity.status(status).body(Map.of("err", Map.of("name", name, "errors", message)));
    }
}
