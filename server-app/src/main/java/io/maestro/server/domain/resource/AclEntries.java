package io.maestro.server.domain.resource;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.inventory.schema.ArraySchema;
import io.maestro.common.web.ConflictException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Reading and checking ACL entries {@code {_id, refs, role, name?, email?}} (compatibility.md S7: 0.6 stored whatever
 * {@code PUT .../roles} was given). {@code role} is 1, 3 or 7, as a number or a numeric string; {@code refs} is
 * users, teams, projects or organization; {@code _id} (or {@code id}, as 0.6's POST body named it) is 24 hex digits.
 * An entry without an id (0.6 clients send {@code {"role": 3, "refs": "organization"}}) is stored as 0.6 stored it and
 * grants nothing: access is matched on the id. Other keys (such as the {@code _links} a client read back) are dropped.
 */
public final class AclEntries {

    public static final List<String> REFS = List.of("users", "teams", "projects", "organization");
    private static final List<Integer> ROLES = List.of(AclRoles.READ, AclRoles.WRITE, AclRoles.ADMIN);

    private AclEntries() {
    }

    /**
     * One entry from a request body.
     *
     * @param id the entry's id when the path names it ({@code PUT .../roles/:idu}); null to read it from the body
     * @throws ValidatorException 422 naming each failing field
     */
    public static Document entry(Object body, String id) {
        List<ValidationDetail> errors = new ArrayList<>();
        Document entry = read("", body, id, errors);
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return entry;
    }

    /**
     * A whole ACL array from a request body, of at most {@link ArraySchema#MAX_ITEMS} entries naming distinct ids.
     *
     * @throws ValidatorException 422 naming each failing entry field
     */
    public static List<Document> array(Object body) {
        List<ValidationDetail> errors = new ArrayList<>();
        if (!(body instanceof List<?> items)) {
            throw new ValidatorException(ValidationDetail.field("value", "array.base", "must be an array"));
        }
        if (ArraySchema.tooLong("value", items, ArraySchema.MAX_ITEMS, errors)) {
            throw new ValidatorException(errors);
        }
        List<Document> entries = new ArrayList<>();
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Document entry = read(i + ".", items.get(i), null, errors);
            if (entry.get("_id") != null && !ids.add(entry.get("_id"))) {
                errors.add(ValidationDetail.field(i + "._id", "array.unique", "contains a duplicate value"));
            }
            entries.add(entry);
        }
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return entries;
    }

    /** The highest role {@code id} holds in {@code entries}, 0 when none (always for a null id). */
    public static int roleOf(Object entries, ObjectId id) {
        int best = 0;
        if (id != null && entries instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry && id.equals(entry.get("_id")) && entry.get("role") instanceof Number role) {
                    best = Math.max(best, role.intValue());
                }
            }
        }
        return best;
    }

    /** The entries as stored, without the one for {@code id}. */
    public static List<Document> without(Object entries, ObjectId id) {
        List<Document> kept = new ArrayList<>();
        if (entries instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Document entry && !id.equals(entry.get("_id"))) {
                    kept.add(entry);
                }
            }
        }
        return kept;
    }

    /**
     * Refuses to add one more entry to {@code entries} when they are {@link ArraySchema#MAX_ITEMS} already.
     *
     * @throws ConflictException 409
     */
    public static void requireRoom(List<Document> entries) {
        if (entries.size() >= ArraySchema.MAX_ITEMS) {
            throw new ConflictException("The record's ACL is full: it holds at most " + ArraySchema.MAX_ITEMS + " entries");
        }
    }

    /**
     * Refuses an ACL that nobody administers (an admin entry without an id is nobody): the record would be locked for
     * good (compatibility.md S7).
     *
     * @throws ConflictException 409
     */
    public static void requireAdmin(List<Document> entries) {
        boolean administered = entries.stream().anyMatch(e -> e.get("_id") != null
                && e.get("role") instanceof Number role && role.intValue() == AclRoles.ADMIN);
        if (!administered) {
            throw new ConflictException("The record must keep at least one admin (role 7)");
        }
    }

    private static Document read(String prefix, Object body, String pathId, List<ValidationDetail> errors) {
        Document entry = new Document();
        if (!(body instanceof Map<?, ?> fields)) {
            errors.add(ValidationDetail.field(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1),
                    "object.base", "must be an object"));
            return entry;
        }
        Object id = pathId != null ? pathId : fields.get("_id") != null ? fields.get("_id") : fields.get("id");
        if (id != null && (!(id instanceof String hex) || !ObjectId.isValid(hex))) {
            errors.add(ValidationDetail.field(prefix + "_id", "string.hex", "must be an id of 24 hex digits"));
        } else if (id != null) {
            entry.put("_id", new ObjectId((String) id));
        }
        Object refs = fields.get("refs");
        if (refs == null) {
            errors.add(ValidationDetail.field(prefix + "refs", "any.required", "is required"));
        } else if (!REFS.contains(refs)) {
            errors.add(ValidationDetail.field(prefix + "refs", "any.allowOnly", "must be one of " + REFS, Map.of("valids", REFS)));
        } else {
            entry.put("refs", refs);
        }
        Integer role = roleValue(fields.get("role"));
        if (fields.get("role") == null) {
            errors.add(ValidationDetail.field(prefix + "role", "any.required", "is required"));
        } else if (role == null) {
            errors.add(ValidationDetail.field(prefix + "role", "any.allowOnly", "must be one of " + ROLES, Map.of("valids", ROLES)));
        } else {
            entry.put("role", role);
        }
        optionalText(prefix, "name", fields.get("name"), 100, entry, errors);
        optionalText(prefix, "email", fields.get("email"), 250, entry, errors);
        return entry;
    }

    private static Integer roleValue(Object value) {
        String text = value instanceof Number || value instanceof String ? value.toString().trim() : null;
        for (Integer role : ROLES) {
            if (role.toString().equals(text) || (role + ".0").equals(text)) {
                return role;
            }
        }
        return null;
    }

    private static void optionalText(String prefix, String name, Object value, int max, Document entry,
            List<ValidationDetail> errors) {
        if (value == null) {
            return;
        }
        if (!(value instanceof String text) || text.length() > max) {
            errors.add(ValidationDetail.field(prefix + name, "string.max",
                    "must be a string of at most " + max + " characters", Map.of("limit", max)));
        } else {
            entry.put(name, text);
        }
    }
}
