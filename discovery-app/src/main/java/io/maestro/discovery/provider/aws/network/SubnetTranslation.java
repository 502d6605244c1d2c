package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A subnet → a {@code networks} document of family {@code Subnet}. */
public final class SubnetTranslation implements AwsCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("error", "invalid");

    @Override
    public Map<String, Object> translate(Map<String, Object> subnet, TranslationContext context) {
        Documents network = NetworkDocuments.network(subnet, context, "Subnet", "SubnetId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, subnet, "State", INACTIVE);
        return network
                .put("availability_zone", text(subnet, "AvailabilityZone"))
                .put("available_ip_address_count", at(subnet, "AvailableIpAddressCount"))
                .put("cidr_block", text(subnet, "CidrBlock"))
                .put("default_for_az", at(subnet, "DefaultForAz"))
                .put("map_public_ip_on_launch", at(subnet, "MapPublicIpOnLaunch"))
                .put("assign_ipv6_address_on_creation", at(subnet, "AssignIpv6AddressOnCreation"))
                .put("ipv6_cidr_block_association_set", at(subnet, "Ipv6CidrBlockAssociationSet"))
                .put("subnet_arn", text(subnet, "SubnetArn"))
                .put("vpc_id", text(subnet, "VpcId"))
                .put("checksum", Checksums.of(subnet))
                .build();
    }
}
