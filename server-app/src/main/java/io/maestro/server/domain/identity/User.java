package io.maestro.server.domain.identity;

import io.maestro.common.token.SessionUser;
import java.time.Instant;
import java.util.Map;

/**
 * A Maestro user as stored in {@code users}: the 0.6 profile fields, the bcrypt hash, {@code active} (false once
 * deleted), {@code admin} (compatibility.md S6; absent in 0.6 documents, read as false) and {@code session_generation}
 * (absent: 0).
 *
 * @param id                the 24-hex {@code _id}
 * @param profile           the profile fields that are set, by their 0.6 names ({@link UserFields#PROFILE})
 * @param sessionGeneration the generation a session token must carry to be accepted; a password change moves it on
 */
public record User(String id, Map<String, Object> profile, String passwordHash, boolean active, boolean admin,
        long sessionGeneration, Instant createdAt, Instant updatedAt) {

    public User {
        profile = Map.copyOf(profile);
    }

    public String name() {
        return (String) profile.get("name");
    }

    public String email() {
        return (String) profile.get("email");
    }

    public String avatar() {
        return (String) profile.get("avatar");
    }

    /** Who a session token issued now speaks for. */
    public SessionUser sessionUser() {
        return new SessionUser(id, name(), email(), avatar(), sessionGeneration);
    }
}
