package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A NAT gateway → a {@code networks} document of family {@code NatGateway}. */
public final class NatGatewayTranslation implements AwsCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("failed", "deleting", "deleted");

    @Override
    public Map<String, Object> translate(Map<String, Object> gateway, TranslationContext context) {
        Documents network = NetworkDocuments.network(gateway, context, "NatGateway", "NatGatewayId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, gateway, "State", INACTIVE);
        return network
                .put("vpc_id", text(gateway, "VpcId"))
                .put("subnet_id", text(gateway, "SubnetId"))
                .put("provisioned_bandwidth", at(gateway, "ProvisionedBandwidth"))
                .put("nat_gateway_addresses", at(gateway, "NatGatewayAddresses"))
                .put("failure_code", text(gateway, "FailureCode"))
                .put("failure_message", text(gateway, "FailureMessage"))
                .put("delete_time", text(gateway, "DeleteTime"))
                .put("created_at", text(gateway, "CreateTime"))
                .put("updated_at", text(gateway, "CreateTime"))
                .put("checksum", Checksums.of(gateway))
                .build();
    }
}
