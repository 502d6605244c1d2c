package io.maestro.server.api.identity;

import io.maestro.common.query.ListQuery;
import io.maestro.common.query.ListQueryParser;
import io.maestro.common.token.SessionUser;
import io.maestro.common.web.ListEnvelope;
import io.maestro.server.domain.identity.UserService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and the user directory ({@code /users}), and the grant of administration. */
@RestController
public class UsersController {

    private final UserService users;

    public UsersController(UserService users) {
        this.users = users;
    }

    /** Open sign-up; 201 with the public profile. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> register(@RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
        return UserViews.single(users.register(body, request.getRemoteAddr()));
    }

    /** Active users, with 0.6's list parameters and exact-match filters on profile fields. */
    @GetMapping("/users")
    public ListEnvelope list(HttpServletRequest request) {
        ListQuery query = ListQueryParser.parse(request.getParameterMap(), UserViews.LIST_QUERY);
        return UserViews.page(users.list(query), query);
    }

    /** Active users whose name contains {@code complete}. */
    @GetMapping("/users/autocomplete")
    public ListEnvelope autocomplete(@RequestParam(name = "complete", required = false) String complete,
            HttpServletRequest request) {
        ListQuery query = ListQueryParser.parse(request.getParameterMap(), UserViews.LIST_QUERY);
        return UserViews.page(users.autocomplete(complete, query), query);
    }

    @GetMapping("/users/{id}")
    public Map<String, Object> one(@PathVariable String id) {
        return UserViews.single(users.profile(id));
    }

    /** {@code {admin: true|false}}, administrators only; 202 with the user's profile. */
    @PatchMapping("/users/{id}/admin")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Object> setAdministrator(@AuthenticationPrincipal SessionUser caller, @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> body) {
        return UserViews.single(users.setAdministrator(caller, id, body));
    }
}
