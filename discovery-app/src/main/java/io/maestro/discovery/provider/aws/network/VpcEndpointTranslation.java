package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC endpoint → a {@code networks} document of family {@code VpcEndpoint}. */
public final class VpcEndpointTranslation implements AwsCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("deleting", "deleted", "rejected", "failed", "expired");

    @Override
    public Map<String, Object> translate(Map<String, Object> endpoint, TranslationContext context) {
        Documents network = NetworkDocuments.network(endpoint, context, "VpcEndpoint", "VpcEndpointId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, endpoint, "State", INACTIVE);
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
                .put("updated_at", text(endpoint, "CreationTimestamp"))
                .put("checksum", Checksums.of(endpoint))
                .build();
    }
}
