package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListLayersResponse;

/** Lambda layers (each with its latest version): lambda ListLayers, by Marker (MaxItems 1–50). */
final class LayersGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    LayersGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (LambdaClient lambda = clients.build(LambdaClient.builder(), connection, region)) {
            ListLayersResponse response = AwsErrors.call("ListLayers",
                    () -> lambda.listLayers(request -> request.maxItems(pageSize).marker(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.layers()), response.nextMarker());
        }
    }
}
