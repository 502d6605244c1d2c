package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.token.SessionUser;
import io.maestro.common.web.PermissionException;
import io.maestro.server.domain.identity.AdministratorGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first administrator, {@code PATCH /users/:id/admin}, and the guard other packages use. */
class AdministratorsApiTest extends IdentityApiTestBase {

    @Autowired
    AdministratorGuard guard;

    @Test
    void anAdministratorGrantsAndRevokesAdministration() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account friend = account("Friend", "friend@maestrousers.com");

        Answer granted = call("PATCH", "/users/" + friend.id() + "/admin", body("admin", true), admin.token());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(202);
        assertThat(granted.json().path("admin").asBoolean()).isTrue();
        assertThat(get("/me", friend.token()).json().path("admin").asBoolean()).isTrue();

        Answer revoked = call("PATCH", "/users/" + admin.id() + "/admin", body("admin", false), friend.token());
        assertThat(revoked.status()).isEqualTo(202);
        assertThat(get("/users/" + admin.id(), friend.token()).json().path("admin").asBoolean()).isFalse();
    }

    @Test
    void nonAdministratorsGet403() {
        account("MaestroUsers", "maestro@maestrousers.com");
        Account friend = account("Friend", "friend@maestrousers.com");
        Answer refused = call("PATCH", "/users/" + friend.id() + "/admin", body("admin", true), friend.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("PermissionError");
        assertThat(get("/me", friend.token()).json().path("admin").asBoolean()).isFalse();
    }

    @Test
    void theLastAdministratorCannotRevokeThemself() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Answer refused = call("PATCH", "/users/" + admin.id() + "/admin", body("admin", false), admin.token());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(get("/me", admin.token()).json().path("admin").asBoolean()).isTrue();
    }

    @Test
    void theBodyAndTheTargetAreChecked() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Answer notBoolean = call("PATCH", "/users/" + admin.id() + "/admin", body("admin", "yes"), admin.token());
        assertThat(notBoolean.status()).isEqualTo(422);
        assertThat(notBoolean.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("admin");
        assertThat(call("PATCH", "/users/0123456789abcdef01234567/admin", body("admin", true), admin.token()).status())
                .isEqualTo(404);
    }

    @Test
    void theGuardAcceptsAdministratorsOnly() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account friend = account("Friend", "friend@maestrousers.com");

        guard.requireAdmin(new SessionUser(admin.id(), "MaestroUsers", admin.email(), null));
        assertThatThrownBy(() -> guard.requireAdmin(new SessionUser(friend.id(), "Friend", friend.email(), null)))
                .isInstanceOf(PermissionException.class)
                .hasMessageContaining("Only administrators may change global settings");
    }
}
