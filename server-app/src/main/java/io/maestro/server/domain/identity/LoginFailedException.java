package io.maestro.server.domain.identity;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import org.springframework.http.HttpStatus;

/**
 * Wrong e-mail or password. Stays 400 {@code PermissionError} as in Maestro 0.6: a failed login is not an ACL denial
 * (compatibility.md H1 turns those into 403), and the answer does not tell which of the two was wrong.
 */
public class LoginFailedException extends MaestroException {

    public static final String MESSAGE = "Invalid username or password";

    public LoginFailedException() {
        super(ErrorNames.PERMISSION, HttpStatus.BAD_REQUEST, MESSAGE);
    }
}
