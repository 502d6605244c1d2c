package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;

/** API Gateway REST APIs: apigateway GetRestApis, by position (limit 1–500). */
final class RestApisGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    RestApisGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (ApiGatewayClient apiGateway = clients.build(ApiGatewayClient.builder(), connection, region)) {
            GetRestApisResponse response = AwsErrors.call("GetRestApis",
                    () -> apiGateway.getRestApis(request -> request.limit(pageSize).position(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.items()), response.position());
        }
    }
}
