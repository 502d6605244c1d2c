package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Tags;
import java.util.List;
import java.util.Map;

/**
 * What every AWS resource recorded as an {@code applications} document shares (Auto Scaling groups and launch
 * configurations, managed services): the family and provider label of its command's target, {@code own: 1}
 * (provider-managed), the {@code datacenters} object ({@link AwsDocuments#resourceDatacenter}) and the checksum of the
 * raw item. {@code roles}, {@code owner} and {@code accountant} are stamped by Load.
 */
public final class AwsApplications {

    private AwsApplications() {
    }

    /** The common part of the application made of one AWS item. */
    public static Documents application(CommandTarget target, Map<String, Object> item, TranslationContext context) {
        return application(target, item, item, context);
    }

    /** The common part of an application folded from several items; {@code raw} is what the checksum is taken of. */
    public static Documents application(CommandTarget target, Map<String, Object> item, Object raw,
            TranslationContext context) {
        return Documents.document()
                .put("family", target.family())
                .put("provider", target.provider())
                .put("own", 1)
                .put("datacenters", AwsDocuments.resourceDatacenter(item, context))
                .put("checksum", Checksums.of(raw));
    }

    /** {@code tags} ({@code [{key, value}]}) and {@code environment} (the {@code environment} tag) of AWS tag lists. */
    public static Documents withTags(Documents document, List<Map<String, Object>> providerTags) {
        return document
                .put("tags", Tags.keyValues(providerTags))
                .put("environment", Tags.value(providerTags, "environment"));
    }
}
