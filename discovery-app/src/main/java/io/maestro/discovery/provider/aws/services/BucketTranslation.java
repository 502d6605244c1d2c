package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;

/** An S3 bucket → an {@code ObjectStorage} application named and identified by the bucket name. */
final class BucketTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "ObjectStorage", "S3 (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String name = Payloads.text(item, "Name");
        if (name == null) {
            return null;
        }
        return AwsApplications.application(TARGET, item, context)
                .put("name", name)
                .put("unique_id", name)
                .put("active", true)
                .put("role", Documents.document()
                        .put("arn", Payloads.at(item, "BucketArn"))
                        .put("region", Payloads.at(item, "BucketRegion")))
                .put("created_at", Payloads.at(item, "CreationDate"))
                .put("updated_at", Payloads.at(item, "CreationDate"))
                .build();
    }
}
