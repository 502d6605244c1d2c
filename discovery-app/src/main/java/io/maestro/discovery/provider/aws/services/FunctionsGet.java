package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/** Lambda functions: lambda ListFunctions, by Marker (AWS returns at most 50 per page whatever MaxItems says). */
final class FunctionsGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    FunctionsGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (LambdaClient lambda = clients.build(LambdaClient.builder(), connection, region)) {
            ListFunctionsResponse response = AwsErrors.call("ListFunctions",
                    () -> lambda.listFunctions(request -> request.maxItems(pageSize).marker(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.functions()), response.nextMarker());
        }
    }
}
