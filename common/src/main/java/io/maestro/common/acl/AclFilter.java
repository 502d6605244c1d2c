package io.maestro.common.acl;

import org.bson.Document;

/**
 * The clause every read, update and delete of an ACL'd record carries:
 * {@code {<aclField>: {$elemMatch: {_id: <caller ObjectId>, role: {$gte: <needed>}}}}}.
 */
public final class AclFilter {

    /** The ACL array of every ACL'd entity except teams. */
    public static final String ROLES = "roles";
    /** The ACL array of teams. */
    public static final String MEMBERS = "members";

    private AclFilter() {
    }

    /** The clause on {@code roles}. */
    public static Document requiring(Caller caller, int neededRole) {
        return requiring(ROLES, caller, neededRole);
    }

    /** The clause on the given ACL array ({@link #ROLES} or {@link #MEMBERS}). */
    public static Document requiring(String aclField, Caller caller, int neededRole) {
        if (!AclRoles.isRole(neededRole)) {
            throw new IllegalArgumentException("The needed role is 1, 3 or 7, got " + neededRole);
        }
        Document entry = new Document("_id", caller.objectId()).append("role", new Document("$gte", neededRole));
        return new Document(aclField, new Document("$elemMatch", entry));
    }
}
