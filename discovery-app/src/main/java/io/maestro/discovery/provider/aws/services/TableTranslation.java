package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;

/**
 * A DynamoDB table → a {@code Database} application {@code DynamoDB - <table>} identified by the table name. ListTables
 * gives no dates, so, as in 0.6, {@code created_at} and {@code updated_at} are the sync's time.
 */
final class TableTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Database", "DynamoDB (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String table = Payloads.text(item, "TableName");
        if (table == null || table.isEmpty()) {
            return null;
        }
        return AwsApplications.application(TARGET, item, context)
                .put("name", "DynamoDB - " + table)
                .put("unique_id", table)
                .put("engine", "DynamoDB")
                .put("active", true)
                .put("created_at", context.now().toString())
                .put("updated_at", context.now().toString())
                .build();
    }
}
