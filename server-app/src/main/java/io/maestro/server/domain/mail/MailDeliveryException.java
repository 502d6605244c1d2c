package io.maestro.server.domain.mail;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import org.springframework.http.HttpStatus;

/** 503: the SMTP server could not be reached or refused the message. */
public class MailDeliveryException extends MaestroException {

    public MailDeliveryException(String smtpServer, Throwable cause) {
        super(ErrorNames.HTTP, HttpStatus.SERVICE_UNAVAILABLE,
                "The mail server " + smtpServer + " could not deliver the message; try again later", cause);
    }
}
