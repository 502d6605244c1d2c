package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/** 413: the request body is larger than the service takes ({@link RequestBodyLimitFilter}). */
public class PayloadTooLargeException extends MaestroException {

    public PayloadTooLargeException(long maxBytes) {
        super(ErrorNames.PAYLOAD_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the limit of " + maxBytes + " bytes");
    }
}
