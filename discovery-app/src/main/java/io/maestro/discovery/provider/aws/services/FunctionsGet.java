package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/** Lambda functions: lambda ListFunctions, by Marker (AWS returns at most 50 per page whatever MaxItems says). */
final class FunctionsGet extends AwsListGet<LambdaClient> {

    FunctionsGet(AwsClients clients, int pageSize) {
        super(clients, "ListFunctions", pageSize);
    }

    @Override
    protected AwsClients.Lease<LambdaClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(LambdaClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(LambdaClient lambda, String pageToken) {
        ListFunctionsResponse response = lambda.listFunctions(request -> request
                .maxItems(pageSize()).marker(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.functions()), response.nextMarker());
    }
}
