package io.maestro.server.config.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords, login throttling and the session-user check ({@code maestro.identity.*} in server-app.yml).
 *
 * @param bcryptCost      bcrypt work factor of stored passwords, at least 10 (compatibility.md S9)
 * @param loginThrottle   failed-login limits
 * @param signUpThrottle  sign-up limits
 * @param userCheckCache  how long "this token's user exists and is active" is remembered before Mongo is asked again
 */
@ConfigurationProperties("maestro.identity")
public record IdentityProperties(int bcryptCost, LoginThrottle loginThrottle, SignUpThrottle signUpThrottle,
        Duration userCheckCache) {

    public static final int MIN_BCRYPT_COST = 10;

    public IdentityProperties {
        if (bcryptCost < MIN_BCRYPT_COST || bcryptCost > 31) {
            throw new IllegalArgumentException("MAESTRO_BCRYPT_COST must be between " + MIN_BCRYPT_COST
                    + " and 31, got " + bcryptCost);
        }
        if (loginThrottle == null) {
            loginThrottle = new LoginThrottle(5, 20, Duration.ofMinutes(15));
        }
        if (signUpThrottle == null) {
            signUpThrottle = new SignUpThrottle(10, Duration.ofHours(1));
        }
        if (userCheckCache == null || userCheckCache.isNegative()) {
            userCheckCache = Duration.ofSeconds(5);
        }
    }

    /**
     * @param freeFailures    failed logins of one account from one address before each further one costs a delay
     * @param addressFailures failed logins from one address, on any accounts, before it waits {@code maxDelay}
     * @param maxDelay        the longest wait; counters are forgotten this long after their last failure
     */
    public record LoginThrottle(int freeFailures, int addressFailures, Duration maxDelay) {

        public LoginThrottle {
            if (freeFailures < 1 || addressFailures < 1) {
                throw new IllegalArgumentException("Login failure limits must be at least 1");
            }
            if (maxDelay == null || maxDelay.isZero() || maxDelay.isNegative()) {
                throw new IllegalArgumentException("The login throttle's longest delay must be positive");
            }
        }
    }

    /**
     * @param perAddress sign-ups one client address may make before it waits
     * @param window     how long it then waits after its last sign-up
     */
    public record SignUpThrottle(int perAddress, Duration window) {

        public SignUpThrottle {
            if (perAddress < 1) {
                throw new IllegalArgumentException("The sign-up limit must be at least 1");
            }
            if (window == null || window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("The sign-up throttle window must be positive");
            }
        }
    }
}
