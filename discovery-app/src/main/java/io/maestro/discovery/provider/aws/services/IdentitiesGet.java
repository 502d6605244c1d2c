package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import java.util.List;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.ListIdentitiesResponse;

/**
 * SES identities (domains and addresses): ses ListIdentities. Like {@link QueuesGet} it reads every page itself
 * ({@link AllPages}) and returns one item {@code {Identities: [...]}}, because the translation folds all of a region's
 * identities into one application.
 */
final class IdentitiesGet extends AwsListGet<SesClient> {

    IdentitiesGet(AwsClients clients, int pageSize) {
        super(clients, "ListIdentities", pageSize);
    }

    @Override
    protected AwsClients.Lease<SesClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(SesClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(SesClient ses, String pageToken) {
        List<String> identities = AllPages.read("ListIdentities", token -> {
            ListIdentitiesResponse response = ses.listIdentities(request -> request
                    .maxItems(pageSize()).nextToken(token));
            return new AllPages.Page(response.identities(), response.nextToken());
        });
        return AllPages.oneItem("Identities", identities);
    }
}
