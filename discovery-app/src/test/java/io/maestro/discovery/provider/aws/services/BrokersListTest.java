package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code brokers-list}: sqs ListQueues (AWS JSON 1.0) → one Broker application per account and region. */
class BrokersListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsBrokersList(AwsStubs.CLIENTS).commands().get(0);
    }

    @Test
    void queuesOfAllPagesFoldIntoOneApplicationOfTheAccount() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSQS.ListQueues"))
                .withRequestBody(equalToJson("{\"MaxResults\":1000}"))
                .willReturn(AwsStubs.ok(JSON, "sqs/list-queues-page1.json")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSQS.ListQueues"))
                .withRequestBody(equalToJson("{\"MaxResults\":1000,\"NextToken\":\"AQEBXuE7n2Ny0SKoYz3X8Vmw==\"}"))
                .willReturn(AwsStubs.ok(JSON, "sqs/list-queues-page2.json")));

        List<FetchedPage> pages = AwsStubs.crawl(command, connection);
        List<Map<String, Object>> documents = command.translate(pages.get(0).items(), AwsStubs.context(connection));

        assertThat(command.target()).isEqualTo(new CommandTarget("applications", "unique_id", "Broker", "SQS (AWS)"));
        assertThat(pages).hasSize(1);
        List<String> urls = List.of("https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
                "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-dlq",
                "https://sqs.eu-west-1.amazonaws.com/123456789012/payments.fifo");
        assertThat(pages.get(0).items()).containsExactly(Map.of("QueueUrls", urls));
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0)).containsEntry("name", "SQS - 123456789012")
                .containsEntry("unique_id", "123456789012_eu-west-1")
                .containsEntry("family", "Broker")
                .containsEntry("provider", "SQS (AWS)")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("urls", urls)
                .containsEntry("queues", List.of("orders", "orders-dlq", "payments.fifo"))
                .containsEntry("checksum", Checksums.of(Map.of("QueueUrls", urls)))
                .containsEntry("datacenters", Map.of("name", "AWS Ireland", "_id", "6563a1f2c3d4e5f6a7b8c9d1",
                        "provider", "AWS", "region", "eu-west-1"));
    }

    @Test
    void aRegionWithoutQueuesGivesNothing() {
        aws.stubFor(post(urlEqualTo("/")).willReturn(AwsStubs.ok(JSON, "sqs/list-queues-empty.json")));

        FetchedPage page = command.get(connection, AwsStubs.REGION, null);

        assertThat(page.items()).isEmpty();
        assertThat(command.translate(page.items(), AwsStubs.context(connection))).isEmpty();
    }

    @Test
    void urlsThatAreNotQueueUrlsAreSkipped() {
        List<Map<String, Object>> documents = command.translate(List.of(Map.of("QueueUrls", List.of(
                "https://sqs.eu-west-1.amazonaws.com/", "not a url",
                "http://localhost:4566/000000000000/local-queue"))),
                AwsStubs.context(connection));

        assertThat(documents).singleElement().satisfies(document -> assertThat(document)
                .containsEntry("name", "SQS - 000000000000")
                .containsEntry("queues", List.of("local-queue")));
    }

    @Test
    void refusedCredentialsBecomeAProviderErrorInAwsWordsWithoutTheSecret() {
        aws.stubFor(post(urlEqualTo("/")).willReturn(AwsStubs.answer(403, JSON, "sqs/invalid-client-token.json")
                .withHeader("x-amzn-query-error", "InvalidClientTokenId;Sender")));

        assertThatThrownBy(() -> command.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("ListQueues failed: InvalidClientTokenId: "
                        + "The security token included in the request is invalid.")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
    }
}
