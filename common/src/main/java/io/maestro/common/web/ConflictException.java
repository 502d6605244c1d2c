package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** A unique value is already taken. */
public class ConflictException extends MaestroException {

    public ConflictException(String detail) {
        super(ErrorNames.CONFLICT, HttpStatus.CONFLICT, detail);
    }
}
