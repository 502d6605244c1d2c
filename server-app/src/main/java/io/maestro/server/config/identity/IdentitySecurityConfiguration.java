package io.maestro.server.config.identity;

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
 * server-app's routes: sign-up, login and the password-reset flow are open, as are uploaded public files under
 * {@code /static/**}; private upload reads take another service's token or the owner's session (the owner check is
 * the controller's); everything else needs a user session whose user still exists ({@link SessionUserCheck}).
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurityConfiguration {

    static final String[] FILE_READS = {
        "/users/upload/file", "/users/upload/file/", "/teams/upload/file", "/teams/upload/file/"
    };

    @Bean
    SecurityFilterChain serverFilterChain(HttpSecurity http, ObjectProvider<UserSessionTokens> sessionTokens,
            ObjectProvider<PrivateServiceTokens> serviceTokens, SessionUserCheck userCheck) throws Exception {
        MaestroSecurityAutoConfiguration.applyMaestroDefaults(http, DefaultCaller.USER, sessionTokens.getIfAvailable(),
                serviceTokens.getIfAvailable(), userCheck);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PublicPaths.ALWAYS_OPEN).permitAll()
                .requestMatchers(HttpMethod.POST, "/users", "/users/auth", "/users/forgot").permitAll()
                .requestMatchers(HttpMethod.GET, "/users/forgot").permitAll()
                .requestMatchers(HttpMethod.PUT, "/users/forgot/change").permitAll()
                .requestMatchers(HttpMethod.GET, "/static/**").permitAll()
                .requestMatchers(HttpMethod.GET, FILE_READS).hasAnyAuthority(MaestroAuthorities.USER, MaestroAuthorities.SERVICE)
                .anyRequest().hasAuthority(MaestroAuthorities.USER));
        return http.build();
    }
}
