package io.maestro.common.token;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.config.MaestroServiceAutoConfiguration;
import io.maestro.common.http.ServiceTokenSource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One bean per token kind whose secrets the service declared in {@code maestro.required-secrets}: a service gets
 * only the token machinery it holds the secrets for.
 */
@AutoConfiguration(after = MaestroServiceAutoConfiguration.class)
public class TokenConfiguration {

    @Bean
    @ConditionalOnSecrets(MaestroSecrets.SECRETJWT)
    UserSessionTokens userSessionTokens(MaestroSecrets secrets, Environment environment) {
        return new UserSessionTokens(secrets.get(MaestroSecrets.SECRETJWT),
                sessionTtl(environment.getProperty("MAESTRO_JWT_TTL")));
    }

    @Bean
    @ConditionalOnSecrets({MaestroSecrets.SECRETJWT_PRIVATE, MaestroSecrets.NOAUTH})
    PrivateServiceTokens privateServiceTokens(MaestroSecrets secrets) {
        return new PrivateServiceTokens(secrets.get(MaestroSecrets.SECRETJWT_PRIVATE), secrets.get(MaestroSecrets.NOAUTH));
    }

    /** Every outgoing call to a peer carries a private token naming this service, minted at most a minute before. */
    @Bean
    @ConditionalOnSecrets({MaestroSecrets.SECRETJWT_PRIVATE, MaestroSecrets.NOAUTH})
    ServiceTokenSource serviceTokenSource(PrivateServiceTokens tokens, Environment environment) {
        return new ReusedServiceToken(tokens, environment.getProperty("maestro.app.name", "maestro"), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnSecrets(MaestroSecrets.SECRETJWT_PUBLIC)
    PublicShareTokens publicShareTokens(MaestroSecrets secrets) {
        return new PublicShareTokens(secrets.get(MaestroSecrets.SECRETJWT_PUBLIC));
    }

    @Bean
    @ConditionalOnSecrets(MaestroSecrets.SECRETJWT)
    ViewTokens viewTokens(MaestroSecrets secrets) {
        return new ViewTokens(secrets.get(MaestroSecrets.SECRETJWT));
    }

    @Bean
    @ConditionalOnSecrets({MaestroSecrets.SECRETJWT_FORGOT, MaestroSecrets.SECRET_CRYPTO_FORGOT})
    ForgotPasswordTokens forgotPasswordTokens(MaestroSecrets secrets) {
        return new ForgotPasswordTokens(secrets.get(MaestroSecrets.SECRETJWT_FORGOT),
                secrets.get(MaestroSecrets.SECRET_CRYPTO_FORGOT));
    }

    @Bean
    @ConditionalOnSecrets(MaestroSecrets.WEBSOCKET_SECRET)
    WebsocketApiKey websocketApiKey(MaestroSecrets secrets) {
        return new WebsocketApiKey(secrets.get(MaestroSecrets.WEBSOCKET_SECRET));
    }

    /** {@code MAESTRO_JWT_TTL}: seconds, or a duration such as {@code 24h}, {@code 30m}, {@code PT8H}; default 24 h. */
    static Duration sessionTtl(String configured) {
        if (configured == null || configured.isBlank()) {
            return UserSessionTokens.DEFAULT_TTL;
        }
        String value = configured.trim();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            if (value.toUpperCase().startsWith("P")) {
                return Duration.parse(value);
            }
            return DurationStyle.SIMPLE.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("MAESTRO_JWT_TTL must be seconds or a duration like 24h, not '" + configured + "'", e);
        }
    }
}
