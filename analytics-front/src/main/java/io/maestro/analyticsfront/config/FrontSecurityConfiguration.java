package io.maestro.analyticsfront.config;

import io.maestro.common.security.DefaultCaller;
import io.maestro.common.security.MaestroAuthorities;
import io.maestro.common.security.MaestroSecurityAutoConfiguration;
import io.maestro.common.security.PublicPaths;
import io.maestro.common.security.SessionUserCheck;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.token.UserSessionTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * analytics-front's routes: storing a map takes analytics-app's private token; a view token takes a session; the
 * files are open at the filter and checked by the controller (a session, a view token or a public link), so that a
 * viewer in an iframe, a download link and a public link all work without a session token in the URL. The files may
 * be framed by other pages.
 */
@Configuration(proxyBeanMethods = false)
class FrontSecurityConfiguration {

    @Bean
    SecurityFilterChain frontFilterChain(HttpSecurity http, ObjectProvider<UserSessionTokens> sessionTokens,
            ObjectProvider<PrivateServiceTokens> serviceTokens, ObjectProvider<SessionUserCheck> userCheck)
            throws Exception {
        MaestroSecurityAutoConfiguration.applyMaestroDefaults(http, DefaultCaller.ANY, sessionTokens.getIfAvailable(),
                serviceTokens.getIfAvailable(), userCheck.getIfAvailable(() -> user -> true));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PublicPaths.ALWAYS_OPEN).permitAll()
                .requestMatchers(HttpMethod.POST, "/graphs").hasAuthority(MaestroAuthorities.SERVICE)
                .requestMatchers(HttpMethod.POST, "/graphs/*/view", "/teams/*/graphs/*/view")
                .hasAuthority(MaestroAuthorities.USER)
                .requestMatchers(HttpMethod.GET, "/graphs/*", "/graphs/public/*", "/graphs/png/*", "/teams/*/graphs/*",
                        "/teams/*/graphs/png/*").permitAll()
                .anyRequest().denyAll());
        // the dashboard shows the viewer in an iframe, and a shared map may be embedded anywhere: it holds no action
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }
}
