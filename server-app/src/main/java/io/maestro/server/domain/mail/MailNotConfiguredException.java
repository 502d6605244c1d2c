package io.maestro.server.domain.mail;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import org.springframework.http.HttpStatus;

/** 503: the route needs to send mail and no SMTP server is configured. */
public class MailNotConfiguredException extends MaestroException {

    public MailNotConfiguredException() {
        super(ErrorNames.SERVICE_DISABLED, HttpStatus.SERVICE_UNAVAILABLE,
                "Mail is not configured on this server: set SMTP_SENDER and SMTP_HOST to send e-mail");
    }
}
