package io.maestro.server.domain.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.web.NotFoundException;
import io.maestro.server.domain.resource.Actor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * The {@code deps} of applications (§2.6): add, update (compatibility.md H5: 0.6 removed the dependency and answered 422),
 * remove, and the dependency maker that sets many applications' {@code deps} and the {@code entry} of up to three
 * systems at once. Every change needs write access on each document it changes (compatibility.md S7).
 */
@Service
public class DependencyService {

    private static final String DEPS = "deps";
    private static final String UPDATED_AT = "updated_at";

    private final RelationStore store;
    private final WritableDocuments writable;

    public DependencyService(RelationStore store, WritableDocuments writable) {
        this.store = store;
        this.writable = writable;
    }

    /** Adds the dependency unless the application already has one with its {@code _id}; returns the deps. */
    public List<Document> add(Actor actor, String applicationId, Map<String, ?> body) {
        ObjectId application = writable.requireOne(InventoryCollections.APPLICATIONS, actor, applicationId,
                new Document("_id", 1)).getObjectId("_id");
        Document dependency = DependencyRules.dependencyBody(body);
        ObjectId dependencyId = dependency.getObjectId("_id");
        Document withoutIt = guarded(actor, application).append("deps._id", new Document("$nin", StoredIds.anyForm(dependencyId)));
        store.updateMany(InventoryCollections.APPLICATIONS, withoutIt, new Document("$push", new Document(DEPS, dependency))
                .append("$set", new Document(UPDATED_AT, now())));
        return depsOf(application);
    }

    /**
     * Replaces the dependency {@code dependencyId} with the body (its {@code _id} is the path's); returns the deps.
     *
     * @throws NotFoundException when the application has no such dependency
     */
    public List<Document> update(Actor actor, String applicationId, String dependencyId, Map<String, ?> body) {
        ObjectId application = writable.requireOne(InventoryCollections.APPLICATIONS, actor, applicationId,
                new Document("_id", 1)).getObjectId("_id");
        if (dependencyId == null || !ObjectId.isValid(dependencyId)) {
            throw new NotFoundException();
        }
        ObjectId dependencyRef = new ObjectId(dependencyId);
        Map<String, Object> fields = new LinkedHashMap<>(body);
        fields.put("_id", dependencyId);
        Document dependency = DependencyRules.dependencyBody(fields);
        BulkResult result = store.updateMany(InventoryCollections.APPLICATIONS,
                guarded(actor, application).append("deps._id", new Document("$in", StoredIds.anyForm(dependencyRef))),
                new Document("$set", new Document("deps.$[dependency]", dependency).append(UPDATED_AT, now())),
                List.of(new Document("dependency._id", new Document("$in", StoredIds.anyForm(dependencyRef)))));
        if (result.matched() == 0) {
            throw new NotFoundException(NotFoundException.DATA_NOT_FOUND + ": the application has no dependency " + dependencyId);
        }
        return depsOf(application);
    }

    /** Removes the dependency; one the application does not have is a no-op. */
    public void remove(Actor actor, String applicationId, String dependencyId) {
        ObjectId application = writable.requireOne(InventoryCollections.APPLICATIONS, actor, applicationId,
                new Document("_id", 1)).getObjectId("_id");
        if (dependencyId != null && ObjectId.isValid(dependencyId)) {
            store.updateMany(InventoryCollections.APPLICATIONS, guarded(actor, application),
                    new Document("$pull", new Document(DEPS, new Document("_id",
                            new Document("$in", StoredIds.anyForm(new ObjectId(dependencyId))))))
                            .append("$set", new Document(UPDATED_AT, now())));
        }
    }

    /**
     * The dependency maker: when the tree has a root and systems are named, each system's {@code entry} becomes the
     * root; then each application key of the tree gets its entries as {@code deps}. Nothing is written unless the
     * actor may write every application and system that would change.
     */
    public BulkResult batch(Actor actor, Object body) {
        DependencyRules.Batch batch = DependencyRules.batch(body);
        boolean setsEntries = batch.root() != null && !batch.systems().isEmpty();
        if (!batch.dependencies().isEmpty()) {
            writable.require(InventoryCollections.APPLICATIONS, actor, batch.dependencies().keySet(), new Document("_id", 1));
        }
        if (setsEntries) {
            writable.require(InventoryCollections.SYSTEMS, actor, batch.systems(), new Document("_id", 1));
        }
        Date now = now();
        BulkResult result = new BulkResult(0, 0);
        if (setsEntries) {
            result = result.plus(store.updateMany(InventoryCollections.SYSTEMS,
                    WritableDocuments.guard(actor, AclRoles.WRITE).append("_id", new Document("$in", batch.systems())),
                    new Document("$set", new Document("entry", batch.root()).append(UPDATED_AT, now))));
        }
        List<DocumentUpdate> updates = new ArrayList<>();
        batch.dependencies().forEach((application, deps) -> updates.add(new DocumentUpdate(guarded(actor, application),
                new Document("$set", new Document(DEPS, deps).append(UPDATED_AT, now)))));
        return result.plus(store.updateEach(InventoryCollections.APPLICATIONS, updates));
    }

    private List<Document> depsOf(ObjectId application) {
        List<Document> found = store.find(InventoryCollections.APPLICATIONS, new Document("_id", application),
                new Document(DEPS, 1));
        List<Document> deps = new ArrayList<>();
        if (!found.isEmpty() && found.get(0).get(DEPS) instanceof List<?> list) {
            list.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(deps::add);
        }
        return deps;
    }

    /** The application, active and writable by the actor: the ACL clause is repeated on every write. */
    private static Document guarded(Actor actor, ObjectId application) {
        return WritableDocuments.guard(actor, AclRoles.WRITE).append("_id", application);
    }

    private static Date now() {
        return new Date();
    }
}
