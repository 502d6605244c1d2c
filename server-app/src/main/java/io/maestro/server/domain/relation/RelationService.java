package io.maestro.server.domain.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.inventory.schema.ArraySchema;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.resource.Actor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Links and unlinks a source record and the target documents named in a body {@code {id: [ids]}} (§2.6 relations):
 * linking puts the source's copy into each target's array, replacing an older copy of the same source (a renamed
 * application) instead of adding a second one; unlinking pulls it. Write access is needed on the source and on every
 * target ({@link WritableDocuments}, compatibility.md S7).
 */
@Service
public class RelationService {

    private final RelationStore store;
    private final WritableDocuments writable;

    public RelationService(RelationStore store, WritableDocuments writable) {
        this.store = store;
        this.writable = writable;
    }

    public BulkResult link(Relation relation, Actor actor, String sourceId, Object body) {
        Document source = sourceCopy(relation, actor, sourceId);
        List<ObjectId> targets = targetIds(body);
        writable.require(relation.targetCollection(), actor, targets, new Document("_id", 1));
        Date now = new Date();
        String copies = relation.targetField();
        Document holdingCopy = targetsFilter(actor, targets).append(copies + "._id", sameId(source.getObjectId("_id")));
        // refresh an existing copy in place first, so readers never see the link missing
        BulkResult refreshed = store.updateMany(relation.targetCollection(), holdingCopy,
                new Document("$set", new Document(copies + ".$[copy]", source).append("updated_at", now)),
                List.of(new Document("copy._id", sameId(source.getObjectId("_id")))));
        Document withoutCopy = targetsFilter(actor, targets)
                .append(copies + "._id", new Document("$nin", StoredIds.anyForm(source.getObjectId("_id"))));
        BulkResult added = store.updateMany(relation.targetCollection(), withoutCopy,
                new Document("$push", new Document(copies, source)).append("$set", new Document("updated_at", now)));
        return refreshed.plus(added);
    }

    public BulkResult unlink(Relation relation, Actor actor, String sourceId, Object body) {
        ObjectId source = writable.requireOne(relation.sourceCollection(), actor, sourceId, new Document("_id", 1))
                .getObjectId("_id");
        List<ObjectId> targets = targetIds(body);
        writable.require(relation.targetCollection(), actor, targets, new Document("_id", 1));
        Document linked = targetsFilter(actor, targets).append(relation.targetField() + "._id", sameId(source));
        return store.updateMany(relation.targetCollection(), linked, new Document()
                .append("$pull", new Document(relation.targetField(), new Document("_id", sameId(source))))
                .append("$set", new Document("updated_at", new Date())));
    }

    /** The source's {@code {_id, name[, family]}} as targets hold it; fields the source lacks are left out. */
    private Document sourceCopy(Relation relation, Actor actor, String sourceId) {
        Document projection = new Document();
        relation.copiedFields().forEach(field -> projection.append(field, 1));
        Document source = writable.requireOne(relation.sourceCollection(), actor, sourceId, projection);
        Document copy = new Document();
        relation.copiedFields().stream().filter(source::containsKey).forEach(field -> copy.append(field, source.get(field)));
        return copy;
    }

    private static Document targetsFilter(Actor actor, List<ObjectId> targets) {
        return WritableDocuments.guard(actor, AclRoles.WRITE).append("_id", new Document("$in", targets));
    }

    private static Document sameId(ObjectId id) {
        return new Document("$in", StoredIds.anyForm(id));
    }

    /**
     * The ids of {@code {id: [ids]}} (at most {@link ArraySchema#MAX_ITEMS}), without repeats.
     *
     * @throws ValidatorException 422 naming {@code id} or {@code ["id", index]}
     */
    static List<ObjectId> targetIds(Object body) {
        if (!(body instanceof Map<?, ?> fields)) {
            throw new ValidatorException(ValidationDetail.field("value", "object.base", "must be an object"));
        }
        if (!fields.containsKey("id")) {
            throw new ValidatorException(ValidationDetail.field("id", "any.required", "is required"));
        }
        if (!(fields.get("id") instanceof List<?> values)) {
            throw new ValidatorException(ValidationDetail.field("id", "array.base", "must be an array"));
        }
        if (values.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field("id", "array.min", "must contain at least 1 items",
                    Map.of("limit", 1)));
        }
        List<ValidationDetail> errors = new ArrayList<>();
        if (ArraySchema.tooLong("id", values, ArraySchema.MAX_ITEMS, errors)) {
            throw new ValidatorException(errors);
        }
        Set<ObjectId> ids = new LinkedHashSet<>();
        for (int index = 0; index < values.size(); index++) {
            if (values.get(index) instanceof String hex && ObjectId.isValid(hex)) {
                ids.add(new ObjectId(hex));
            } else {
                errors.add(ValidationDetail.field("id." + index, "string.hex", "must be an id of 24 hex digits"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidatorException(errors);
        }
        return List.copyOf(ids);
    }
}
