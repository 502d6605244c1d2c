package io.maestro.server.domain.drift;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.acl.AclRoles;
import io.maestro.common.drift.DriftReport;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * {@code GET /drift} (docs/drift.md): what the actor's Terraform states declare against what its cloud connections
 * find running, over the records the actor may read (ACL as every list), inactive ones included (a declared resource
 * that stopped running is "missing").
 */
@Service
public class DriftService {

    /** At most this many records are read per collection; beyond, the answer says {@code truncated}. */
    static final int RECORDS_LIMIT = 20_000;
    private static final String STATE_SUFFIX = "_terraform";
    /** Connections that read files: a state declares, the others (JSON import, Ansible facts) are neither side. */
    private static final List<String> FILE_SUFFIXES = List.of("_terraform", "_ansible", "_file");
    /** The application families a state can declare (docs/discovery-terraform.md). */
    private static final List<String> DECLARED_FAMILIES = List.of("ObjectStorage", "Database", "Loadbalance");
    private static final Document PROJECTION = new Document("_id", 1).append("unique_id", 1).append("name", 1)
            .append("family", 1).append("active", 1).append("accountant", 1).append("seen_by", 1)
            .append("last_seen_at", 1).append("declared_in", 1).append("datacenters.instance", 1)
            .append("datacenters.image_id", 1).append("ipv4_private", 1).append("tags", 1).append("size", 1)
            .append("role.class", 1);

    private final ResourceStore store;

    public DriftService(ResourceStore store) {
        this.store = store;
    }

    public Map<String, Object> drift(Actor actor) {
        Document readable = AclFilter.requiring(AclFilter.ROLES, actor.actingAs(), AclRoles.READ);
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, String> clouds = new LinkedHashMap<>();
        for (Document connection : store.find("connections", new Document(readable).append("active", true),
                new Document("_id", 1).append("name", 1).append("service", 1), new Document("_id", 1), 0,
                RECORDS_LIMIT)) {
            String service = String.valueOf(connection.get("service"));
            String id = connection.getObjectId("_id").toHexString();
            if (service.endsWith(STATE_SUFFIX)) {
                states.put(id, connection.getString("name"));
            } else if (FILE_SUFFIXES.stream().noneMatch(service::endsWith)) {
                clouds.put(id, connection.getString("name"));
            }
        }
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        boolean truncated = false;
        for (String collection : DriftReport.COLLECTIONS) {
            Document found = new Document("$or", List.of(
                    new Document("declared_in.connection", new Document("$in", List.copyOf(states.keySet()))),
                    new Document("active", true).append("accountant", new Document("$in", List.copyOf(clouds.keySet())))));
            Document filter = new Document("$and", List.of(readable, found));
            if ("applications".equals(collection)) {
                filter.append("family", new Document("$in", DECLARED_FAMILIES));
            }
            List<Document> matching = store.find(collection, filter, PROJECTION, new Document("_id", 1), 0,
                    RECORDS_LIMIT);
            truncated |= matching.size() >= RECORDS_LIMIT;
            records.put(collection, List.copyOf(matching));
        }
        Map<String, Object> report = new LinkedHashMap<>(DriftReport.of(states, clouds, records));
        report.put("states", names(states));
        report.put("clouds", names(clouds));
        report.put("truncated", truncated);
        return report;
    }

    private static List<Map<String, String>> names(Map<String, String> connections) {
        return connections.entrySet().stream()
                .map(entry -> Map.of("_id", entry.getKey(), "name", String.valueOf(entry.getValue()))).toList();
    }
}
