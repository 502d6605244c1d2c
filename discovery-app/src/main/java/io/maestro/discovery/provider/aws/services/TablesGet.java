package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/**
 * DynamoDB tables: dynamodb ListTables, by ExclusiveStartTableName / LastEvaluatedTableName (Limit 1–100). As in 0.6
 * only the names are read; each becomes an item {@code {TableName}}.
 */
final class TablesGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    TablesGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (DynamoDbClient dynamo = clients.build(DynamoDbClient.builder(), connection, region)) {
            ListTablesResponse response = AwsErrors.call("ListTables",
                    () -> dynamo.listTables(request -> request.limit(pageSize).exclusiveStartTableName(pageToken)));
            List<Map<String, Object>> tables = response.tableNames().stream()
                    .map(name -> Map.<String, Object>of("TableName", name))
                    .toList();
            return new FetchedPage(tables, response.lastEvaluatedTableName());
        }
    }
}
