package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;

/**
 * A Lambda layer → a {@code ServerlessLayer} application named after the layer and identified by its version-less ARN,
 * so that publishing a new version updates the record instead of replacing it; the latest version's details are in
 * {@code version}, {@code description}, {@code runtimes} and {@code role}. (0.6 read members ListLayers does not
 * return, so it never recorded a layer.)
 */
final class LayerTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "ServerlessLayer", "Lambda Layer (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String arn = Payloads.text(item, "LayerArn");
        if (arn == null) {
            return null;
        }
        return AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "LayerName", "LayerArn"))
                .put("unique_id", arn)
                .put("active", true)
                .put("version", Payloads.at(item, "LatestMatchingVersion.Version"))
                .put("description", Payloads.at(item, "LatestMatchingVersion.Description"))
                .put("runtimes", Payloads.at(item, "LatestMatchingVersion.CompatibleRuntimes"))
                .put("license_info", Payloads.at(item, "LatestMatchingVersion.LicenseInfo"))
                .put("role", Documents.document()
                        .put("layer_version_arn", Payloads.at(item, "LatestMatchingVersion.LayerVersionArn"))
                        .put("architectures", Payloads.at(item, "LatestMatchingVersion.CompatibleArchitectures")))
                .put("created_at", FunctionTranslation.lambdaTime(Payloads.at(item, "LatestMatchingVersion.CreatedDate")))
                .put("updated_at", FunctionTranslation.lambdaTime(Payloads.at(item, "LatestMatchingVersion.CreatedDate")))
                .build();
    }
}
