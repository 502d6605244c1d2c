package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A network ACL → a {@code networks} document of family {@code NetworkAcl}; ACLs have no state. */
public final class NetworkAclTranslation implements AwsCommand.ItemTranslation {

    @Override
    public Map<String, Object> translate(Map<String, Object> acl, TranslationContext context) {
        Documents network = NetworkDocuments.network(acl, context, "NetworkAcl", "NetworkAclId");
        if (network == null) {
            return null;
        }
        return network
                .put("associations", at(acl, "Associations"))
                .put("entries", at(acl, "Entries"))
                .put("is_default", at(acl, "IsDefault"))
                .put("vpc_id", text(acl, "VpcId"))
                .put("checksum", Checksums.of(acl))
                .build();
    }
}
