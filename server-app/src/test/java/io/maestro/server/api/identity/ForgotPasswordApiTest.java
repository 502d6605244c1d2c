package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code POST /users/forgot} → a real mail through SMTP (GreenMail) → {@code PUT /users/forgot/change}. */
class ForgotPasswordApiTest extends IdentityApiTestBase {

    private static final Pattern LINK = Pattern.compile("https://maestro\\.example\\.test/reset\\?step=2&token=(\\S+)");

    @Test
    void theMailedLinkResetsThePasswordOnce() throws Exception {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");

        Answer sent = call("POST", "/users/forgot", body("email", "Maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset?step=2"), null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(204);

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("maestro@maestrousers.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(SENDER);
        assertThat(mail.getSubject()).isEqualTo("Maestro Server - Recovery Password");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains("Hello MaestroUsers").contains("60 minutes");
        assertThat(html).contains("<a href=\"https://maestro.example.test/reset?step=2&amp;token=");
        String token = tokenIn(text);

        assertThat(call("PUT", "/users/forgot/change", body("token", token, "password", "brandnew"), null).status())
                .isEqualTo(204);
        login("maestro@maestrousers.com", "brandnew");
        assertThat(call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null)
                .status()).isEqualTo(400);

        Answer reused = call("PUT", "/users/forgot/change", body("token", token, "password", "another1"), null);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.error()).isEqualTo("ConflictError");
        assertThat(reused.json().path("err").path("errors").asString()).contains("already been used");
        login("maestro@maestrousers.com", "brandnew");
    }

    @Test
    void aResetEndsEverySessionTokenIssuedBefore() throws Exception {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        String before = login("maestro@maestrousers.com", "mytester");
        call("POST", "/users/forgot", body("email", "maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset?step=2"), null);
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String token = tokenIn(part(MAIL.getReceivedMessages()[0], "text/plain"));

        assertThat(call("PUT", "/users/forgot/change", body("token", token, "password", "brandnew"), null).status()).isEqualTo(204);

        assertThat(get("/me", before).status()).isEqualTo(401);
        assertThat(get("/me", login("maestro@maestrousers.com", "brandnew")).status()).isEqualTo(200);
        assertThat(WebsocketStub.commands("disconnect")).hasSize(1);
    }

    @Test
    void aLinkOlderThanAnHourIsRefused() throws Exception {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        call("POST", "/users/forgot", body("email", "maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset?step=2"), null);
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String token = tokenIn(part(MAIL.getReceivedMessages()[0], "text/plain"));

        clock.advance(Duration.ofMinutes(61));
        Answer expired = call("PUT", "/users/forgot/change", body("token", token, "password", "brandnew"), null);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().path("err").path("errors").asString()).contains("expired");
        login("maestro@maestrousers.com", "mytester");
    }

    @Test
    void tamperedOrMissingTokensAreRefused() throws Exception {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        call("POST", "/users/forgot", body("email", "maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset?step=2"), null);
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String token = tokenIn(part(MAIL.getReceivedMessages()[0], "text/plain"));
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + new StringBuilder(parts[1]).reverse() + "." + parts[2];

        Answer refused = call("PUT", "/users/forgot/change", body("token", tampered, "password", "brandnew"), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("ConflictError");
        assertThat(call("PUT", "/users/forgot/change", body("token", "garbage", "password", "brandnew"), null).status())
                .isEqualTo(409);
        Answer missing = call("PUT", "/users/forgot/change", body("token", token), null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("password");
        login("maestro@maestrousers.com", "mytester");
    }

    @Test
    void unknownEmailsAndBadCallbacksSendNothing() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        Answer unknown = call("POST", "/users/forgot", body("email", "nobody@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset"), null);
        assertThat(unknown.status()).isEqualTo(400);

        Answer script = call("POST", "/users/forgot", body("email", "maestro@maestrousers.com",
                "callback_url", "javascript:alert(1)"), null);
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("callback_url");
        assertThat(call("POST", "/users/forgot", body("email", "maestro@maestrousers.com"), null).status()).isEqualTo(422);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    /** A reset proves the owner by mail: it lifts the login wait of every address for that account. */
    @Test
    void aPasswordResetLiftsTheLoginWaitOfEveryAddress() throws Exception {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 8; i++) {
            callFrom("127.0.0.66", "POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "guess" + i));
        }
        assertThat(callFrom("127.0.0.66", "POST", "/users/auth", body("email", "maestro@maestrousers.com",
                "password", "mytester")).status()).isEqualTo(429);
        call("POST", "/users/forgot", body("email", "maestro@maestrousers.com",
                "callback_url", "https://maestro.example.test/reset?step=2"), null);
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String token = tokenIn(part(MAIL.getReceivedMessages()[0], "text/plain"));

        assertThat(call("PUT", "/users/forgot/change", body("token", token, "password", "brand-new-pass"), null).status())
                .isEqualTo(204);
        assertThat(callFrom("127.0.0.66", "POST", "/users/auth", body("email", "maestro@maestrousers.com",
                "password", "brand-new-pass")).status()).isEqualTo(200);
    }

    private static String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** The decoded text of the first part of {@code type} anywhere in the message. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
