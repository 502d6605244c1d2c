package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/**
 * An elastic network interface → a {@code networks} document of family {@code NetworkInterfaces}; its tags are the
 * {@code TagSet} member and its state {@code Status}.
 */
final class NetworkInterfaceTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("detaching");

    NetworkInterfaceTranslation() {
        super("NetworkInterfaces", "NetworkInterfaceId", "TagSet", "Status", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> nic) {
        return network
                .put("association", at(nic, "Association"))
                .put("attachment", at(nic, "Attachment"))
                .put("availability_zone", text(nic, "AvailabilityZone"))
                .put("description", text(nic, "Description"))
                .put("groups", at(nic, "Groups"))
                .put("interface_type", text(nic, "InterfaceType"))
                .put("ipv6_addresses", at(nic, "Ipv6Addresses"))
                .put("mac_address", text(nic, "MacAddress"))
                .put("private_dns_name", text(nic, "PrivateDnsName"))
                .put("private_ip_address", text(nic, "PrivateIpAddress"))
                .put("private_ip_addresses", at(nic, "PrivateIpAddresses"))
                .put("requester_id", text(nic, "RequesterId"))
                .put("requester_managed", at(nic, "RequesterManaged"))
                .put("source_dest_check", at(nic, "SourceDestCheck"))
                .put("subnet_id", text(nic, "SubnetId"))
                .put("vpc_id", text(nic, "VpcId"));
    }
}
