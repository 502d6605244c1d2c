package io.maestro.server.domain.identity;

import java.util.List;

/** The field lists of the {@code users} entity, as Maestro 0.6 named them. */
public final class UserFields {

    /** Fields a user may set on sign-up and change with {@code PATCH /me} (the password has its own routes). */
    public static final List<String> PROFILE = List.of(
            "name", "fullname", "email", "avatar", "phone", "company", "job", "country", "city", "address");

    /** Fields of a list item (0.6 {@code resFilled}) plus {@code admin}. */
    public static final List<String> LIST = List.of("_id", "name", "fullname", "email", "avatar", "admin");

    /** Fields of a single user (0.6 {@code singleFilled}) plus {@code admin}. */
    public static final List<String> SINGLE = List.of(
            "_id", "name", "fullname", "email", "avatar", "phone", "company", "job", "country", "city", "address", "admin");

    private UserFields() {
    }
}
