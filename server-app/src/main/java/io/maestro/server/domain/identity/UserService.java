package io.maestro.server.domain.identity;

import io.maestro.common.acl.Caller;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.LiteralRegex;
import io.maestro.common.token.SessionUser;
import io.maestro.common.web.ConflictException;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.team.TeamDeparture;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Sign-up, profiles, the user directory and the grant of administration. */
@Service
public class UserService {

    public static final String DUPLICATE_EMAIL = "User already exist";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AdministratorGuard administrators;
    private final SessionEndings sessionEndings;
    private final TeamDeparture teams;
    private final SignUpThrottle signUps;
    private final Clock clock;

    public UserService(UserRepository users, PasswordEncoder passwords, AdministratorGuard administrators,
            SessionEndings sessionEndings, TeamDeparture teams, SignUpThrottle signUps, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.administrators = administrators;
        this.sessionEndings = sessionEndings;
        this.teams = teams;
        this.signUps = signUps;
        this.clock = clock;
    }

    /**
     * Open sign-up (0.6 rules: name 3–30 and e-mail required; the password 8–64 characters where 0.6 took 4–30),
     * throttled per client address ({@link SignUpThrottle}). The very first user of an empty store becomes an
     * administrator (compatibility.md S6); a marker document makes that happen once even when sign-ups race.
     */
    public User register(Map<String, ?> body, String clientAddress) {
        Map<String, Object> valid = profileRules(body, true).newPassword("password").valid();
        signUps.attempt(clientAddress);
        String password = (String) valid.remove("password");
        String email = (String) valid.get("email");
        if (users.emailTaken(email, null)) {
            throw new ConflictException(DUPLICATE_EMAIL);
        }
        Instant now = clock.instant();
        boolean firstAdministrator = users.countAll() == 0 && users.claimFirstAdministrator(now);
        return users.create(valid, passwords.encode(password), firstAdministrator, now);
    }

    public User profile(String id) {
        return users.findActiveById(id).orElseThrow(NotFoundException::new);
    }

    /**
    * {@code PATCH /me}: only the fields sent are validated and changed (compatibility.md H3); the password is not patchable
    * here and dropped like any unknown key; one's own unchanged e-mail is fine (H4), another user's is 409.
     */
    public User updateProfile(SessionUser caller, Map<String, ?> body) {
        Map<String, Object> valid = profileRules(body, false).valid();
        if (valid.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field("value", "object.min",
                    "must have at least 1 of the fields " + UserFields.PROFILE));
        }
        if (valid.containsKey("email") && users.emailTaken((String) valid.get("email"), caller.id())) {
            throw new ConflictException(DUPLICATE_EMAIL);
        }
        return users.updateProfile(caller.id(), valid, clock.instant()).orElseThrow(NotFoundException::new);
    }

    /**
     * {@code DELETE /me}: soft delete; the caller's tokens and sockets stop working at once, and the caller leaves
     * every team ({@link TeamDeparture}). The last administrator cannot leave, or nobody could change global settings
     * any more; nor can the only admin of a team that has other members.
     */
    public void deleteSelf(SessionUser caller) {
        User self = profile(caller.id());
        if (self.admin() && users.countActiveAdministrators() <= 1) {
            throw new ConflictException("The last administrator cannot delete their account; make another user an administrator first");
        }
        teams.requireAnotherAdminWhereNeeded(self.id());
        users.deactivate(self.id(), clock.instant());
        sessionEndings.accountDeleted(self.id());
        teams.leaveAll(Caller.user(self.id(), self.name(), self.email()));
    }

    public UserPage list(ListQuery query) {
        return users.list(query);
    }

    /** Users whose name contains {@code term} (literally, ignoring case). */
    public UserPage autocomplete(String term, ListQuery query) {
        if (term == null || term.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field("complete", "any.required", "is required"));
        }
        return users.list(query.and(new Document("name",
                new Document("$regex", LiteralRegex.escape(term)).append("$options", "i"))));
    }

    /**
     * {@code PATCH /users/:id/admin {admin}}: administrators grant or revoke administration; the last one cannot
     * revoke it (from themself, since nobody else is left to).
     */
    public User setAdministrator(SessionUser caller, String targetId, Map<String, ?> body) {
        administrators.requireAdmin(caller, "Only administrators may grant or revoke administration");
        boolean admin = (Boolean) BodyRules.of(body).bool("admin", true).valid().get("admin");
        User target = profile(targetId);
        if (!admin && target.admin() && users.countActiveAdministrators() <= 1) {
            throw new ConflictException("The last administrator cannot give up administration; make another user an administrator first");
        }
        return users.setAdmin(target.id(), admin, clock.instant()).orElseThrow(NotFoundException::new);
    }

    private static BodyRules profileRules(Map<String, ?> body, boolean creating) {
        return BodyRules.of(body)
                .text("name", creating, 3, 30)
                .email("email", creating)
                .text("fullname", false, 1, 250)
                .text("avatar", false, 1, 1024)
                .text("phone", false, 1, 250)
                .text("company", false, 1, 250)
                .text("job", false, 1, 250)
                .object("country")
                .text("city", false, 1, 250)
                .text("address", false, 1, 250);
    }
}
