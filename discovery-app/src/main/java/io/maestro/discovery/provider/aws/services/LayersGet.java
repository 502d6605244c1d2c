package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListLayersResponse;

/** Lambda layers (each with its latest version): lambda ListLayers, by Marker (MaxItems 1–50). */
final class LayersGet extends AwsListGet<LambdaClient> {

    LayersGet(AwsClients clients, int pageSize) {
        super(clients, "ListLayers", pageSize);
    }

    @Override
    protected AwsClients.Lease<LambdaClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(LambdaClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(LambdaClient lambda, String pageToken) {
        ListLayersResponse response = lambda.listLayers(request -> request.maxItems(pageSize()).marker(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.layers()), response.nextMarker());
    }
}
