package io.maestro.server.domain.relation;

import io.maestro.common.acl.AclRoles;
import io.maestro.common.query.ListQuery;
import io.maestro.common.query.ListQueryParser;
import io.maestro.common.web.NotFoundException;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.RecordPage;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * The servers of a datacenter (§2.6): all of them ({@code datacenters._id} = the datacenter), and its orphans, the
 * ones no discovery connection accounts for (no {@code accountant}). The actor must be able to read the datacenter
 * (else 404), and sees only the servers it can read, in the servers' list view with their list parameters.
 */
@Service
public class DatacenterServers {

    /** Orphans are listed 100 to a page unless {@code limit} says otherwise (0.6's default there). */
    public static final int ORPHANS_DEFAULT_LIMIT = 100;
    private static final String SERVERS_ROUTE = "/servers";

    private final RelationStore store;
    private final ResourceService resources;
    private final List<ResourceDefinition> definitions;

    public DatacenterServers(RelationStore store, ResourceService resources, List<ResourceDefinition> definitions) {
        this.store = store;
        this.resources = resources;
        this.definitions = definitions;
    }

    /** The registered servers definition: its list view, filters and entity name. */
    public ResourceDefinition serversDefinition() {
        return definitions.stream().filter(definition -> SERVERS_ROUTE.equals(definition.route())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No resource definition is registered for " + SERVERS_ROUTE));
    }

    /** @param params the list parameters of the request, as for {@code GET /servers} */
    public RecordPage servers(Actor actor, String datacenterId, Map<String, String[]> params) {
        ListQuery query = parse(params).and(inDatacenter(readableDatacenter(actor, datacenterId)));
        return resources.list(serversDefinition(), actor, query);
    }

    public long count(Actor actor, String datacenterId, Map<String, String[]> params) {
        ListQuery query = parse(params).and(inDatacenter(readableDatacenter(actor, datacenterId)));
        return resources.count(serversDefinition(), actor, query);
    }

    /** The datacenter's servers that no discovery connection created, 100 to a page by default. */
    public RecordPage orphans(Actor actor, String datacenterId, Map<String, String[]> params) {
        Map<String, String[]> withLimit = new LinkedHashMap<>(params);
        String[] limit = params.get("limit");
        if (limit == null || limit.length == 0 || limit[0].isEmpty()) {
            withLimit.put("limit", new String[] {String.valueOf(ORPHANS_DEFAULT_LIMIT)});
        }
        ListQuery query = parse(withLimit).and(inDatacenter(readableDatacenter(actor, datacenterId)))
                .and(new Document("$or", List.of(new Document("accountant", null),
                        new Document("accountant", new Document("$size", 0)))));
        return resources.list(serversDefinition(), actor, query);
    }

    private ListQuery parse(Map<String, String[]> params) {
        return ListQueryParser.parse(params, serversDefinition().query());
    }

    private ObjectId readableDatacenter(Actor actor, String datacenterId) {
        if (datacenterId == null || !ObjectId.isValid(datacenterId)) {
            throw new NotFoundException();
        }
        ObjectId id = new ObjectId(datacenterId);
        Document filter = WritableDocuments.guard(actor, AclRoles.READ).append("_id", id);
        if (store.find(InventoryCollections.DATACENTERS, filter, new Document("_id", 1)).isEmpty()) {
            throw new NotFoundException();
        }
        return id;
    }

    /** Discovery writes the datacenter id as a string, a manual record may hold an ObjectId. */
    private static Document inDatacenter(ObjectId datacenter) {
        return new Document("datacenters._id", new Document("$in", StoredIds.anyForm(datacenter)));
    }
}
