package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A virtual private gateway → a {@code networks} document of family {@code VpnGateways}. */
public final class VpnGatewayTranslation implements AwsCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("deleting", "deleted");

    @Override
    public Map<String, Object> translate(Map<String, Object> gateway, TranslationContext context) {
        Documents network = NetworkDocuments.network(gateway, context, "VpnGateways", "VpnGatewayId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, gateway, "State", INACTIVE);
        return network
                .put("type", text(gateway, "Type"))
                .put("availability_zone", text(gateway, "AvailabilityZone"))
                .put("vpc_attachments", at(gateway, "VpcAttachments"))
                .put("amazon_side_asn", at(gateway, "AmazonSideAsn"))
                .put("checksum", Checksums.of(gateway))
                .build();
    }
}
