package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway REST API → an {@code ApiGateway} application named after the API and identified by its id. Its tags
 * (a {@code {key: value}} map in this API) become {@code tags} and {@code environment} like every AWS tag list.
 */
final class RestApiTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "ApiGateway", "ApiGateway (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String id = Payloads.text(item, "id");
        if (id == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("version", Payloads.at(item, "version"))
                .put("warnings", Payloads.at(item, "warnings"))
                .put("binary_media_types", Payloads.at(item, "binaryMediaTypes"))
                .put("minimum_compression_size", Payloads.at(item, "minimumCompressionSize"))
                .put("api_key_source", Payloads.at(item, "apiKeySource"))
                .put("endpoint_configuration", Payloads.at(item, "endpointConfiguration"))
                .put("disable_execute_api_endpoint", Payloads.at(item, "disableExecuteApiEndpoint"))
                .put("policy", Payloads.at(item, "policy"));
        Documents document = AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "name", "id"))
                .put("unique_id", id)
                .put("description", Payloads.at(item, "description"))
                .put("active", true)
                .put("role", role)
                .put("created_at", Payloads.at(item, "createdDate"))
                .put("updated_at", Payloads.at(item, "createdDate"));
        return AwsApplications.withTags(document, tagList(item)).build();
    }

    private static List<Map<String, Object>> tagList(Map<String, Object> item) {
        return Payloads.map(item, "tags")
                .map(tags -> tags.entrySet().stream()
                        .map(tag -> Map.<String, Object>of("Key", tag.getKey(),
                                "Value", String.valueOf(tag.getValue())))
                        .toList())
                .orElse(List.of());
    }
}
