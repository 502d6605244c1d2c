package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/**
 * An AWS network resource → a {@code networks} document. Every one carries {@code unique_id}, a {@code name} (the Name
 * tag, else the id, as the inventory lists networks by name), its {@code family}, environment tag, tags, datacenters,
 * {@code active} and, for resources that have a state, {@code status}; subclasses add the resource's own fields.
 */
abstract class NetworkTranslation implements ProviderCommand.ItemTranslation {

    private final String family;
    private final String idMember;
    private final String tagsMember;
    private final String statePath;
    private final Set<String> inactiveStates;

    /** A resource without state, tagged by {@code Tags}. */
    NetworkTranslation(String family, String idMember) {
        this(family, idMember, "Tags", null, Set.of());
    }

    /** A resource tagged by {@code Tags}, whose state is at {@code statePath}. */
    NetworkTranslation(String family, String idMember, String statePath, Set<String> inactiveStates) {
        this(family, idMember, "Tags", statePath, inactiveStates);
    }

    /**
     * @param tagsMember     {@code Tags}, or {@code TagSet} for network interfaces
     * @param statePath      the state member ({@code State}, {@code Status.Code}…); {@code null}: no state
     * @param inactiveStates the states (lower case) that make the record inactive
     */
    NetworkTranslation(String family, String idMember, String tagsMember, String statePath,
            Set<String> inactiveStates) {
        this.family = family;
        this.idMember = idMember;
        this.tagsMember = tagsMember;
        this.statePath = statePath;
        this.inactiveStates = Set.copyOf(inactiveStates);
    }

    @Override
    public final Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String id = text(item, idMember);
        if (id == null) {
            return null;
        }
        String name = AwsDocuments.tag(item, tagsMember, "name");
        Documents network = Documents.document()
                .put("name", name == null ? id : name)
                .put("unique_id", id)
                .put("family", family)
                .put("environment", AwsDocuments.tag(item, tagsMember, "environment"))
                .put("tags", AwsDocuments.tags(item, tagsMember))
                .put("active", statePath == null
                        || AwsDocuments.active(AwsDocuments.state(item, statePath), inactiveStates))
                .put("status", statePath == null ? null : AwsDocuments.status(item, statePath))
                .put("datacenters", AwsDocuments.resourceDatacenter(item, context));
        return fields(network, item)
                .put("checksum", Checksums.of(item))
                .build();
    }

    /** The resource's own fields. */
    protected abstract Documents fields(Documents network, Map<String, Object> item);
}
