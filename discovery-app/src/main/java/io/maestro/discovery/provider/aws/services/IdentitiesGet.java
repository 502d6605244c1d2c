package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.ListIdentitiesResponse;

/**
 * SES identities (domains and addresses): ses ListIdentities. Like {@link QueuesGet} it reads every page itself and
 * returns one item {@code {Identities: [...]}}, because the translation folds all of a region's identities into one
 * application.
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
            List<String> identities = new ArrayList<>();
            String token = pageToken;
            do {
                String previous = token;
                ListIdentitiesResponse response = AwsErrors.call("ListIdentities",
                        () -> ses.listIdentities(request -> request.maxItems(pageSize).nextToken(previous)));
                identities.addAll(response.identities());
                token = Objects.equals(response.nextToken(), previous) ? null : response.nextToken();
            } while (token != null && !token.isEmpty());
            return FetchedPage.last(identities.isEmpty()
                    ? List.of() : List.of(Map.of("Identities", List.copyOf(identities))));
        }
    }
}
