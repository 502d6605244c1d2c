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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;

/**
 * SQS queues: sqs ListQueues. Unlike the other Gets this one reads every page itself and returns them as one item
 * {@code {QueueUrls: [...]}} (the shape of the response): the translation folds the queues into one application per
 * account, which must list all of them, and a fold split over pages would store only the last page's queues.
 */
final class QueuesGet implements AwsCommand.AwsGet {

    /** The most ListQueues returns per call. */
    static final int MAX_RESULTS = 1000;

    private final AwsClients clients;

    QueuesGet(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (SqsClient sqs = clients.build(SqsClient.builder(), connection, region)) {
            List<String> urls = new ArrayList<>();
            String token = pageToken;
            do {
                String previous = token;
                ListQueuesResponse response = AwsErrors.call("ListQueues",
                        () -> sqs.listQueues(request -> request.maxResults(MAX_RESULTS).nextToken(previous)));
                urls.addAll(response.queueUrls());
                token = Objects.equals(response.nextToken(), previous) ? null : response.nextToken();
            } while (token != null && !token.isEmpty());
            return FetchedPage.last(urls.isEmpty() ? List.of() : List.of(Map.of("QueueUrls", List.copyOf(urls))));
        }
    }
}
