package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** List parameters that cannot be honoured (compatibility.md S8): broken {@code query} JSON, operator keys, bad paging or ordering. */
public class QueryException extends MaestroException {

    public QueryException(String detail) {
        super(ErrorNames.QUERY, HttpStatus.BAD_REQUEST, detail);
    }
}
