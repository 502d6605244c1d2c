package io.maestro.server.domain.identity;

import io.jsonwebtoken.ExpiredJwtException;
import io.maestro.common.token.ForgotPasswordTokens;
import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.web.ConflictException;
import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import io.maestro.server.domain.mail.MailNotConfiguredException;
import io.maestro.server.domain.mail.Mailer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The forgot-password flow: a mailed link {@code callback_url?token=…} that expires after an hour and works once
 * (compatibility.md S1); 0.6's status codes otherwise (unknown e-mail 400, bad token 409, 204 on success).
 */
public class PasswordResetService {

    public static final String INVALID_LINK = "Invalid or tampered reset token";

    private final UserRepository users;
    private final UsedResetTokenRepository usedTokens;
    private final ForgotPasswordTokens tokens;
    private final Mailer mailer;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final SessionEndings sessionEndings;
    private final Clock clock;

    /** @param tokens reset tokens built on {@code clock}, so that expiry follows the same time as everything else here */
    public PasswordResetService(UserRepository users, UsedResetTokenRepository usedTokens, ForgotPasswordTokens tokens,
            Mailer mailer, PasswordEncoder passwords, LoginThrottle throttle, SessionEndings sessionEndings, Clock clock) {
        this.users = users;
        this.usedTokens = usedTokens;
        this.tokens = tokens;
        this.mailer = mailer;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessionEndings = sessionEndings;
        this.clock = clock;
    }

    /** {@code POST /users/forgot {email, callback_url}}. */
    public void sendResetLink(Map<String, ?> body) {
        Map<String, Object> valid = BodyRules.of(body).email("email", true).httpUri("callback_url", true).valid();
        if (!mailer.enabled()) {
            throw new MailNotConfiguredException();
        }
        User user = users.findActiveByEmail((String) valid.get("email"))
                .orElseThrow(() -> new MaestroException(ErrorNames.PERMISSION, HttpStatus.BAD_REQUEST, "Invalid email"));
        String link = withToken((String) valid.get("callback_url"), tokens.issue(user.id(), user.email()));
        mailer.send(PasswordResetMail.to(user, link, ForgotPasswordTokens.TTL.toMinutes()));
    }

    /** {@code PUT /users/forgot/change {token, password}}; every session token issued before stops working. */
    public void resetPassword(Map<String, ?> body) {
        Map<String, Object> valid = BodyRules.of(body).text("token", true, 1, 4096).newPassword("password").valid();
        ForgotPasswordTokens.Reset reset;
        try {
            reset = tokens.verify((String) valid.get("token"));
        } catch (InvalidTokenException e) {
            throw new ConflictException(e.getCause() instanceof ExpiredJwtException
                    ? "This reset link has expired; ask for a new one" : INVALID_LINK);
        }
        User user = users.findActiveById(reset.userId())
                .filter(found -> reset.email().equalsIgnoreCase(found.email()))
                .orElseThrow(() -> new ConflictException(INVALID_LINK));
        Instant now = clock.instant();
        usedTokens.forgetExpired(now);
        if (!usedTokens.markUsed(reset.tokenId(), user.id(), now.plus(ForgotPasswordTokens.TTL))) {
            throw new ConflictException("This reset link has already been used; ask for a new one");
        }
        User changed = users.changePassword(user.id(), passwords.encode((String) valid.get("password")), now)
                .orElseThrow(() -> new ConflictException(INVALID_LINK));
        sessionEndings.passwordChanged(changed.id(), changed.sessionGeneration());
        throttle.passwordReset(user.email());
    }

    /** 0.6 appended {@code ?token=} to the callback; a callback that has a query already gets {@code &token=}. */
    static String withToken(String callbackUrl, String token) {
        String separator = !callbackUrl.contains("?") ? "?"
                : callbackUrl.endsWith("?") || callbackUrl.endsWith("&") ? "" : "&";
        return callbackUrl + separator + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
