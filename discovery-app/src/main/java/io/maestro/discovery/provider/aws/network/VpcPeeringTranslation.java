package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC peering connection → a {@code networks} document of family {@code VpcPeering}. */
public final class VpcPeeringTranslation implements AwsCommand.ItemTranslation {

    /** The peering states that mean the peering is gone or never came up ({@code Status.Code}). */
    private static final Set<String> INACTIVE = Set.of("failed", "expired", "rejected", "deleting", "deleted");

    @Override
    public Map<String, Object> translate(Map<String, Object> peering, TranslationContext context) {
        Documents network = NetworkDocuments.network(peering, context, "VpcPeering", "VpcPeeringConnectionId");
        if (network == null) {
            return null;
        }
        NetworkDocuments.state(network, peering, "Status.Code", INACTIVE);
        return network
                .put("accepter_vpc_info", at(peering, "AccepterVpcInfo"))
                .put("requester_vpc_info", at(peering, "RequesterVpcInfo"))
                .put("expiration_time", text(peering, "ExpirationTime"))
                .put("checksum", Checksums.of(peering))
                .build();
    }
}
