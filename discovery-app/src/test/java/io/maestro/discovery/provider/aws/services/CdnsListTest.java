package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cdns-list}: cloudfront ListDistributions and ListStreamingDistributions (REST-XML) → CDN applications. */
class CdnsListTest extends AwsServiceTest {

    private static final String DISTRIBUTIONS = "/2020-05-31/distribution";

    private AwsTask task;

    @BeforeEach
    void setUp() {
        task = new AwsManagedServiceTasks().awsCdnsList(AwsStubs.CLIENTS, new AwsPageSizes(5, 0, 1));
    }

    @Test
    void webDistributionsOfEveryPageBecomeWebCdns() {
        aws.stubFor(get(urlPathEqualTo(DISTRIBUTIONS)).withQueryParam("Marker", absent())
                .willReturn(AwsStubs.ok("text/xml", "cloudfront/list-distributions-page1.xml")));
        aws.stubFor(get(urlPathEqualTo(DISTRIBUTIONS)).withQueryParam("Marker", equalTo("E2QWRUHEXAMPLE2"))
                .willReturn(AwsStubs.ok("text/xml", "cloudfront/list-distributions-page2.xml")));

        DiscoveryCommand command = task.commands().get(0);
        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(task.commands()).extracting(DiscoveryCommand::name)
                .containsExactly("list_distributions", "list_streaming_distributions");
        assertThat(task.commands()).extracting(DiscoveryCommand::target)
                .containsOnly(new CommandTarget("applications", "unique_id", "CDN", "CloudFront (AWS)"));
        // CloudFront has its own page size setting (MAESTRO_SCAN_CDN_QTD), not MAESTRO_SCAN_QTD.
        aws.verify(getRequestedFor(urlPathEqualTo(DISTRIBUTIONS)).withQueryParam("MaxItems", equalTo("1")));
        assertThat(documents).extracting(document -> document.get("unique_id"))
                .containsExactly("E1A2B3C4D5E6F7", "E2QWRUHEXAMPLE2");

        Map<String, Object> assets = documents.get(0);
        assertThat(assets).containsEntry("name", "d111111abcdef8.cloudfront.net")
                .containsEntry("family", "CDN")
                .containsEntry("provider", "CloudFront (AWS)")
                .containsEntry("own", 1)
                .containsEntry("type", "Web")
                .containsEntry("status", "Deployed")
                .containsEntry("state", true)
                .containsEntry("active", true)
                .containsEntry("updated_at", "2025-10-01T12:03:44.519Z")
                .doesNotContainKey("created_at");
        assertThat(assets.get("origins")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("Quantity", 1);
        assertThat(assets.get("cache_behavior")).isEqualTo(Map.of("Quantity", 0));
        Map<String, Object> role = roleOf(assets);
        assertThat(role).containsEntry("arn", "arn:aws:cloudfront::123456789012:distribution/E1A2B3C4D5E6F7")
                .containsEntry("aliases", List.of("static.acme.example.com"))
                .containsEntry("comment", "Static assets")
                .containsEntry("price_class", "PriceClass_100")
                .containsEntry("enabled", true)
                .containsEntry("http_version", "http2and3")
                .containsEntry("ipv6_enabled", true)
                .containsEntry("restrictions", Map.of("GeoRestriction", Map.of("RestrictionType", "none",
                        "Quantity", 0)))
                // An empty WebACLId and empty behaviour lists are left out.
                .doesNotContainKeys("web_acl_id", "cache_behaviors", "custom_error");
        assertThat(role.get("origins")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("DomainName", "acme-prod-assets.s3.eu-west-1.amazonaws.com")
                .containsEntry("OriginAccessControlId", "E3OAC9EXAMPLE");
        assertThat(role.get("default_cache_behavior")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("ViewerProtocolPolicy", "redirect-to-https");

        Map<String, Object> api = documents.get(1);
        assertThat(api).containsEntry("status", "InProgress").containsEntry("state", false)
                .containsEntry("active", true);
        assertThat(roleOf(api)).containsEntry("web_acl_id", "arn:aws:wafv2:us-east-1:123456789012:global/webacl/"
                        + "api-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                .containsEntry("custom_error", List.of(Map.of("ErrorCode", 503, "ResponsePagePath", "/maintenance.html",
                        "ResponseCode", "503", "ErrorCachingMinTTL", 10L)))
                .doesNotContainKeys("aliases", "comment");
        assertThat(roleOf(api).get("cache_behaviors")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("PathPattern", "/health");
    }

    @Test
    void streamingDistributionsBecomeRtmpCdns() {
        aws.stubFor(get(urlPathEqualTo("/2020-05-31/streaming-distribution"))
                .willReturn(AwsStubs.ok("text/xml", "cloudfront/list-streaming-distributions.xml")));

        List<Map<String, Object>> documents = AwsStubs.documents(task.commands().get(1), connection);

        assertThat(documents).singleElement().satisfies(rtmp -> {
            assertThat(rtmp).containsEntry("name", "s5c39gqb8ow64r.cloudfront.net")
                    .containsEntry("unique_id", "EGTXBD79EXAMPLE")
                    .containsEntry("type", "RTMP")
                    .containsEntry("status", "Deployed")
                    .containsEntry("state", true)
                    .containsEntry("active", true)
                    .containsEntry("updated_at", "2018-05-17T09:30:00Z")
                    .doesNotContainKeys("origins", "cache_behavior");
            assertThat(roleOf(rtmp)).isEqualTo(Map.of(
                    "arn", "arn:aws:cloudfront::123456789012:streaming-distribution/EGTXBD79EXAMPLE",
                    "comment", "Legacy video streaming",
                    "price_class", "PriceClass_100",
                    "enabled", true,
                    "s3_origin", Map.of("DomainName", "acme-media.s3.amazonaws.com",
                            "OriginAccessIdentity", "origin-access-identity/cloudfront/E74FTE3AEXAMPLE"),
                    "trusted_signers", Map.of("Enabled", false, "Quantity", 0)));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roleOf(Map<String, Object> document) {
        return (Map<String, Object>) document.get("role");
    }
}
