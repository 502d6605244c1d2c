package io.maestro.server.api.identity;

import io.maestro.common.token.SessionUser;
import io.maestro.server.domain.identity.AuthenticationService;
import io.maestro.server.domain.identity.PasswordResetService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Login, password change and the forgot-password flow. */
@RestController
public class AuthController {

    private final AuthenticationService authentication;
    private final PasswordResetService passwordReset;

    public AuthController(AuthenticationService authentication, PasswordResetService passwordReset) {
        this.authentication = authentication;
        this.passwordReset = passwordReset;
    }

    /** {@code {email, password}} → {@code {token, user:{_id, name, email, avatar, sub}}}. */
    @PostMapping("/users/auth")
    public Map<String, Object> login(@RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
        AuthenticationService.Login login = authentication.login(body, request.getRemoteAddr());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", login.token());
        answer.put("user", UserViews.tokenUser(login.user()));
        return answer;
    }

    /**
     * {@code {email, password, newpass}}: 201 with the caller's profile and {@code token}, a new session token: every
     * token issued before, the one of this request included, no longer works.
     */
    @PatchMapping("/users/auth/pass")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> changePassword(@AuthenticationPrincipal SessionUser caller,
            @RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
        AuthenticationService.Login changed = authentication.changePassword(caller, body, request.getRemoteAddr());
        Map<String, Object> answer = new LinkedHashMap<>(UserViews.single(changed.user()));
        answer.put("token", changed.token());
        return answer;
    }

    /** {@code {email, callback_url}}: mails {@code callback_url?token=…}. */
    @PostMapping("/users/forgot")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void forgot(@RequestBody(required = false) Map<String, Object> body) {
        passwordReset.sendResetLink(body);
    }

    /** 0.6 answered {@code {}} here so that the path is not read as a user id. */
    @GetMapping("/users/forgot")
    public Map<String, Object> forgotPlaceholder() {
        return Map.of();
    }

    /** {@code {token, password}}: the mailed link's token, once, within the hour. */
    @PutMapping("/users/forgot/change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeForgotten(@RequestBody(required = false) Map<String, Object> body) {
        passwordReset.resetPassword(body);
    }
}
