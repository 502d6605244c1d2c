package io.maestro.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The 401 of Maestro 0.6: internal services answered {@code {"error":{"msg":...}}}, server-app (passport) the plain
 * text {@code Unauthorized}. A caller of the wrong kind (a user token on an internal route) gets the same 401: its
 * token is not valid there.
 */
public class UnauthorizedResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final DefaultCaller defaultCaller;

    public UnauthorizedResponder(DefaultCaller defaultCaller) {
        this.defaultCaller = defaultCaller;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        respond(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        respond(response);
    }

    private void respond(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (defaultCaller == DefaultCaller.USER) {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write("Unauthorized");
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":{\"msg\":\"Unauthorized: a valid service token is required\"}}");
        }
    }
}
