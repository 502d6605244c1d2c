package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Tags;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What every AWS managed service shares when it becomes an {@code applications} document: the family and provider
 * label of its command's target, {@code own: 1} (provider-managed), the {@code datacenters} object
 * ({@link AwsDocuments#resourceDatacenter}) and the checksum of the raw item. {@code roles}, {@code owner} and
 * {@code accountant} are stamped by Load.
 */
final class AwsApplications {

    /** Lambda writes its times as {@code 2025-06-03T15:20:40.215+0000}, not as ISO-8601 instants. */
    private static final DateTimeFormatter LAMBDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private AwsApplications() {
    }

    /** The common part of the application made of one AWS item. */
    static Documents application(CommandTarget target, Map<String, Object> item, TranslationContext context) {
        return application(target, item, item, context);
    }

    /** The common part of an application folded from several items; {@code raw} is what the checksum is taken of. */
    static Documents application(CommandTarget target, Map<String, Object> item, Object raw,
            TranslationContext context) {
        return Documents.document()
                .put("family", target.family())
                .put("provider", target.provider())
                .put("own", 1)
                .put("datacenters", AwsDocuments.resourceDatacenter(item, context))
                .put("checksum", Checksums.of(raw));
    }

    /**
     * A Lambda time as an ISO-8601 instant ({@code 2025-06-03T15:20:40.215Z}), like every other AWS time in the
     * inventory; a value in another form is kept as it is.
     */
    static String lambdaTime(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value), LAMBDA_TIME).toInstant().toString();
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }

    /** {@code tags} ({@code [{key, value}]}) and {@code environment} (the {@code environment} tag) of AWS tag lists. */
    static Documents withTags(Documents document, List<Map<String, Object>> providerTags) {
        return document
                .put("tags", Tags.keyValues(providerTags))
                .put("environment", Tags.value(providerTags, "environment"));
    }
}
