package io.maestro.common.acl;

import java.util.Set;
import org.bson.types.ObjectId;

/**
 * Who an operation runs as: a user, or a team when the route is under {@code /teams/:id/...} (0.6 ran those as the
 * team). {@code name} and {@code email} may be null.
 *
 * @param refs the collection the identity lives in: {@code users} or {@code teams}
 */
public record Caller(String id, String refs, String name, String email) {

    public static final String USERS = "users";
    public static final String TEAMS = "teams";
    private static final Set<String> REFS = Set.of(USERS, TEAMS);

    public Caller {
        if (id == null || !ObjectId.isValid(id)) {
            throw new IllegalArgumentException("A caller id is 24 hex digits, got '" + id + "'");
        }
        if (!REFS.contains(refs)) {
            throw new IllegalArgumentException("A caller is one of " + REFS + ", got '" + refs + "'");
        }
    }

    public static Caller user(String id, String name, String email) {
        return new Caller(id, USERS, name, email);
    }

    public static Caller team(String id, String name, String email) {
        return new Caller(id, TEAMS, name, email);
    }

    public ObjectId objectId() {
        return new ObjectId(id);
    }
}
