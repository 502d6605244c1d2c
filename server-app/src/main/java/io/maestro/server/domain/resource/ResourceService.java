package io.maestro.server.domain.resource;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.acl.CreatorAcl;
import io.maestro.common.audit.Change;
import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.PageTotal;
import io.maestro.common.web.ConflictException;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The generic operations of every ACL'd resource, driven by its {@link ResourceDefinition}.
 *
 * <p>Access: lists, counts and reads need role 1 on the record; PATCH and PUT need 3; DELETE and ACL changes need 7.
 * A record the actor cannot read at all, a soft-deleted one (compatibility.md H6) and an id that is not 24 hex digits are
 * 404 "Data not found", so that nobody learns which ids exist; a record the actor can read but not change is 403
 * {@code PermissionError} (compatibility.md H1).
 */
@Service
public class ResourceService {

    private static final String ACTIVE = "active";
    private static final String UPDATED_AT = "updated_at";

    private final ResourceStore store;
    private final AuditIntents auditIntents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public ResourceService(ResourceStore store, AuditIntents auditIntents, ApplicationEventPublisher events) {
        this(store, auditIntents, events, Clock.systemUTC());
    }

    ResourceService(ResourceStore store, AuditIntents auditIntents, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.auditIntents = auditIntents;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the active records the actor may read, in list view. */
    public RecordPage list(ResourceDefinition definition, Actor actor, ListQuery query) {
        return listMatching(definition,
                query.and(AclFilter.requiring(definition.aclField(), actor.actingAs(), AclRoles.READ)));
    }

    /**
     * One page of the active records matching {@code query}, in list view, without an actor's ACL clause: for routes
     * that check access another way (a scheduler's events are readable by whoever can read the scheduler).
     */
    public RecordPage listMatching(ResourceDefinition definition, ListQuery visible) {
        List<Document> records = store.find(definition.collection(), visible.filter(), definition.listProjection(),
                sortOf(visible), visible.skip(), visible.limit());
        long found = PageTotal.of(visible.skip(), visible.limit(), records.size(),
                () -> store.count(definition.collection(), visible.filter()));
        return new RecordPage(records.stream().map(record -> shown(definition, record)).toList(), found, visible.page(),
                visible.limit());
    }

    public long count(ResourceDefinition definition, Actor actor, ListQuery query) {
        ListQuery visible = query.and(AclFilter.requiring(definition.aclField(), actor.actingAs(), AclRoles.READ));
        return store.count(definition.collection(), visible.filter());
    }

    /** The record in single view. */
    public Document get(ResourceDefinition definition, Actor actor, String id) {
        return shown(definition, accessible(definition, actor, objectId(id), AclRoles.READ, definition.singleProjection()));
    }

    /**
     * The whole stored record, for a route that acts on it, if the actor holds {@code needed} on it. Not for answering
     * with: it is not passed through the resource's view.
     *
     * @throws NotFoundException   404 when the actor cannot read it (or it is deleted, or the id is malformed)
     * @throws PermissionException 403 when the actor can read it but holds less than {@code needed}
     */
    public Document stored(ResourceDefinition definition, Actor actor, String id, int needed) {
        return accessible(definition, actor, objectId(id), needed, null);
    }

    /** Creates a record owned by the actor, who gets role 7; returns it in single view. */
    public Document create(ResourceDefinition definition, Actor actor, Map<String, ?> body) {
        return create(definition, actor, body, null);
    }

    /**
     * Creates a record with a chosen id (null: the store assigns one), for a record whose id another service was
     * given before it is stored; otherwise as {@link #create(ResourceDefinition, Actor, Map)}.
     */
    public Document create(ResourceDefinition definition, Actor actor, Map<String, ?> body, ObjectId id) {
        Document record = definition.schema().validateBody(body, Mode.COMPLETE);
        if (id != null) {
            record.put("_id", id);
        }
        runHooks(definition.beforeSave(), Change.CREATE, record, actor);
        List<SaveHook> finishing = definition.createSteps().stream().map(step -> step.prepare(record, actor)).toList();
        Date now = Date.from(clock.instant());
        record.put("owner", CreatorAcl.owner(actor.actingAs()));
        record.put(definition.aclField(), List.of(CreatorAcl.entry(actor.actingAs())));
        record.put("created_at", now);
        record.put(UPDATED_AT, now);
        record.put(ACTIVE, true);
        // chosen here rather than by the store, so that the audit trail can name the record before it is written
        ObjectId recordId = record.containsKey("_id") ? record.getObjectId("_id") : new ObjectId();
        record.put("_id", recordId);
        audited(definition, Change.CREATE, recordId, actor, WriteAnswer.WHOLE_RECORD, () -> {
            store.insert(definition.collection(), record);
            return record;
        });
        Document saved = afterSave(definition, Change.CREATE,
                store.asRead(definition.collection(), record, definition.singleProjection()), actor);
        runHooks(finishing, Change.CREATE, saved, actor);
        return shown(definition, saved);
    }

    /**
     * Sets only the writable fields sent (compatibility.md H3); returns the record in single view. Without any writable
     * field: 422, or the record unchanged where the definition allows an empty PATCH.
     */
    public Document patch(ResourceDefinition definition, Actor actor, String id, Map<String, ?> body) {
        ObjectId recordId = objectId(id);
        accessible(definition, actor, recordId, AclRoles.WRITE, new Document("_id", 1));
        Document changes = definition.schema().validateBody(body, Mode.PARTIAL);
        if (changes.isEmpty() && definition.emptyPatch()) {
            return get(definition, actor, id);
        }
        if (changes.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field("value", "object.min",
                    "must have at least 1 children", Map.of("limit", 1)));
        }
        changes.put("_id", recordId);
        runHooks(definition.beforeSave(), Change.PATCH, changes, actor);
        changes.remove("_id");
        changes.put(UPDATED_AT, Date.from(clock.instant()));
        writeOrNotFound(audited(definition, Change.PATCH, recordId, actor, () -> store.update(definition.collection(),
                guarded(definition, actor, recordId, AclRoles.WRITE), new Document("$set", changes), new Document("_id", 1))));
        return shown(definition, saved(definition, Change.PATCH, recordId, actor));
    }

