package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;

/**
 * SQS queues: sqs ListQueues. Unlike the other Gets this one reads every page itself ({@link AllPages}) and returns
 * one item {@code {QueueUrls: [...]}} (the shape of the response): the translation folds the queues into one
 * application per account, which must list all of them.
 */
final class QueuesGet extends AwsListGet<SqsClient> {

    /** The most ListQueues returns per call. */
    static final int MAX_RESULTS = 1000;

    QueuesGet(AwsClients clients) {
        super(clients, "ListQueues");
    }

    @Override
    protected AwsClients.Lease<SqsClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(SqsClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(SqsClient sqs, String pageToken) {
        List<String> urls = AllPages.read("ListQueues", token -> {
            ListQueuesResponse response = sqs.listQueues(request -> request.maxResults(MAX_RESULTS).nextToken(token));
            return new AllPages.Page(response.queueUrls(), response.nextToken());
        });
        return AllPages.oneItem("QueueUrls", urls);
    }
}
