package io.maestro.common.security;

import io.maestro.common.token.AuthorizationHeader;
import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: JWT|Bearer <user session token>}. A token that does not verify leaves the request
 * anonymous (the entry point then answers 401); a {@link SessionUserCheck} may refuse a verified token whose user is
 * gone (server-app checks that the user still exists and is active).
 */
public class UserSessionAuthenticationFilter extends OncePerRequestFilter {

    private final UserSessionTokens tokens;
    private final SessionUserCheck userCheck;

    public UserSessionAuthenticationFilter(UserSessionTokens tokens, SessionUserCheck userCheck) {
        this.tokens = tokens;
        this.userCheck = userCheck;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = AuthorizationHeader.token(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            try {
                SessionUser user = tokens.verify(token);
                if (userCheck.isCurrent(user)) {
                    SecurityContextHolder.getContext().setAuthentication(
                            new TokenAuthentication(user, MaestroAuthorities.USER_AUTHORITY));
                }
            } catch (InvalidTokenException ignored) {
                // Not a valid session token: it may still be a service token, or the caller stays anonymous.
            }
        }
        chain.doFilter(request, response);
    }
}
