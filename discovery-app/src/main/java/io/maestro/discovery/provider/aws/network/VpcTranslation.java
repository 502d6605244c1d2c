package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC → a {@code networks} document of family {@code Vpc}. */
public final class VpcTranslation implements AwsCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("error", "invalid");

    @Override
    public Map<String, Object> translate(Map<String, Object> vpc, TranslationContext context) {
        Documents network = NetworkDocuments.network(vpc, context, "Vpc", "VpcId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, vpc, "State", INACTIVE);
        return network
                .put("cidr_block", text(vpc, "CidrBlock"))
                .put("cidr_block_association_set", at(vpc, "CidrBlockAssociationSet"))
                .put("ipv6_cidr_block_association_set", at(vpc, "Ipv6CidrBlockAssociationSet"))
                .put("dhcp_options_id", text(vpc, "DhcpOptionsId"))
                .put("instance_tenancy", text(vpc, "InstanceTenancy"))
                .put("is_default", at(vpc, "IsDefault"))
                .put("owner_id", text(vpc, "OwnerId"))
                .put("checksum", Checksums.of(vpc))
                .build();
    }
}
