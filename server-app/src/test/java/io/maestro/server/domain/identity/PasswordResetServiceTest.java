package io.maestro.server.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.maestro.common.token.ForgotPasswordTokens;
import io.maestro.common.web.MaestroException;
import io.maestro.server.domain.mail.MailNotConfiguredException;
import io.maestro.server.domain.mail.Mailer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordResetServiceTest {

    private final UserRepository users = mock(UserRepository.class);

    private final PasswordResetService withoutMail = new PasswordResetService(users, mock(UsedResetTokenRepository.class),
            new ForgotPasswordTokens("jwt-secret", "crypto-secret"), Mailer.disabled(), mock(PasswordEncoder.class),
            mock(LoginThrottle.class), mock(SessionEndings.class), Clock.systemUTC());

    @Test
    void withoutSmtpSenderTheForgotRouteSays503MailIsNotConfigured() {
        assertThatThrownBy(() -> withoutMail.sendResetLink(Map.of("email", "maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset")))
                .isInstanceOf(MailNotConfiguredException.class)
                .satisfies(e -> assertThat(((MaestroException) e).status().value()).isEqualTo(503))
                .hasMessageContaining("SMTP_SENDER");
        verifyNoInteractions(users);
    }

    @Test
    void theTokenIsAppendedToTheCallbackWhateverItsQuery() {
        assertThat(PasswordResetService.withToken("https://x.test/reset", "a.b.c")).isEqualTo("https://x.test/reset?token=a.b.c");
        assertThat(PasswordResetService.withToken("https://x.test/reset?x=1", "a.b.c")).isEqualTo("https://x.test/reset?x=1&token=a.b.c");
        assertThat(PasswordResetService.withToken("https://x.test/reset?", "a.b.c")).isEqualTo("https://x.test/reset?token=a.b.c");
    }
}
