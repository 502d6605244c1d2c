package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short-lived tokens that let a signed-in reader open one record in a page that cannot send an {@code Authorization}
 * header (a graph viewer in an iframe, a download link): they name the record, the reader and, for a team's record,
 * the team, and expire after {@link #LIFETIME}. Signed with the session secret as their own kind, so that neither
 * can pass for the other; the session token itself never goes into a URL (compatibility.md S13, S28).
 */
public class ViewTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SignedTokens tokens;

    public ViewTokens(String secret, Clock clock) {
        this.tokens = new SignedTokens(secret, TokenKind.VIEW, LIFETIME, clock);
    }

    public ViewTokens(String secret) {
        this(secret, Clock.systemUTC());
    }

    /** @param teamId the team whose record it is, or null for the reader's own (or shared) record */
    public String issue(String recordId, String readerId, String teamId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("id", recordId);
        claims.put("sub", readerId);
        if (teamId != null) {
            claims.put("team", teamId);
        }
        return tokens.sign(claims);
    }

    public View verify(String token) {
        Claims claims = tokens.verify(token);
        String id = claims.get("id", String.class);
        if (id == null || claims.getSubject() == null) {
            throw new InvalidTokenException("View token without record or reader");
        }
        return new View(id, claims.getSubject(), claims.get("team", String.class));
    }

    public record View(String recordId, String readerId, String teamId) {
    }
}
