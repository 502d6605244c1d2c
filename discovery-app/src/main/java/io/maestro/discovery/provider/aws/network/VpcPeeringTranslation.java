package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** A VPC peering connection → a {@code networks} document of family {@code VpcPeering}, state {@code Status.Code}. */
final class VpcPeeringTranslation extends NetworkTranslation {

    /** The peering states that mean the peering is gone or never came up. */
    private static final Set<String> INACTIVE = Set.of("failed", "expired", "rejected", "deleting", "deleted");

    VpcPeeringTranslation() {
        super("VpcPeering", "VpcPeeringConnectionId", "Status.Code", INACTIVE);
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> peering) {
        return network
                .put("accepter_vpc_info", at(peering, "AccepterVpcInfo"))
                .put("requester_vpc_info", at(peering, "RequesterVpcInfo"))
                .put("expiration_time", text(peering, "ExpirationTime"));
    }
}
