package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC → a {@code networks} document of family {@code Vpc}. */
final class VpcTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("error", "invalid");

    VpcTranslation() {
        super("Vpc", "VpcId", "State", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> vpc) {
        return network
                .put("cidr_block", text(vpc, "CidrBlock"))
                .put("cidr_block_association_set", at(vpc, "CidrBlockAssociationSet"))
                .put("ipv6_cidr_block_association_set", at(vpc, "Ipv6CidrBlockAssociationSet"))
                .put("dhcp_options_id", text(vpc, "DhcpOptionsId"))
                .put("instance_tenancy", text(vpc, "InstanceTenancy"))
                .put("is_default", at(vpc, "IsDefault"))
                .put("owner_id", text(vpc, "OwnerId"));
    }
}
