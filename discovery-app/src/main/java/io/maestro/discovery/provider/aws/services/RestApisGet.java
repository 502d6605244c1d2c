package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;

/** API Gateway REST APIs: apigateway GetRestApis, by position (limit 1–500). */
final class RestApisGet extends AwsListGet<ApiGatewayClient> {

    RestApisGet(AwsClients clients, int pageSize) {
        super(clients, "GetRestApis", pageSize);
    }

    @Override
    protected AwsClients.Lease<ApiGatewayClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(ApiGatewayClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(ApiGatewayClient apiGateway, String pageToken) {
        GetRestApisResponse response = apiGateway.getRestApis(request -> request
                .limit(pageSize()).position(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.items()), response.position());
    }
}
