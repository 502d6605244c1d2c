package io.maestro.common.token;

/** The user a session token speaks for: the 0.6 claims {@code _id, name, email, avatar}. */
public record SessionUser(String id, String name, String email, String avatar) {
}
