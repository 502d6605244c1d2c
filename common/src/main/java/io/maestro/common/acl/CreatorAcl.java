package io.maestro.common.acl;

import org.bson.Document;

/**
 * What a new record gets from its creator, as in Maestro 0.6: {@code owner = {_id, email, refs[, name]}} and an ACL
 * entry with the same fields plus {@code role: 7}.
 */
public final class CreatorAcl {

    private CreatorAcl() {
    }

    /** {@code {_id: ObjectId, email, refs, name?}}; {@code name} and {@code email} only when known. */
    public static Document owner(Caller caller) {
        Document owner = new Document("_id", caller.objectId());
        if (caller.email() != null) {
            owner.append("email", caller.email());
        }
        owner.append("refs", caller.refs());
        if (caller.name() != null) {
            owner.append("name", caller.name());
        }
        return owner;
    }

    /** The creator's entry for the record's ACL array: {@link #owner(Caller)} plus {@code role: 7}. */
    public static Document entry(Caller caller) {
        return owner(caller).append("role", AclRoles.ADMIN);
    }
}
