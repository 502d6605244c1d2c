package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code search-list}: cloudsearch DescribeDomains (query protocol, SDK 2.40.2 on the 2.57 core) → Database. */
class SearchListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsSearchList(AwsStubs.CLIENTS).commands().get(0);
    }

    @Test
    void domainsBecomeCloudSearchDatabasesAndADeletedOneIsInactive() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeDomains"))
                .willReturn(AwsStubs.ok("text/xml", "cloudsearch/describe-domains.xml")));

        FetchedPage page = command.get(connection, AwsStubs.REGION, null);
        List<Map<String, Object>> documents = command.translate(page.items(), AwsStubs.context(connection));

        assertThat(command.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "Database", "CloudSearch (AWS)"));
        assertThat(page.hasNext()).isFalse();
        assertThat(documents).hasSize(2);
        Map<String, Object> products = documents.get(0);
        assertThat(products).containsEntry("name", "product-search")
                .containsEntry("unique_id", "123456789012/product-search")
                .containsEntry("family", "Database")
                .containsEntry("provider", "CloudSearch (AWS)")
                .containsEntry("engine", "CloudSearch")
                .containsEntry("own", 1)
                .containsEntry("active", true);
        assertThat(products.get("role")).isEqualTo(Map.of(
                "arn", "arn:aws:cloudsearch:eu-west-1:123456789012:domain/product-search",
                "doc_service", Map.of("Endpoint",
                        "doc-product-search-7h4jkqwe2abcde6f.eu-west-1.cloudsearch.amazonaws.com"),
                "search_service", Map.of("Endpoint",
                        "search-product-search-7h4jkqwe2abcde6f.eu-west-1.cloudsearch.amazonaws.com"),
                "requires_index_documents", false,
                "processing", false,
                "search_instance_type", "search.small",
                "search_partition_count", 1,
                "search_instance_count", 2,
                "limits", Map.of("MaximumReplicationCount", 5, "MaximumPartitionCount", 10)));

        assertThat(documents.get(1)).containsEntry("name", "old-logs").containsEntry("active", false);
        assertThat(documents.get(1).get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("processing", true)
                .doesNotContainKeys("search_instance_type", "limits");
    }

    @Test
    void aWrongSecretIsReportedInAwsWordsWithoutTheSecret() {
        aws.stubFor(post(urlEqualTo("/"))
                .willReturn(AwsStubs.answer(403, "text/xml", "cloudsearch/signature-mismatch.xml")));

        assertThatThrownBy(() -> command.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("DescribeDomains failed: SignatureDoesNotMatch: The request signature we "
                        + "calculated does not match")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
        // An authentication failure is not retried.
        aws.verify(1, postRequestedFor(urlEqualTo("/")));
    }
}
