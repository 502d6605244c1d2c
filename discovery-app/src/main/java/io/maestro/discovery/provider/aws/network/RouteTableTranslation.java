package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;

/** A route table → a {@code networks} document of family {@code RouteTable}; route tables have no state. */
public final class RouteTableTranslation implements AwsCommand.ItemTranslation {

    @Override
    public Map<String, Object> translate(Map<String, Object> table, TranslationContext context) {
        Documents network = NetworkDocuments.network(table, context, "RouteTable", "RouteTableId");
        if (network == null) {
            return null;
        }
        return network
                .put("associations", at(table, "Associations"))
                .put("propagating_vgws", at(table, "PropagatingVgws"))
                .put("routes", at(table, "Routes"))
                .put("vpc_id", text(table, "VpcId"))
                .put("checksum", Checksums.of(table))
                .build();
    }
}
