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
 * A CloudSearch domain → a {@code Database} application of engine {@code CloudSearch}, named after the domain and
 * identified by its domain id; a domain being deleted ({@code Deleted}) is inactive. The API gives no dates.
 */
final class SearchDomainTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Database", "CloudSearch (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String id = Payloads.text(item, "DomainId");
        if (id == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("arn", Payloads.at(item, "ARN"))
                .put("doc_service", Payloads.at(item, "DocService"))
                .put("search_service", Payloads.at(item, "SearchService"))
                .put("requires_index_documents", Payloads.at(item, "RequiresIndexDocuments"))
                .put("processing", Payloads.at(item, "Processing"))
                .put("search_instance_type", Payloads.at(item, "SearchInstanceType"))
                .put("search_partition_count", Payloads.at(item, "SearchPartitionCount"))
                .put("search_instance_count", Payloads.at(item, "SearchInstanceCount"))
                .put("limits", Payloads.at(item, "Limits"));
        return AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "DomainName", "DomainId"))
                .put("unique_id", id)
                .put("engine", "CloudSearch")
                .put("active", !Boolean.TRUE.equals(Payloads.at(item, "Deleted")))
                .put("role", role)
                .build();
    }
}
