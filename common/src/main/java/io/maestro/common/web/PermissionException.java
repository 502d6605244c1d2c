package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** The caller may not do this (403; Maestro 0.6 answered 400, compatibility.md H1). */
public class PermissionException extends MaestroException {

    public PermissionException(String detail) {
        super(ErrorNames.PERMISSION, HttpStatus.FORBIDDEN, detail);
    }
}
