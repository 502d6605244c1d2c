package io.maestro.server.domain.identity;

import io.maestro.common.query.ListQuery;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Storage of users (collection {@code users}). E-mail lookups ignore case, so 0.6 documents keep working. */
public interface UserRepository {

    User create(Map<String, Object> profile, String passwordHash, boolean admin, Instant now);

    Optional<User> findActiveById(String id);

    Optional<User> findActiveByEmail(String email);

    /** Whether any user document, deleted ones included, has this e-mail, other than {@code exceptId}. */
    boolean emailTaken(String email, String exceptId);

    /** How many user documents exist, deleted ones included. */
    long countAll();

    /**
     * Claims the one-time "first administrator" marker; true for exactly one caller over the life of the store,
     * even when several sign-ups race.
     */
    boolean claimFirstAdministrator(Instant now);

    Optional<User> updateProfile(String id, Map<String, Object> fields, Instant now);

    /** Stores a new hash of the same password (a re-hash at the current cost): sessions go on. */
    void setPassword(String id, String passwordHash, Instant now);

    /**
     * Stores a new password and moves the user to the next session generation, so that every session token issued
     * before stops working. Returns the user afterwards, empty when there was no active user with this id.
     */
    Optional<User> changePassword(String id, String passwordHash, Instant now);

    /** Soft delete: {@code active:false}. False when there was no active user with this id. */
    boolean deactivate(String id, Instant now);

    Optional<User> setAdmin(String id, boolean admin, Instant now);

    long countActiveAdministrators();

    /** A page of users; the query already holds {@code active:true} and any filter. */
    UserPage list(ListQuery query);
}
