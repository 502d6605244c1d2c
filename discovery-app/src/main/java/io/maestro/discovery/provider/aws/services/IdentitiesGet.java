package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.ListIdentitiesResponse;

/**
 * SES identities (domains and addresses): ses ListIdentities. Like {@link QueuesGet} it reads every page itself
 * ({@link AllPages}) and returns one item {@code {Identities: [...]}}, because the translation folds all of a region's
 * identities into one application.
 */
final class IdentitiesGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    IdentitiesGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (SesClient ses = clients.build(SesClient.builder(), connection, region)) {
            List<String> identities = AllPages.read("ListIdentities", token -> {
                ListIdentitiesResponse response = AwsErrors.call("ListIdentities",
                        () -> ses.listIdentities(request -> request.maxItems(pageSize).nextToken(token)));
                return new AllPages.Page(response.identities(), response.nextToken());
            });
            return FetchedPage.last(identities.isEmpty() ? List.of() : List.of(Map.of("Identities", identities)));
        }
    }
}
