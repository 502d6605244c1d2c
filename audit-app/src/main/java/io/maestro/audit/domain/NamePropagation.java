package io.maestro.audit.domain;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Denormalised-name propagation (Maestro 0.6 audit-app §9): other documents keep copies of names (a server lists its
 * applications as {@code {_id, name, family}}, every ACL entry carries the team's name or the user's e-mail, ...).
 * When a change row touches a watched field, each copy is rewritten through data-app {@code POST /sync}.
 */
@Service
public class NamePropagation {

    private static final Logger LOG = LoggerFactory.getLogger(NamePropagation.class);

    /**
     * Collections whose documents carry an ACL array {@code roles} of {@code {_id, refs, role, name?, email?}}: every
     * inventory entity's.
     */
    public static final List<String> ACL_COLLECTIONS = Inventory.all().stream().map(InventoryEntity::collection).toList();

    /**
     * Collections whose documents copy their datacenter as the object {@code datacenters {_id, name, ...}}: the
     * inventory entities whose schema has a {@code datacenters} field.
     */
    public static final List<String> DATACENTER_COPIES = Inventory.all().stream()
            .filter(entity -> entity.schema().fieldNames().contains("datacenters"))
            .map(InventoryEntity::collection).toList();

    /**
     * One copy: in {@code collection}, documents whose {@code filterField} equals the changed document's id get
     * {@code updatePath} set to the new value (positional {@code $} = the matching array element).
     */
    record Copy(String collection, String filterField, String updatePath) {
    }

    /** Audited entity name ({@link InventoryEntity#auditName()}) → watched field → its copies. */
    static final Map<String, Map<String, List<Copy>>> RULES = rules();

    private final InventorySync dataApp;

    public NamePropagation(InventorySync dataApp) {
        this.dataApp = dataApp;
    }

    /**
     * Rewrites the copies of every watched field present in {@code changes}, with its value in {@code state} (a field
     * removed from the document is not propagated). Never throws: each sync's outcome, success or error, is returned
     * (and errors logged) so that the audit row can carry it.
     */
    public List<Document> propagate(String entity, String entityId, Map<String, Object> changes, Map<String, Object> state) {
        List<Document> outcomes = new ArrayList<>();
        RULES.getOrDefault(entity, Map.of()).forEach((field, copies) -> {
            if (!changes.containsKey(field) || state.get(field) == null) {
                return;
            }
            Object value = state.get(field);
            for (Copy copy : copies) {
                outcomes.add(sync(entity, entityId, field, value, copy));
            }
        });
        return outcomes;
    }

    private Document sync(String entity, String entityId, String field, Object value, Copy copy) {
        Document outcome = new Document("entity", copy.collection()).append("field", copy.updatePath());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(copy.updatePath(), value);
        try {
            InventorySync.SyncCounts counts = dataApp.sync(copy.collection(), Map.of(copy.filterField(), entityId), body);
            return outcome.append("status", "ok").append("matched", counts.matched()).append("modified", counts.modified());
        } catch (PeerCallException e) {
            LOG.warn("Could not propagate {} {} of {} {} to {}.{}: {}", entity, field, entity, entityId,
                    copy.collection(), copy.updatePath(), e.getMessage());
            return outcome.append("status", "error").append("msg", e.describe());
        }
    }

    private static Map<String, Map<String, List<Copy>>> rules() {
        Map<String, Map<String, List<Copy>>> rules = new LinkedHashMap<>();
        String applications = Inventory.APPLICATIONS.collection();
        String systems = Inventory.SYSTEMS.collection();
        String connections = Inventory.CONNECTIONS.collection();
        rules.put(Inventory.APPLICATIONS.auditName(), Map.of(
                "name", applicationCopies("name"),
                "family", applicationCopies("family")));
        rules.put(Inventory.SYSTEMS.auditName(), Map.of("name", List.of(new Copy(applications, "system._id", "system.$.name"))));
        rules.put(Inventory.CLIENTS.auditName(), Map.of("name", List.of(new Copy(systems, "clients._id", "clients.$.name"))));
        List<Copy> datacenterNames = new ArrayList<>();
        DATACENTER_COPIES.forEach(collection -> datacenterNames.add(new Copy(collection, "datacenters._id", "datacenters.name")));
        datacenterNames.add(new Copy(connections, "dc_id", "dc"));
        rules.put(Inventory.DATACENTERS.auditName(), Map.of("name", datacenterNames));
        List<Copy> teamNames = new ArrayList<>(aclCopies("name"));
        teamNames.add(new Copy(connections, "owner_user._id", "owner_user.name"));
        rules.put("teams", Map.of("name", teamNames));
        List<Copy> userEmails = new ArrayList<>(aclCopies("email"));
        userEmails.add(new Copy("teams", "members._id", "members.$.email"));
        userEmails.add(new Copy(Inventory.CONNECTIONS.collection(), "owner_user._id", "owner_user.email"));
        rules.put("users", Map.of(
                "email", userEmails,
                "name", List.of(new Copy("teams", "members._id", "members.$.name"))));
        return rules;
    }

    private static List<Copy> applicationCopies(String field) {
        return List.of(
                new Copy(Inventory.SERVERS.collection(), "applications._id", "applications.$." + field),
                new Copy(Inventory.APPLICATIONS.collection(), "deps._id", "deps.$." + field),
                new Copy(Inventory.SYSTEMS.collection(), "entry._id", "entry.$." + field));
    }

    private static List<Copy> aclCopies(String field) {
        return ACL_COLLECTIONS.stream().map(collection -> new Copy(collection, "roles._id", "roles.$." + field)).toList();
    }
}
