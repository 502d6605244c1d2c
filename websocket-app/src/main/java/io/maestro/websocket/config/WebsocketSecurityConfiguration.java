package io.maestro.websocket.config;

import io.maestro.common.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * websocket-app's own filter chain: {@code /api} is let through to the API-key check of the publish controller and
 * {@code /connection/websocket} to the session-JWT check of the socket's {@code connect} command (a browser cannot
 * put headers on a WebSocket handshake). Everything else but the public paths is refused.
 */
@Configuration(proxyBeanMethods = false)
public class WebsocketSecurityConfiguration {

    public static final String PUBLISH_API = "/api";
    public static final String BROWSER_ENDPOINT = "/connection/websocket";

    @Bean
    SecurityFilterChain websocketFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PublicPaths.ALWAYS_OPEN).permitAll()
                        .requestMatchers(PUBLISH_API, BROWSER_ENDPOINT).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }
}
