package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A subnet → a {@code networks} document of family {@code Subnet}. */
final class SubnetTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("error", "invalid");

    SubnetTranslation() {
        super("Subnet", "SubnetId", "State", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> subnet) {
        return network
                .put("availability_zone", text(subnet, "AvailabilityZone"))
                .put("available_ip_address_count", at(subnet, "AvailableIpAddressCount"))
                .put("cidr_block", text(subnet, "CidrBlock"))
                .put("default_for_az", at(subnet, "DefaultForAz"))
                .put("map_public_ip_on_launch", at(subnet, "MapPublicIpOnLaunch"))
                .put("assign_ipv6_address_on_creation", at(subnet, "AssignIpv6AddressOnCreation"))
                .put("ipv6_cidr_block_association_set", at(subnet, "Ipv6CidrBlockAssociationSet"))
                .put("subnet_arn", text(subnet, "SubnetArn"))
                .put("vpc_id", text(subnet, "VpcId"));
    }
}
