package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A network ACL → a {@code networks} document of family {@code NetworkAcl}; ACLs have no state. */
final class NetworkAclTranslation extends NetworkTranslation {

    NetworkAclTranslation() {
        super("NetworkAcl", "NetworkAclId");
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> acl) {
        return network
                .put("associations", at(acl, "Associations"))
                .put("entries", at(acl, "Entries"))
                .put("is_default", at(acl, "IsDefault"))
                .put("vpc_id", text(acl, "VpcId"));
    }
}
