package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller is told about: its {@code err.name}, HTTP status and detail (a message or a details array).
 * The subclasses are the Maestro error kinds; the exception handler turns any of them into the error envelope.
 */
public class MaestroException extends RuntimeException {

    private final String name;
    private final HttpStatus status;
    private final transient Object detail;

    public MaestroException(String name, HttpStatus status, Object detail) {
        this(name, status, detail, null);
    }

    public MaestroException(String name, HttpStatus status, Object detail, Throwable cause) {
        super(name + ": " + detail, cause);
        this.name = name;
        this.status = status;
        this.detail = detail;
    }

    public String name() {
        return name;
    }

    public HttpStatus status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public ErrorEnvelope envelope() {
        return ErrorEnvelope.of(name, detail);
    }
}
