package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A security group → a {@code networks} document of family {@code SecurityGroup}, named by its group name. */
final class SecurityGroupTranslation extends NetworkTranslation {

    SecurityGroupTranslation() {
        super("SecurityGroup", "GroupId");
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> group) {
        return network
                .put("name", text(group, "GroupName"))
                .put("group_name", text(group, "GroupName"))
                .put("description", text(group, "Description"))
                .put("ip_permissions", at(group, "IpPermissions"))
                .put("ip_permissions_egress", at(group, "IpPermissionsEgress"))
                .put("vpc_id", text(group, "VpcId"))
                .put("owner_id", text(group, "OwnerId"));
    }
}
