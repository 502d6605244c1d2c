package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

/**
 * DynamoDB tables: dynamodb ListTables, by ExclusiveStartTableName / LastEvaluatedTableName (Limit 1–100). As in 0.6
 * only the names are read; each becomes an item {@code {TableName}}.
 */
final class TablesGet extends AwsListGet<DynamoDbClient> {

    TablesGet(AwsClients clients, int pageSize) {
        super(clients, "ListTables", pageSize);
    }

    @Override
    protected AwsClients.Lease<DynamoDbClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(DynamoDbClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(DynamoDbClient dynamo, String pageToken) {
        ListTablesResponse response = dynamo.listTables(request -> request
                .limit(pageSize()).exclusiveStartTableName(pageToken));
        List<Map<String, Object>> tables = response.tableNames().stream()
                .map(name -> Map.<String, Object>of("TableName", name))
                .toList();
        return new FetchedPage(tables, response.lastEvaluatedTableName());
    }
}
