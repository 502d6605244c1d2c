package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC endpoint → a {@code networks} document of family {@code VpcEndpoint}. */
final class VpcEndpointTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("deleting", "deleted", "rejected", "failed", "expired");

    VpcEndpointTranslation() {
        super("VpcEndpoint", "VpcEndpointId", "State", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> endpoint) {
        return network
                .put("vpc_endpoint_type", text(endpoint, "VpcEndpointType"))
                .put("vpc_id", text(endpoint, "VpcId"))
                .put("service_name", text(endpoint, "ServiceName"))
                .put("policy_document", text(endpoint, "PolicyDocument"))
                .put("route_table_ids", at(endpoint, "RouteTableIds"))
                .put("subnet_ids", at(endpoint, "SubnetIds"))
                .put("groups", at(endpoint, "Groups"))
                .put("private_dns_enabled", at(endpoint, "PrivateDnsEnabled"))
                .put("network_interface_ids", at(endpoint, "NetworkInterfaceIds"))
                .put("dns_entries", at(endpoint, "DnsEntries"))
                .put("created_at", text(endpoint, "CreationTimestamp"))
                .put("updated_at", text(endpoint, "CreationTimestamp"));
    }
}
