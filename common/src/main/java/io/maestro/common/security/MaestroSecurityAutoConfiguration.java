package io.maestro.common.security;

import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.token.TokenConfiguration;
import io.maestro.common.token.UserSessionTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The filter chain of a Maestro service: stateless, no CSRF (token-authenticated JSON APIs), CORS for the origins
 * of {@link MaestroCors}, {@link PublicPaths} open, session and service tokens recognised when the service holds
 * their secrets, every other route for the
 * service's {@link DefaultCaller}. A service with other needs declares its own {@link SecurityFilterChain} and may
 * reuse {@link #applyMaestroDefaults}.
 */
@AutoConfiguration(after = TokenConfiguration.class,
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
public class MaestroSecurityAutoConfiguration {

    /** Picked up by {@code http.cors(...)} in every chain built with {@link #applyMaestroDefaults}. */
    @Bean
    @ConditionalOnMissingBean(name = "corsConfigurationSource")
    CorsConfigurationSource corsConfigurationSource(Environment environment) {
        return MaestroCors.configurationSource(environment);
    }

    /** Every chain's firewall (Spring Security uses the context's {@link HttpFirewall}): {@link MaestroFirewall}. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall maestroHttpFirewall() {
        return MaestroFirewall.create();
    }

    /**
     * No observation around each of a security chain's ~15 filters, nor of its authentications and authorizations:
     * they were a tenth of a write's work in server-app and ~3 % of a discovery sync's in data-app
     * (docs/performance.md), and with them off no chain is wrapped in Spring Security's observation decorator. Requests
     * are still observed whole ({@code http.server.requests}). Static: Spring Security reads it while it builds its
     * post-processors.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain maestroFilterChain(HttpSecurity http, Environment environment,
            ObjectProvider<UserSessionTokens> sessionTokens, ObjectProvider<PrivateServiceTokens> serviceTokens,
            ObjectProvider<SessionUserCheck> userCheck) throws Exception {
        DefaultCaller defaultCaller = environment.getProperty("maestro.security.default-caller", DefaultCaller.class,
                DefaultCaller.SERVICE);
        applyMaestroDefaults(http, defaultCaller, sessionTokens.getIfAvailable(), serviceTokens.getIfAvailable(),
                userCheck.getIfAvailable(() -> SessionUserCheck.ACCEPT_ALL));
        http.authorizeHttpRequests(auth -> requireDefaultCaller(auth.requestMatchers(PublicPaths.ALWAYS_OPEN).permitAll()
                .anyRequest(), defaultCaller));
        return http.build();
    }

    /** Stateless token security with Maestro's 401 answers and whichever token filters the service has secrets for. */
    public static void applyMaestroDefaults(HttpSecurity http, DefaultCaller defaultCaller, UserSessionTokens sessionTokens,
            PrivateServiceTokens serviceTokens, SessionUserCheck userCheck) throws Exception {
        UnauthorizedResponder unauthorized = new UnauthorizedResponder(defaultCaller);
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(unauthorized));
        if (serviceTokens != null) {
            http.addFilterBefore(new PrivateTokenAuthenticationFilter(serviceTokens), AnonymousAuthenticationFilter.class);
        }
        if (sessionTokens != null) {
            http.addFilterBefore(new UserSessionAuthenticationFilter(sessionTokens, userCheck), AnonymousAuthenticationFilter.class);
        }
    }

    private static void requireDefaultCaller(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl routes,
            DefaultCaller defaultCaller) {
        switch (defaultCaller) {
            case SERVICE -> routes.hasAuthority(MaestroAuthorities.SERVICE);
            case USER -> routes.hasAuthority(MaestroAuthorities.USER);
            case ANY -> routes.authenticated();
        }
    }
}
