package io.maestro.common.security;

import io.maestro.common.token.InvalidTokenException;
import io.maestro.common.token.PrivateServiceTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates another Maestro service by its private token. As in Maestro 0.6 the scheme word is not checked
 * ({@code Authorization: <any scheme> <token>}); the signature, expiry and {@code noauth} claim are.
 */
public class PrivateTokenAuthenticationFilter extends OncePerRequestFilter {

    private final PrivateServiceTokens tokens;

    public PrivateTokenAuthenticationFilter(PrivateServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = anySchemeCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            try {
                String app = tokens.verify(token).get("app", String.class);
                SecurityContextHolder.getContext().setAuthentication(
                        new TokenAuthentication(new ServiceCaller(app), MaestroAuthorities.SERVICE_AUTHORITY));
            } catch (InvalidTokenException ignored) {
                // Not a valid service token: it may still be a user token, or the caller stays anonymous.
            }
        }
        chain.doFilter(request, response);
    }

    static String anySchemeCredentials(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        String token = space < 0 ? trimmed : trimmed.substring(space + 1).trim();
        return token.isEmpty() ? null : token;
    }
}
