package io.maestro.audit.domain;

import org.springframework.http.HttpStatus;

/** A refused audit request, answered with Maestro's Node envelope {@code {"err": {"name", "errors"}}}. */
public class AuditRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String name;

    private AuditRequestException(HttpStatus status, String name, String message) {
        super(message);
        this.status = status;
        this.name = name;
    }

    public HttpStatus status() {
        return status;
    }

    /** Maestro 0.6 error name ({@code ValidatorError}, {@code NotFoundError}). */
    public String name() {
        return name;
    }

    public static AuditRequestException invalid(String message) {
        return new AuditRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "ValidatorError", message);
    }

    public static AuditRequestException notFound(String message) {
        return new AuditRequestException(HttpStatus.NOT_FOUND, "NotFoundError", message);
    }
}
