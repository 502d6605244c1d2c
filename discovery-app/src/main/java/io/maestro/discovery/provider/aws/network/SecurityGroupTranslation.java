package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A security group → a {@code networks} document of family {@code SecurityGroup}, named by its group name. */
public final class SecurityGroupTranslation implements AwsCommand.ItemTranslation {

    @Override
    public Map<String, Object> translate(Map<String, Object> group, TranslationContext context) {
        Documents network = NetworkDocuments.network(group, context, "SecurityGroup", "GroupId");
        if (network == null) {
            return null;
        }
        return network
                .put("name", text(group, "GroupName"))
                .put("group_name", text(group, "GroupName"))
                .put("description", text(group, "Description"))
                .put("ip_permissions", at(group, "IpPermissions"))
                .put("ip_permissions_egress", at(group, "IpPermissionsEgress"))
                .put("vpc_id", text(group, "VpcId"))
                .put("owner_id", text(group, "OwnerId"))
                .put("checksum", Checksums.of(group))
                .build();
    }
}
