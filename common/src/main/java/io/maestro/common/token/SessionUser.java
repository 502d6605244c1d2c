package io.maestro.common.token;

/**
 * The user a session token speaks for: the 0.6 claims {@code _id, name, email, avatar}, and the user's session
 * generation when the token was issued ({@code gen}; 0 when absent, as in tokens of 0.6 and of users who never
 * changed their password). A password change moves the user to the next generation, which ends older tokens.
 */
public record SessionUser(String id, String name, String email, String avatar, long generation) {

    /** A user of generation 0. */
    public SessionUser(String id, String name, String email, String avatar) {
        this(id, name, email, avatar, 0);
    }
}
