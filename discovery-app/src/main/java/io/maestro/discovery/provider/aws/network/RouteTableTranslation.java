package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A route table → a {@code networks} document of family {@code RouteTable}; route tables have no state. */
final class RouteTableTranslation extends NetworkTranslation {

    RouteTableTranslation() {
        super("RouteTable", "RouteTableId");
    }

    @Override
    protected Documents fields(Documents network, Map<String, Object> table) {
        return network
                .put("associations", at(table, "Associations"))
                .put("propagating_vgws", at(table, "PropagatingVgws"))
                .put("routes", at(table, "Routes"))
                .put("vpc_id", text(table, "VpcId"));
    }
}
