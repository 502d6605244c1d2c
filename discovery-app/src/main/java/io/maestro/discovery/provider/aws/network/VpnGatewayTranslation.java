package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A virtual private gateway → a {@code networks} document of family {@code VpnGateways}. */
final class VpnGatewayTranslation extends NetworkTranslation {

    private static final Set<String> INACTIVE = Set.of("deleting", "deleted");

    VpnGatewayTranslation() {
        super("VpnGateways", "VpnGatewayId", "State", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> gateway) {
        return network
                .put("type", text(gateway, "Type"))
                .put("availability_zone", text(gateway, "AvailabilityZone"))
                .put("vpc_attachments", at(gateway, "VpcAttachments"))
                .put("amazon_side_asn", at(gateway, "AmazonSideAsn"));
    }
}
