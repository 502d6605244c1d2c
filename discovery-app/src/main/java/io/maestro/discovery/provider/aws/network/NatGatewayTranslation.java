package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A NAT gateway → a {@code networks} document of family {@code NatGateway}. */
final class NatGatewayTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("failed", "deleting", "deleted");

    NatGatewayTranslation() {
        super("NatGateway", "NatGatewayId", "State", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> gateway) {
        return network
                .put("vpc_id", text(gateway, "VpcId"))
                .put("subnet_id", text(gateway, "SubnetId"))
                .put("provisioned_bandwidth", at(gateway, "ProvisionedBandwidth"))
                .put("nat_gateway_addresses", at(gateway, "NatGatewayAddresses"))
                .put("failure_code", text(gateway, "FailureCode"))
                .put("failure_message", text(gateway, "FailureMessage"))
                .put("delete_time", text(gateway, "DeleteTime"))
                .put("created_at", text(gateway, "CreateTime"))
                .put("updated_at", text(gateway, "CreateTime"));
    }
}
