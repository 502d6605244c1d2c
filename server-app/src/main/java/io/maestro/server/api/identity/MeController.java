package io.maestro.server.api.identity;

import io.maestro.common.client.AuditAppClient;
import io.maestro.common.token.SessionUser;
import io.maestro.server.domain.identity.UserService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile ({@code /me}) and its change history. */
@RestController
public class MeController {

    private final UserService users;
    private final AuditAppClient audit;

    public MeController(UserService users, AuditAppClient audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/me")
    public Map<String, Object> me(@AuthenticationPrincipal SessionUser caller) {
        return UserViews.single(users.profile(caller.id()));
    }

    /** Partial update of the profile; 202 with the result. */
    @PatchMapping("/me")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Object> update(@AuthenticationPrincipal SessionUser caller, @RequestBody(required = false) Map<String, Object> body) {
        return UserViews.single(users.updateProfile(caller, body));
    }

    /** Soft delete of the caller; their token stops working. */
    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@AuthenticationPrincipal SessionUser caller) {
        users.deleteSelf(caller);
    }

    /**
     * audit-app's history of the caller's profile; its list parameters are passed on, and a parameter audit-app refuses
     * is the caller's 4xx in its words.
     */
    @GetMapping("/me/audit")
    public Object history(@AuthenticationPrincipal SessionUser caller, @RequestParam Map<String, String> parameters) {
        return audit.history(UserViews.ENTITY, caller.id(), new LinkedHashMap<>(parameters));
    }
}
