package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/**
 * A downstream service answered with an error or could not be reached (501, as in Maestro 0.6): {@code HTTPError}
 * for the call itself, {@code ResourceError} for a resource it could not provide.
 */
public class DownstreamException extends MaestroException {

    private DownstreamException(String name, String detail, Throwable cause) {
        super(name, HttpStatus.NOT_IMPLEMENTED, detail, cause);
    }

    public static DownstreamException http(String detail, Throwable cause) {
        return new DownstreamException(ErrorNames.HTTP, detail, cause);
    }

    public static DownstreamException resource(String detail, Throwable cause) {
        return new DownstreamException(ErrorNames.RESOURCE, detail, cause);
    }
}
