package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code storage-object-list}: s3 ListBuckets (REST-XML, path style) → ObjectStorage applications {@code S3 (AWS)}. */
class StorageObjectListTest extends AwsServiceTest {

    private static final String TOKEN = "eyJCdWNrZXROYW1lIjoiYWNtZS1sb2dzLmV1LXdlc3QtMSJ9";

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsStorageObjectList(AwsStubs.CLIENTS, AwsPageSizes.DEFAULTS)
                .commands().get(0);
    }

    @Test
    void theRegionsBucketsOfEveryPageBecomeObjectStorage() {
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("continuation-token", absent())
                .willReturn(AwsStubs.ok("application/xml", "s3/list-buckets-page1.xml")));
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("continuation-token", equalTo(TOKEN))
                .willReturn(AwsStubs.ok("application/xml", "s3/list-buckets-page2.xml")));

        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(command.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "ObjectStorage", "S3 (AWS)"));
        aws.verify(2, getRequestedFor(urlPathEqualTo("/"))
                .withQueryParam("bucket-region", equalTo("eu-west-1"))
                .withQueryParam("max-buckets", equalTo("1000")));
        assertThat(documents).extracting(document -> document.get("name"))
                .containsExactly("acme-prod-assets", "acme-logs.eu-west-1", "terraform-state-123456789012");
        assertThat(documents.get(0)).containsEntry("unique_id", "acme-prod-assets")
                .containsEntry("family", "ObjectStorage")
                .containsEntry("provider", "S3 (AWS)")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("created_at", "2021-04-12T10:22:31Z")
                .containsEntry("updated_at", "2021-04-12T10:22:31Z")
                .containsEntry("role", Map.of("arn", "arn:aws:s3:::acme-prod-assets", "region", "eu-west-1"))
                .containsEntry("datacenters", Map.of("name", "AWS Ireland", "_id", "6563a1f2c3d4e5f6a7b8c9d1",
                        "provider", "AWS", "region", "eu-west-1"));
        assertThat(documents.get(1)).containsEntry("role", Map.of("region", "eu-west-1"));
    }

    @Test
    void anUnknownAccessKeyIsReportedInAwsWordsWithoutTheSecret() {
        aws.stubFor(get(urlPathEqualTo("/"))
                .willReturn(AwsStubs.answer(403, "application/xml", "s3/invalid-access-key.xml")));

        assertThatThrownBy(() -> command.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("ListBuckets failed: InvalidAccessKeyId: "
                        + "The AWS Access Key Id you provided does not exist in our records.")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
    }
}
