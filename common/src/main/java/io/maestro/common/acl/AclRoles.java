package io.maestro.common.acl;

/** The ACL role levels of Maestro 0.6; a higher level includes the lower ones. */
public final class AclRoles {

    /** Read: list, count, get. */
    public static final int READ = 1;
    /** Write: PUT, PATCH. */
    public static final int WRITE = 3;
    /** Admin: DELETE and role management; the creator's level. */
    public static final int ADMIN = 7;

    private AclRoles() {
    }

    public static boolean isRole(int level) {
        return level == READ || level == WRITE || level == ADMIN;
    }
}
