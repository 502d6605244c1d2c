package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;
import java.util.Set;

/**
 * What every AWS {@code networks} document carries: {@code unique_id}, a {@code name} (the Name tag, else the id, as
 * the inventory lists networks by name), the document {@code family}, environment tag, tags, datacenters and
 * {@code active}.
 */
final class NetworkDocuments {

    private NetworkDocuments() {
    }

    /** The shared fields, or {@code null} when the item lacks its id (the item is then skipped). */
    static Documents network(Map<String, Object> item, TranslationContext context, String family, String idMember) {
        return network(item, context, family, idMember, "Tags");
    }

    static Documents network(Map<String, Object> item, TranslationContext context, String family, String idMember,
            String tagsMember) {
        String id = text(item, idMember);
        if (id == null) {
            return null;
        }
        String name = AwsDocuments.tag(item, tagsMember, "name");
        return Documents.document()
                .put("name", name == null ? id : name)
                .put("unique_id", id)
                .put("family", family)
                .put("environment", AwsDocuments.tag(item, tagsMember, "environment"))
                .put("tags", AwsDocuments.tags(item, tagsMember))
                .put("active", true)
                .put("datacenters", AwsDocuments.resourceDatacenter(item, context));
    }

    /** {@code status} = the state capitalised; {@code active} false when the state is one of {@code inactiveStates}. */
    static Documents state(Documents network, Map<String, Object> item, String statePath, Set<String> inactiveStates) {
        return network
                .put("status", Payloads.capitalise(text(item, statePath)))
                .put("active", AwsDocuments.active(AwsDocuments.state(item, statePath), inactiveStates));
    }
}
