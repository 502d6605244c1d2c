package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** No such record, or a list page beyond the last one. */
public class NotFoundException extends MaestroException {

    /** Maestro 0.6's detail for a missing record or an out-of-range page. */
    public static final String DATA_NOT_FOUND = "Data not found";

    public NotFoundException() {
        this(DATA_NOT_FOUND);
    }

    public NotFoundException(String detail) {
        super(ErrorNames.NOT_FOUND, HttpStatus.NOT_FOUND, detail);
    }
}