    /** Replaces the writable fields, keeping owner, creation time and ACL; returns the record in single view. */
    public Document replace(ResourceDefinition definition, Actor actor, String id, Map<String, ?> body) {
        ObjectId recordId = objectId(id);
        Document current = accessible(definition, actor, recordId, AclRoles.WRITE, null);
        Document fields = definition.schema().validateBody(body, Mode.COMPLETE);
        fields.put("_id", recordId);
        runHooks(definition.beforeSave(), Change.UPDATE, fields, actor);
        Document replacement = new Document("_id", recordId);
        replacement.putAll(fields);
        replacement.put("owner", current.get("owner"));
        replacement.put(definition.aclField(), current.get(definition.aclField()));
        replacement.put("created_at", current.get("created_at"));
        replacement.put(UPDATED_AT, Date.from(clock.instant()));
        replacement.put(ACTIVE, true);
        boolean replaced = audited(definition, Change.UPDATE, recordId, actor, WriteAnswer.WHOLE_RECORD, () -> store.replace(
                definition.collection(), guarded(definition, actor, recordId, AclRoles.WRITE), replacement) ? replacement : null) != null;
        if (!replaced) {
            throw new NotFoundException();
        }
        return shown(definition, afterSave(definition, Change.UPDATE,
                store.asRead(definition.collection(), replacement, definition.singleProjection()), actor));
    }

    /** Soft delete: {@code active:false}; the record then answers 404 (compatibility.md H6). */
    public void delete(ResourceDefinition definition, Actor actor, String id) {
        ObjectId recordId = objectId(id);
        accessible(definition, actor, recordId, AclRoles.ADMIN, new Document("_id", 1));
        Document deleted = writeOrNotFound(audited(definition, Change.DELETE, recordId, actor, () -> store.update(
                definition.collection(), guarded(definition, actor, recordId, AclRoles.ADMIN),
                new Document("$set", new Document(ACTIVE, false).append(UPDATED_AT, Date.from(clock.instant()))),
                definition.singleProjection())));
        runHooks(definition.afterSave(), Change.DELETE, deleted, actor);
        events.publishEvent(new ResourceChanged(definition, Change.DELETE, deleted, actor));
    }

