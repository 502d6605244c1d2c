package io.maestro.server.config.identity;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.security.RememberedSessionCheck;
import io.maestro.common.token.ForgotPasswordTokens;
import io.maestro.server.domain.identity.AttemptCounters;
import io.maestro.server.domain.identity.LoginThrottle;
import io.maestro.server.domain.identity.SignUpThrottle;
import io.maestro.server.domain.identity.PasswordResetService;
import io.maestro.server.domain.identity.SessionEndings;
import io.maestro.server.domain.identity.UsedResetTokenRepository;
import io.maestro.server.domain.identity.User;
import io.maestro.server.domain.identity.UserRepository;
import io.maestro.server.domain.mail.Mailer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** The time of logins, reset links and throttling windows; tests replace it to move time forward. */
    @Bean
    Clock identityClock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptCost());
    }

    /** Refuses session tokens of deleted users and those issued before a password change (plugged into the security filter). */
    @Bean
    RememberedSessionCheck activeUserCheck(UserRepository users, Clock clock, IdentityProperties properties) {
        return new RememberedSessionCheck(id -> users.findActiveById(id).map(User::sessionGeneration), clock,
                properties.userCheckCache());
    }

    @Bean
    LoginThrottle loginThrottle(AttemptCounters failures, Clock clock, IdentityProperties properties) {
        IdentityProperties.LoginThrottle limits = properties.loginThrottle();
        return new LoginThrottle(failures, clock, limits.freeFailures(), limits.addressFailures(), limits.maxDelay());
    }

    @Bean
    SignUpThrottle signUpThrottle(AttemptCounters counters, Clock clock, IdentityProperties properties) {
        IdentityProperties.SignUpThrottle limits = properties.signUpThrottle();
        return new SignUpThrottle(counters, clock, limits.perAddress(), limits.window());
    }

    /** Reset links are made here on the identity clock rather than by common's system-clock bean, so expiry can be tested. */
    @Bean
    PasswordResetService passwordResetService(UserRepository users, UsedResetTokenRepository usedTokens,
            MaestroSecrets secrets, Mailer mailer, PasswordEncoder passwords, LoginThrottle throttle,
            SessionEndings sessionEndings, Clock clock) {
        ForgotPasswordTokens tokens = new ForgotPasswordTokens(secrets.get(MaestroSecrets.SECRETJWT_FORGOT),
                secrets.get(MaestroSecrets.SECRET_CRYPTO_FORGOT), clock);
        return new PasswordResetService(users, usedTokens, tokens, mailer, passwords, throttle, sessionEndings, clock);
    }
}
