package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;
import java.util.Set;

/**
 * A load balancer (ELBv2 or classic) → a {@code Loadbalance} application (§4.3): named and identified by its
 * name, endpoint and health check in {@code role}, status from {@code State.Code} (classic ones have no state and stay
 * active), {@code tags} and {@code environment} from the tags the Gets attach.
 */
final class LoadBalancerTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Loadbalance", "ELB (AWS)");

    private static final Set<String> INACTIVE_STATES = Set.of("failed", "active_impaired");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String name = Payloads.text(item, "LoadBalancerName");
        if (name == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("endpoint", Payloads.at(item, "DNSName"))
                .put("arn", Payloads.at(item, "LoadBalancerArn"))
                .put("canonical_hosted_zone", Payloads.at(item, "CanonicalHostedZoneId"))
                .put("vpc_id", Payloads.first(item, "VpcId", "VPCId"))
                .put("type", Payloads.at(item, "Type"))
                .put("scheme", Payloads.at(item, "Scheme"))
                .put("ip_address_type", Payloads.at(item, "IpAddressType"))
                .put("backend_server_descriptions", Payloads.at(item, "BackendServerDescriptions"))
                .put("health_check_classic", Payloads.at(item, "HealthCheck"))
                .put("healthcheck", Payloads.at(item, "HealthCheck.Target"))
                .put("instances", Payloads.at(item, "Instances"))
                .put("canonical_hosted_zone_name", Payloads.at(item, "CanonicalHostedZoneName"))
                .put("canonical_hosted_zone_name_id", Payloads.at(item, "CanonicalHostedZoneNameID"));
        Documents document = AwsApplications.application(TARGET, item, context)
                .put("name", name)
                .put("unique_id", name)
                .put("role", role)
                .put("status", AwsDocuments.status(item, "State.Code"))
                .put("active", AwsDocuments.active(AwsDocuments.state(item, "State.Code"), INACTIVE_STATES))
                .put("created_at", Payloads.at(item, "CreatedTime"))
                .put("updated_at", Payloads.at(item, "CreatedTime"));
        return AwsApplications.withTags(document, Payloads.maps(item, "Tags")).build();
    }
}