    /**
     * A change the system makes on a record as a consequence of the actor's request (a datacenter flagged as connected,
     * a job deactivated with its connection, an application linked to a system): applies {@code update} to the first
     * active record matching {@code filter} without checking the actor's role on it (a filter may carry its own ACL
     * clause), sets {@code updated_at}, and publishes the change as the actor's like any other write, so that it is
     * audited. Returns the record after the update (single view, not passed through the resource's view), or null
     * when no active record matched.
     */
    public Document systemUpdate(ResourceDefinition definition, Actor actor, Document filter, Document update,
            Change change) {
        Document given = update.get("$set", Document.class);
        Document set = given == null ? new Document() : new Document(given);
        set.put(UPDATED_AT, Date.from(clock.instant()));
        Document withTime = new Document(update).append("$set", set);
        Document active = new Document(filter).append(ACTIVE, true);
        Document updated;
        if (definition.audited()) {
            // the audit trail names the record before the write: find it first, then write that one
            Document target = store.findOne(definition.collection(), active, new Document("_id", 1));
            if (target == null) {
                return null;
            }
            ObjectId recordId = target.getObjectId("_id");
            updated = audited(definition, change, recordId, actor, () -> store.update(definition.collection(),
                    new Document(active).append("_id", recordId), withTime, definition.singleProjection()));
        } else {
            updated = store.update(definition.collection(), active, withTime, definition.singleProjection());
        }
        if (updated != null) {
            events.publishEvent(new ResourceChanged(definition, change, updated, actor));
        }
        return updated;
    }

    /** Adds an entry to the ACL; an id already present is 409. Returns the new ACL. */
    public List<Document> addAclEntry(ResourceDefinition definition, Actor actor, String id, Object body) {
        ObjectId recordId = objectId(id);
        List<Document> before = aclOf(definition, accessible(definition, actor, recordId, AclRoles.ADMIN, aclProjection(definition)));
        Document entry = AclEntries.entry(body, null);
        if (AclEntries.roleOf(before, entry.getObjectId("_id")) > 0) {
            throw new ConflictException("This id already has a role; change it with PUT");
        }
        List<Document> entries = new ArrayList<>(before);
        AclEntries.requireRoom(entries);
        entries.add(entry);
        return saveAcl(definition, actor, recordId, before, entries);
    }

    /** Replaces the whole ACL with a validated array that keeps an admin. Returns the new ACL. */
    public List<Document> replaceAcl(ResourceDefinition definition, Actor actor, String id, Object body) {
        ObjectId recordId = objectId(id);
        List<Document> before = aclOf(definition, accessible(definition, actor, recordId, AclRoles.ADMIN, aclProjection(definition)));
        return saveAcl(definition, actor, recordId, before, AclEntries.array(body));
    }

    /** Sets the entry of {@code entryId} (adding it when absent). Returns the new ACL. */
    public List<Document> putAclEntry(ResourceDefinition definition, Actor actor, String id, String entryId, Object body) {
        ObjectId recordId = objectId(id);
        List<Document> before = aclOf(definition, accessible(definition, actor, recordId, AclRoles.ADMIN, aclProjection(definition)));
        Document entry = AclEntries.entry(body, entryId);
        List<Document> entries = AclEntries.without(before, entry.getObjectId("_id"));
        AclEntries.requireRoom(entries);
        entries.add(entry);
        return saveAcl(definition, actor, recordId, before, entries);
    }

    /** Removes the entry of {@code entryId}, if present. */
    public void removeAclEntry(ResourceDefinition definition, Actor actor, String id, String entryId) {
        ObjectId recordId = objectId(id);
        List<Document> before = aclOf(definition, accessible(definition, actor, recordId, AclRoles.ADMIN, aclProjection(definition)));
        if (ObjectId.isValid(entryId)) {
            saveAcl(definition, actor, recordId, before, AclEntries.without(before, new ObjectId(entryId)));
        }
    }

    /**
     * Stores the new ACL and publishes an {@link AclChanged} with what it was before. Who may read or change a record
     * is part of its history: on an audited resource the ACL change is a PATCH row whose body carries the new entries.
     */
    private List<Document> saveAcl(ResourceDefinition definition, Actor actor, ObjectId recordId, List<Document> before,
            List<Document> entries) {
        AclEntries.requireAdmin(entries);
        Document saved = writeOrNotFound(audited(definition, Change.PATCH, recordId, actor, () -> store.update(
                definition.collection(), guarded(definition, actor, recordId, AclRoles.ADMIN),
                new Document("$set", new Document(definition.aclField(), entries).append(UPDATED_AT, Date.from(clock.instant()))),
                aclProjection(definition))));
        List<Document> after = aclOf(definition, saved);
        events.publishEvent(new AclChanged(definition, recordId, before, after));
        return after;
    }

