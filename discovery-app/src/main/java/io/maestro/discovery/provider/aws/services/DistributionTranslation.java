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
 * A CloudFront distribution → a {@code CDN} application of {@code type} {@code Web} (ListDistributions) or
 * {@code RTMP} (ListStreamingDistributions): named after its domain, identified by its id, {@code status} from
 * {@code Status} ({@code Deployed}, {@code InProgress}), {@code state} = {@code Enabled}. A summary has no creation
 * time; {@code updated_at} is its last modification.
 */
final class DistributionTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "CDN", "CloudFront (AWS)");

    private static final Set<String> INACTIVE_STATES = Set.of("failed", "active_impaired", "deleting");

    private final boolean streaming;

    private DistributionTranslation(boolean streaming) {
        this.streaming = streaming;
    }

    static DistributionTranslation web() {
        return new DistributionTranslation(false);
    }

    static DistributionTranslation rtmp() {
        return new DistributionTranslation(true);
    }

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String id = Payloads.text(item, "Id");
        if (id == null) {
            return null;
        }
        Documents document = AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "DomainName", "Id"))
                .put("unique_id", id)
                .put("type", streaming ? "RTMP" : "Web")
                .put("role", streaming ? rtmpRole(item) : webRole(item))
                .put("status", AwsDocuments.status(item, "Status"))
                .put("state", Payloads.at(item, "Enabled"))
                .put("active", AwsDocuments.active(AwsDocuments.state(item, "Status"), INACTIVE_STATES))
                .put("updated_at", Payloads.at(item, "LastModifiedTime"));
        if (!streaming) {
            document.put("origins", Payloads.at(item, "Origins"))
                    .put("cache_behavior", Payloads.at(item, "CacheBehaviors"));
        }
        return document.build();
    }

    private static Documents webRole(Map<String, Object> item) {
        return commonRole(item)
                .put("origins", Payloads.at(item, "Origins.Items"))
                .put("default_cache_behavior", Payloads.at(item, "DefaultCacheBehavior"))
                .put("cache_behaviors", Payloads.at(item, "CacheBehaviors.Items"))
                .put("custom_error", Payloads.at(item, "CustomErrorResponses.Items"))
                .put("restrictions", Payloads.at(item, "Restrictions"))
                .put("viewer_certificate", Payloads.at(item, "ViewerCertificate"))
                .put("web_acl_id", Payloads.at(item, "WebACLId"))
                .put("http_version", Payloads.at(item, "HttpVersion"))
                .put("ipv6_enabled", Payloads.at(item, "IsIPV6Enabled"));
    }

    private static Documents rtmpRole(Map<String, Object> item) {
        return commonRole(item)
                .put("s3_origin", Payloads.at(item, "S3Origin"))
                .put("trusted_signers", Payloads.at(item, "TrustedSigners"));
    }

    private static Documents commonRole(Map<String, Object> item) {
        return Documents.document()
                .put("arn", Payloads.at(item, "ARN"))
                .put("aliases", Payloads.at(item, "Aliases.Items"))
                .put("comment", Payloads.at(item, "Comment"))
                .put("price_class", Payloads.at(item, "PriceClass"))
                .put("enabled", Payloads.at(item, "Enabled"));
    }
}
