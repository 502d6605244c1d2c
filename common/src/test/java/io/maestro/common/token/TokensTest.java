package io.maestro.common.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jwts;
import io.maestro.common.testsupport.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokensTest {

    static final String SESSION_SECRET = "session-secret";
    static final String PRIVATE_SECRET = "private-secret-long-enough-for-hs256-keys!!";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"alice@example.com\"", "\"mallory@example.com\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + parts[2];
    }

    @Nested
    class UserSession {
        final SessionUser alice = new SessionUser("5f1c0c6e2b3a4d5e6f708192", "alice", "alice@example.com", "/a.png");

        @Test
        void validTokenCarriesThe06ClaimsAndAnExpiry() {
            UserSessionTokens tokens = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(24), at(T0));
            String token = tokens.issue(alice);
            assertThat(tokens.verify(token)).isEqualTo(alice);
            var claims = Jwts.parser().verifyWith(SignedTokens.hmacKey(SESSION_SECRET)).clock(() -> java.util.Date.from(T0))
                    .build().parseSignedClaims(token).getPayload();
            assertThat(claims).containsEntry("_id", alice.id()).containsEntry("sub", alice.id())
                    .containsEntry("email", "alice@example.com").containsKeys("iat", "exp");
            assertThat(claims.getExpiration().toInstant()).isEqualTo(T0.plus(Duration.ofHours(24)));
        }

        @Test
        void theSessionGenerationTravelsInTheTokenAndIsZeroWhenAbsent() {
            UserSessionTokens tokens = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0));
            SessionUser afterTwoChanges = new SessionUser(alice.id(), alice.name(), alice.email(), alice.avatar(), 2);
            assertThat(tokens.verify(tokens.issue(afterTwoChanges)).generation()).isEqualTo(2);
            String withoutGeneration = Jwts.builder().claim("_id", alice.id()).claim(TokenKind.CLAIM, TokenKind.SESSION.name())
                    .issuedAt(java.util.Date.from(T0)).signWith(SignedTokens.hmacKey(SESSION_SECRET), Jwts.SIG.HS256).compact();
            assertThat(tokens.verify(withoutGeneration).generation()).as("a 0.6-style token").isZero();
        }

        @Test
        void expiredTokenIsRefused() {
            String token = new UserSessionTokens(SESSION_SECRET, Duration.ofMinutes(10), at(T0)).issue(alice);
            UserSessionTokens later = new UserSessionTokens(SESSION_SECRET, Duration.ofMinutes(10), at(T0.plusSeconds(601)));
            assertThatThrownBy(() -> later.verify(token)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
        }

        @Test
        void aTokenVerifiedBeforeIsStillRefusedOnceExpired() {
            MutableClock moving = new MutableClock();
            moving.setTo(T0);
            UserSessionTokens tokens = new UserSessionTokens(SESSION_SECRET, Duration.ofMinutes(10), moving);
            String token = tokens.issue(alice);
            assertThat(tokens.verify(token)).isEqualTo(alice);
            moving.setTo(T0.plusSeconds(600));
            assertThat(tokens.verify(token)).as("at its expiry, as the parser decides").isEqualTo(alice);
            moving.setTo(T0.plusSeconds(600).plusMillis(1));
            assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired")
                    .as("the parser's refusal, which a password reset tells apart").hasCauseInstanceOf(ExpiredJwtException.class);
            String forged = tamper(token);
            assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> tokens.verify(forged)).as("a refusal remembered").isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void tamperedTokenIsRefused() {
            UserSessionTokens tokens = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0));
            String forged = tamper(tokens.issue(alice));
            assertThat(forged).isNotEqualTo(tokens.issue(alice));
            assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void tokenSignedWithAnotherSecretIsRefused() {
            String token = new UserSessionTokens("another-secret", Duration.ofHours(1), at(T0)).issue(alice);
            assertThatThrownBy(() -> new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0)).verify(token))
                    .isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void tokenOfAnotherKindIsRefusedEvenWithTheSameSecret() {
            String share = new PublicShareTokens(SESSION_SECRET, at(T0)).issue(alice.id(), null);
            assertThatThrownBy(() -> new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0)).verify(share))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("kind");
        }

        @Test
        void validlySignedTokenWithoutIdIsRefused() {
            String noId = new SignedTokens(SESSION_SECRET, TokenKind.SESSION, Duration.ofHours(1), at(T0))
                    .sign(Map.of("email", "alice@example.com"));
            assertThatThrownBy(() -> new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0)).verify(noId))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("_id");
        }

        @Test
        void garbageAndEmptyTokensAreRefused() {
            UserSessionTokens tokens = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0));
            assertThatThrownBy(() -> tokens.verify("not.a.jwt")).isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> tokens.verify("")).isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> tokens.verify(null)).isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void ttlAcceptsSecondsAndDurations() {
            assertThat(TokenConfiguration.sessionTtl(null)).isEqualTo(Duration.ofHours(24));
            assertThat(TokenConfiguration.sessionTtl("3600")).isEqualTo(Duration.ofHours(1));
            assertThat(TokenConfiguration.sessionTtl("30m")).isEqualTo(Duration.ofMinutes(30));
            assertThat(TokenConfiguration.sessionTtl("PT8H")).isEqualTo(Duration.ofHours(8));
            assertThatThrownBy(() -> TokenConfiguration.sessionTtl("soon")).hasMessageContaining("MAESTRO_JWT_TTL");
        }
    }

    @Nested
    class PrivateService {
        @Test
        void validTokenCarriesNoauthAndTheCallingApp() {
            PrivateServiceTokens tokens = new PrivateServiceTokens(PRIVATE_SECRET, "noauth-value", Duration.ofMinutes(5), at(T0));
            var claims = tokens.verify(tokens.issue("server-app", Map.of("graph_id", "g1")));
            assertThat(claims.get("app", String.class)).isEqualTo("server-app");
            assertThat(claims.get("graph_id", String.class)).isEqualTo("g1");
            assertThat(claims.getExpiration().toInstant()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        }

        @Test
        void wrongNoauthIsRefused() {
            String token = new PrivateServiceTokens(PRIVATE_SECRET, "other-noauth", Duration.ofMinutes(5), at(T0)).issue("x");
            assertThatThrownBy(() -> new PrivateServiceTokens(PRIVATE_SECRET, "noauth-value", Duration.ofMinutes(5), at(T0)).verify(token))
                    .isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void expiredAfterMinutes() {
            String token = new PrivateServiceTokens(PRIVATE_SECRET, "n", Duration.ofMinutes(5), at(T0)).issue("x");
            assertThatThrownBy(() -> new PrivateServiceTokens(PRIVATE_SECRET, "n", Duration.ofMinutes(5), at(T0.plusSeconds(301))).verify(token))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
        }

        @Test
        void callsShareOneTokenForAMinuteThenGetANewOneWithMostOfItsLifeAhead() {
            MutableClock clock = new MutableClock();
            clock.setTo(T0);
            PrivateServiceTokens tokens = new PrivateServiceTokens(PRIVATE_SECRET, "n", Duration.ofMinutes(5), clock);
            ReusedServiceToken source = new ReusedServiceToken(tokens, "discovery-app", clock);

            String first = source.authorizationHeader();
            clock.setTo(T0.plusSeconds(59));
            assertThat(source.authorizationHeader()).as("within the minute").isEqualTo(first);
            clock.setTo(T0.plusSeconds(60));
            String renewed = source.authorizationHeader();
            assertThat(renewed).as("a minute old").isNotEqualTo(first).startsWith("JWT ");
            var claims = tokens.verify(renewed.substring("JWT ".length()));
            assertThat(claims.get("app", String.class)).isEqualTo("discovery-app");
            assertThat(claims.getExpiration().toInstant()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(5)));
            clock.setTo(T0.plusSeconds(30));
            assertThat(source.authorizationHeader()).as("a clock set back").isNotEqualTo(renewed);
        }

        @Test
        void userSessionTokenIsNotAServiceToken() {
            String session = new UserSessionTokens(PRIVATE_SECRET, Duration.ofHours(1), at(T0))
                    .issue(new SessionUser("5f1c0c6e2b3a4d5e6f708192", "a", "a@b.c", null));
            assertThatThrownBy(() -> new PrivateServiceTokens(PRIVATE_SECRET, "n", Duration.ofMinutes(5), at(T0)).verify(session))
                    .isInstanceOf(InvalidTokenException.class);
        }
    }

    @Nested
    class PublicShare {
        @Test
        void namesTheSharedRecordAndMayExpire() {
            PublicShareTokens tokens = new PublicShareTokens("public-secret", at(T0));
            assertThat(tokens.verify(tokens.issue("graph-1", null))).isEqualTo("graph-1");
            String shortLived = tokens.issue("graph-1", Duration.ofDays(1));
            assertThatThrownBy(() -> new PublicShareTokens("public-secret", at(T0.plus(Duration.ofDays(2)))).verify(shortLived))
                    .isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void eachLinkHasItsOwnIdSoThatTheLastOneIssuedCanBeTold() {
            PublicShareTokens tokens = new PublicShareTokens("public-secret", at(T0));
            PublicShareTokens.Share first = tokens.verifyShare(tokens.issue("graph-1", null));
            PublicShareTokens.Share second = tokens.verifyShare(tokens.issue("graph-1", null));

            assertThat(first.recordId()).isEqualTo("graph-1");
            assertThat(first.tokenId()).isNotBlank().isNotEqualTo(second.tokenId());
        }
    }

    @Nested
    class View {
        @Test
        void namesOneRecordAndItsReaderForFifteenMinutes() {
            String token = new ViewTokens(SESSION_SECRET, at(T0)).issue("graph-1", "alice", "team-1");

            assertThat(new ViewTokens(SESSION_SECRET, at(T0.plus(Duration.ofMinutes(14)))).verify(token))
                    .isEqualTo(new ViewTokens.View("graph-1", "alice", "team-1"));
            assertThatThrownBy(() -> new ViewTokens(SESSION_SECRET, at(T0.plus(Duration.ofMinutes(16)))).verify(token))
                    .isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void isNeitherASessionNorTakenForOne() {
            String view = new ViewTokens(SESSION_SECRET, at(T0)).issue("graph-1", "alice", null);
            String session = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0))
                    .issue(new SessionUser("alice", "Alice", "alice@example.com", null));

            assertThatThrownBy(() -> new UserSessionTokens(SESSION_SECRET, Duration.ofHours(1), at(T0)).verify(view))
                    .isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> new ViewTokens(SESSION_SECRET, at(T0)).verify(session))
                    .isInstanceOf(InvalidTokenException.class);
        }
    }

    @Nested
    class ForgotPassword {
        @Test
        void roundTripsTheUserWithAUniqueIdAndExpiresInAnHour() {
            ForgotPasswordTokens tokens = new ForgotPasswordTokens("forgot-secret", "crypto-secret", at(T0));
            String first = tokens.issue("5f1c0c6e2b3a4d5e6f708192", "alice@example.com");
            String second = tokens.issue("5f1c0c6e2b3a4d5e6f708192", "alice@example.com");
            ForgotPasswordTokens.Reset reset = tokens.verify(first);
            assertThat(reset.userId()).isEqualTo("5f1c0c6e2b3a4d5e6f708192");
            assertThat(reset.email()).isEqualTo("alice@example.com");
            assertThat(reset.tokenId()).isNotBlank().isNotEqualTo(tokens.verify(second).tokenId());
            assertThat(first).doesNotContain("alice");
            ForgotPasswordTokens inAnHour = new ForgotPasswordTokens("forgot-secret", "crypto-secret", at(T0.plusSeconds(3601)));
            assertThatThrownBy(() -> inAnHour.verify(first)).isInstanceOf(InvalidTokenException.class);
        }

        @Test
        void anotherCryptoKeyCannotOpenThePayload() {
            String token = new ForgotPasswordTokens("forgot-secret", "crypto-secret", at(T0)).issue("id", "a@b.c");
            assertThatThrownBy(() -> new ForgotPasswordTokens("forgot-secret", "other-crypto", at(T0)).verify(token))
                    .isInstanceOf(InvalidTokenException.class);
        }
    }

    @Nested
    class Headers {
        @Test
        void jwtAndBearerSchemesAreBothAccepted() {
            assertThat(AuthorizationHeader.token("JWT abc")).isEqualTo("abc");
            assertThat(AuthorizationHeader.token("jwt abc")).isEqualTo("abc");
            assertThat(AuthorizationHeader.token("Bearer abc")).isEqualTo("abc");
            assertThat(AuthorizationHeader.token("Basic abc")).isNull();
            assertThat(AuthorizationHeader.token("abc")).isNull();
            assertThat(AuthorizationHeader.token("JWT ")).isNull();
            assertThat(AuthorizationHeader.token(null)).isNull();
        }

        @Test
        void websocketApiKeyIsCheckedExactly() {
            WebsocketApiKey key = new WebsocketApiKey("ws-key");
            assertThat(key.accepts("apikey ws-key")).isTrue();
            assertThat(key.accepts(key.authorizationHeader())).isTrue();
            assertThat(key.accepts("apikey ws-key2")).isFalse();
            assertThat(key.accepts("JWT ws-key")).isFalse();
            assertThat(key.accepts(null)).isFalse();
        }
    }
}