    /**
     * The active record if the actor holds {@code needed} on it.
     *
     * @throws NotFoundException   404 when the actor cannot even read it (or it is deleted, or the id is malformed)
     * @throws PermissionException 403 when the actor can read it but holds less than {@code needed}
     */
    private Document accessible(ResourceDefinition definition, Actor actor, ObjectId id, int needed, Document projection) {
        Document readFilter = guarded(definition, actor, id, AclRoles.READ);
        Document withAcl = projection == null ? null : new Document(projection).append(definition.aclField(), 1);
        Document record = store.findOne(definition.collection(), readFilter, withAcl);
        if (record == null) {
            throw new NotFoundException();
        }
        int held = AclEntries.roleOf(record.get(definition.aclField()), actor.actingAs().objectId());
        if (held < needed) {
            throw new PermissionException("This needs role " + needed + " on the record; " + describe(actor) + " has " + held);
        }
        if (projection != null && !projection.containsKey(definition.aclField())) {
            record.remove(definition.aclField());
        }
        return record;
    }

    private static String describe(Actor actor) {
        return actor.inTeamScope() ? "the team" : "you";
    }

    /** {@code _id}, active, and the ACL clause: the filter of every single-record read and write. */
    private static Document guarded(ResourceDefinition definition, Actor actor, ObjectId id, int needed) {
        return new Document("_id", id).append(ACTIVE, true)
                .append("$and", List.of(AclFilter.requiring(definition.aclField(), actor.actingAs(), needed)));
    }

    private Document audited(ResourceDefinition definition, Change change, ObjectId recordId, Actor actor,
            Supplier<Document> write) {
        return audited(definition, change, recordId, actor, WriteAnswer.PART, write);
    }

    /**
     * Runs {@code write} on an audited resource between the audit trail's note of the change and its completion; a
     * write that fails or answers null (it matched nothing) drops the note. When the write answers the whole record it
     * stored (an insert, a replacement), the note is completed with it rather than with the record read back: one
     * store round trip less per write.
     */
    private Document audited(ResourceDefinition definition, Change change, ObjectId recordId, Actor actor,
            WriteAnswer answer, Supplier<Document> write) {
        if (!definition.audited()) {
            return write.get();
        }
        AuditIntents.PendingAudit pending = auditIntents.intend(definition, change, recordId, actor);
        Document written;
        try {
            written = write.get();
        } catch (RuntimeException failed) {
            auditIntents.abandoned(pending);
            throw failed;
        }
        if (written == null) {
            auditIntents.abandoned(pending);
        } else if (answer == WriteAnswer.WHOLE_RECORD) {
            auditIntents.written(pending, written);
        } else {
            auditIntents.written(pending);
        }
        return written;
    }

    /** What a write given to {@link #audited} answers: the whole record it stored, or a part of it (a projection). */
    private enum WriteAnswer {
        WHOLE_RECORD, PART
    }

    /** The record as stored after the write, read back; then {@link #afterSave}. */
    private Document saved(ResourceDefinition definition, Change change, ObjectId id, Actor actor) {
        return afterSave(definition, change,
                store.findOne(definition.collection(), new Document("_id", id), definition.singleProjection()), actor);
    }

    /**
     * Runs the after-save hooks and publishes the change with {@code record}, the record as stored after the write
     * (single view). A creation or a replacement knows it without reading it back: it wrote it whole.
     */
    private Document afterSave(ResourceDefinition definition, Change change, Document record, Actor actor) {
        runHooks(definition.afterSave(), change, record, actor);
        events.publishEvent(new ResourceChanged(definition, change, record, actor));
        return record;
    }

    /** A copy of the record as the resource shows it. */
    private static Document shown(ResourceDefinition definition, Document record) {
        return definition.view().present(new Document(record));
    }

    private static void runHooks(List<SaveHook> hooks, Change change, Document record, Actor actor) {
        hooks.forEach(hook -> hook.apply(change, record, actor));
    }

    private static Document writeOrNotFound(Document written) {
        if (written == null) {
            throw new NotFoundException();
        }
        return written;
    }

    private static Document aclProjection(ResourceDefinition definition) {
        return new Document(definition.aclField(), 1);
    }

    private static List<Document> aclOf(ResourceDefinition definition, Document record) {
        List<Document> entries = new ArrayList<>();
        if (record.get(definition.aclField()) instanceof List<?> list) {
            list.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(entries::add);
        }
        return entries;
    }

    private static Document sortOf(ListQuery query) {
        int direction = query.ascending() ? 1 : -1;
        Document sort = new Document(query.orderBy(), direction);
        if (!"_id".equals(query.orderBy())) {
            sort.append("_id", direction);
        }
        return sort;
    }

    /** A malformed id names no record: 404, as Maestro 0.6 answered. */
    private static ObjectId objectId(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw new NotFoundException();
        }
        return new ObjectId(id);
    }
}
