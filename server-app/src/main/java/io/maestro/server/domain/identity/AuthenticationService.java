package io.maestro.server.domain.identity;

import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Logins and password changes, both throttled per account and per client address (compatibility.md S9). A password change
 * ends the user's other sessions (docs/identity.md, "Sessions").
 */
@Service
public class AuthenticationService {

    /** A successful login: the session token and the user it speaks for. */
    public record Login(String token, User user) {
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final UserSessionTokens sessionTokens;
    private final LoginThrottle throttle;
    private final SessionEndings sessionEndings;
    private final Clock clock;
    // compared against when the e-mail is unknown, so that both failures take the same time
    private final String unknownUserHash;

    public AuthenticationService(UserRepository users, PasswordEncoder passwords, UserSessionTokens sessionTokens,
            LoginThrottle throttle, SessionEndings sessionEndings, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessionTokens = sessionTokens;
        this.throttle = throttle;
        this.sessionEndings = sessionEndings;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no user has this password");
    }

    /** {@code POST /users/auth {email, password}}. */
    public Login login(Map<String, ?> body, String clientAddress) {
        Map<String, Object> valid = BodyRules.of(body).email("email", true).password("password").valid();
        User user = authenticate((String) valid.get("email"), (String) valid.get("password"), clientAddress);
        return new Login(sessionTokens.issue(user.sessionUser()), user);
    }

    /**
     * {@code PATCH /users/auth/pass {email, password, newpass}}: the caller proves the current password again; the
     * e-mail must be the caller's own (0.6 accepted anyone's credentials here). Every session token issued before,
     * the caller's included, stops working; the answer carries a fresh one for the caller's session.
     */
    public Login changePassword(SessionUser caller, Map<String, ?> body, String clientAddress) {
        Map<String, Object> valid = BodyRules.of(body).email("email", true).password("password")
                .newPassword("newpass").valid();
        User user = authenticate((String) valid.get("email"), (String) valid.get("password"), clientAddress);
        if (!user.id().equals(caller.id())) {
            throw new LoginFailedException();
        }
        User changed = users.changePassword(user.id(), passwords.encode((String) valid.get("newpass")), clock.instant())
                .orElseThrow(LoginFailedException::new);
        sessionEndings.passwordChanged(changed.id(), changed.sessionGeneration());
        return new Login(sessionTokens.issue(changed.sessionUser()), changed);
    }

    private User authenticate(String email, String password, String clientAddress) {
        throttle.check(email, clientAddress);
        Optional<User> user = users.findActiveByEmail(email);
        String hash = user.map(User::passwordHash).filter(stored -> stored != null && !stored.isEmpty()).orElse(unknownUserHash);
        if (!passwords.matches(password, hash) || user.isEmpty()) {
            throttle.failed(email, clientAddress);
            throw new LoginFailedException();
        }
        throttle.succeeded(email, clientAddress);
        if (passwords.upgradeEncoding(hash)) {
            // documents from Maestro 0.6 carry bcrypt cost 6: re-hash while the plain password is at hand
            users.setPassword(user.get().id(), passwords.encode(password), clock.instant());
        }
        return user.get();
    }
}
