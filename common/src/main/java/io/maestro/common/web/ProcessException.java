package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** The operation cannot be carried out with the given input. */
public class ProcessException extends MaestroException {

    public ProcessException(String detail) {
        super(ErrorNames.PROCESS, HttpStatus.BAD_REQUEST, detail);
    }
}
