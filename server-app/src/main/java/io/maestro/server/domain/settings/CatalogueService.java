package io.maestro.server.domain.settings;

import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.PageTotal;
import io.maestro.common.token.SessionUser;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.identity.AdministratorGuard;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.resource.ResourceStore;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Reads and writes of the ACL-free catalogues. Anyone signed in reads the active documents; writes need a Maestro
 * administrator (compatibility.md S6: 403 {@code PermissionError}). An unknown, malformed or deleted id is 404.
 */
@Service
public class CatalogueService {

    private static final String ACTIVE = "active";
    private static final String UPDATED_AT = "updated_at";

    private final ResourceStore store;
    private final AdministratorGuard administrators;
    private final Clock clock = Clock.systemUTC();

    public CatalogueService(ResourceStore store, AdministratorGuard administrators) {
        this.store = store;
        this.administrators = administrators;
    }

    public RecordPage list(Catalogue catalogue, ListQuery query) {
        ListQuery active = query.and(new Document(ACTIVE, true));
        List<Document> records = store.find(catalogue.collection(), active.filter(), catalogue.listProjection(),
                new Document(active.orderBy(), active.ascending() ? 1 : -1).append("_id", active.ascending() ? 1 : -1),
                active.skip(), active.limit());
        long found = PageTotal.of(active.skip(), active.limit(), records.size(),
                () -> store.count(catalogue.collection(), active.filter()));
        return new RecordPage(records, found, query.page(), query.limit());
    }

    public long count(Catalogue catalogue, ListQuery query) {
        return store.count(catalogue.collection(), query.and(new Document(ACTIVE, true)).filter());
    }

    public Document get(Catalogue catalogue, String id) {
        Document record = store.findOne(catalogue.collection(), activeId(id), catalogue.singleProjection());
        if (record == null) {
            throw new NotFoundException();
        }
        return record;
    }

    public Document create(Catalogue catalogue, SessionUser caller, Map<String, ?> body) {
        administrators.requireAdmin(caller);
        Document record = catalogue.schema().validateBody(body, Mode.COMPLETE);
        Date now = Date.from(clock.instant());
        record.put("created_at", now);
        record.put(UPDATED_AT, now);
        record.put(ACTIVE, true);
        store.insert(catalogue.collection(), record);
        return get(catalogue, record.getObjectId("_id").toHexString());
    }

    /** Sets only the fields sent (compatibility.md H3). */
    public Document patch(Catalogue catalogue, SessionUser caller, String id, Map<String, ?> body) {
        administrators.requireAdmin(caller);
        Document filter = activeId(id);
        Document changes = catalogue.schema().validateBody(body, Mode.PARTIAL);
        if (changes.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field("value", "object.min",
                    "must have at least 1 children", Map.of("limit", 1)));
        }
        changes.put(UPDATED_AT, Date.from(clock.instant()));
        return found(store.update(catalogue.collection(), filter, new Document("$set", changes),
                catalogue.singleProjection()));
    }

    public Document replace(Catalogue catalogue, SessionUser caller, String id, Map<String, ?> body) {
        administrators.requireAdmin(caller);
        Document filter = activeId(id);
        Document current = found(store.findOne(catalogue.collection(), filter, new Document("created_at", 1)));
        Document replacement = new Document("_id", current.getObjectId("_id"));
        replacement.putAll(catalogue.schema().validateBody(body, Mode.COMPLETE));
        replacement.put("created_at", current.get("created_at"));
        replacement.put(UPDATED_AT, Date.from(clock.instant()));
        replacement.put(ACTIVE, true);
        if (!store.replace(catalogue.collection(), filter, replacement)) {
            throw new NotFoundException();
        }
        return get(catalogue, id);
    }

    /** Soft delete, as every Maestro record. */
    public void delete(Catalogue catalogue, SessionUser caller, String id) {
        administrators.requireAdmin(caller);
        found(store.update(catalogue.collection(), activeId(id),
                new Document("$set", new Document(ACTIVE, false).append(UPDATED_AT, Date.from(clock.instant()))),
                new Document("_id", 1)));
    }

    private static Document activeId(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw new NotFoundException();
        }
        return new Document("_id", new ObjectId(id)).append(ACTIVE, true);
    }

    private static Document found(Document record) {
        if (record == null) {
            throw new NotFoundException();
        }
        return record;
    }
}
