package io.maestro.server.config.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords, login throttling and the session-user check ({@code maestro.identity.*} in server-app.yml).
 *
 * @param bcryptCost      bcrypt work factor of stored passwords, at least 10 (DEVIATIONS S9)
 * @param loginThrottle   failed-login limits
 * @param userCheckCache  how long "this token's user exists and is active" is remembered before Mongo is asked again
 */
@ConfigurationProperties("maestro.identity")
public record IdentityProperties(int bcryptCost, LoginThrottle loginThrottle, Duration userCheckCache) {

    public static final int MIN_BCRYPT_COST = 10;

    public IdentityProperties {
        if (bcryptCost < MIN_BCRYPT_COST || bcryptCost > 31) {
            throw new IllegalArgumentException("MAESTRO_BCRYPT_COST must be between " + MIN_BCRYPT_COST
                    + " and 31, got " + bcryptCost);
        }
        if (loginThrottle == null) {
            loginThrottle = new LoginThrottle(5, 20, Duration.ofMinutes(15));
        }
        if (userCheckCache == null || userCheckCache.isNegative()) {
            userCheckCache = Duration.ofSeconds(5);
        }
    }

    /**
     * @param accountFailures failed logins allowed per e-mail address within {@code window}
     * @param addressFailures failed logins allowed per client address within {@code window}
     * @param window          how long failures are counted, from the first one
     */
    public record LoginThrottle(int accountFailures, int addressFailures, Duration window) {

        public LoginThrottle {
            if (accountFailures < 1 || addressFailures < 1) {
                throw new IllegalArgumentException("Login failure limits must be at least 1");
            }
            if (window == null || window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("The login throttle window must be positive");
            }
        }
    }
}
