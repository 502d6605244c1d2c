package io.maestro.server.domain.identity;

import io.maestro.common.token.SessionUser;
import io.maestro.common.web.PermissionException;
import org.springframework.stereotype.Component;

/**
 * Whether the caller is a Maestro administrator ({@code users.admin: true}, compatibility.md S6). Global settings and the
 * grant of administration use it; the answer is read fresh from Mongo, so a revoked admin loses it at once.
 */
@Component
public class AdministratorGuard {

    public static final String SETTINGS_MESSAGE = "Only administrators may change global settings";

    private final UserRepository users;

    public AdministratorGuard(UserRepository users) {
        this.users = users;
    }

    public boolean isAdmin(SessionUser caller) {
        return caller != null && users.findActiveById(caller.id()).map(User::admin).orElse(false);
    }

    /** @throws PermissionException 403 "Only administrators may change global settings" */
    public void requireAdmin(SessionUser caller) {
        requireAdmin(caller, SETTINGS_MESSAGE);
    }

    /** @throws PermissionException 403 with {@code message} */
    public void requireAdmin(SessionUser caller, String message) {
        if (!isAdmin(caller)) {
            throw new PermissionException(message);
        }
    }
}
