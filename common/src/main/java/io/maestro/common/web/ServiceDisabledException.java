package io.maestro.common.web;

import org.springframework.http.HttpStatus;

/**
 * A downstream service is disabled by configuration. A route that saves a record reports this as
 * {@code status:"error"} on the record instead (compatibility.md H2); a route that only calls the service raises this, 503.
 */
public class ServiceDisabledException extends MaestroException {

    /** @param service the service's name as 0.6 spelled it in the message, e.g. {@code REPORT} */
    public ServiceDisabledException(String service) {
        super(ErrorNames.SERVICE_DISABLED, HttpStatus.SERVICE_UNAVAILABLE, service + " service was disabled");
    }
}
