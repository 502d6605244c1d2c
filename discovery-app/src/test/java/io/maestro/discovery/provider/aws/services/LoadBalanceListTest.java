package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code loadbalance-list}: ELBv2 and classic DescribeLoadBalancers (query protocol) → Loadbalance applications. */
class LoadBalanceListTest extends AwsServiceTest {

    private AwsTask task;

    @BeforeEach
    void setUp() {
        task = new AwsManagedServiceTasks().awsLoadbalanceList(AwsStubs.CLIENTS, AwsPageSizes.DEFAULTS);
    }

    @Test
    void bothCommandsTargetLoadBalancerApplicationsOfTheElbProvider() {
        assertThat(task.task()).isEqualTo("loadbalance-list");
        assertThat(task.commands()).extracting(DiscoveryCommand::name)
                .containsExactly("describe_load_balancers", "describe_load_balancers_classic");
        assertThat(task.commands()).extracting(DiscoveryCommand::target).containsOnly(
                new CommandTarget("applications", "unique_id", "Loadbalance", "ELB (AWS)"));
    }

    @Test
    void elbV2PagesFollowTheMarkerAndTranslateFieldByField() {
        stubV2();

        List<FetchedPage> pages = AwsStubs.crawl(task.commands().get(0), connection);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).nextToken()).isEqualTo("ZmFrZS1tYXJrZXItcGFnZS0y");
        assertThat(pages.get(1).hasNext()).isFalse();
        aws.verify(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=DescribeLoadBalancers"))
                .withRequestBody(containing("PageSize=200"))
                .withRequestBody(containing("Marker=ZmFrZS1tYXJrZXItcGFnZS0y")));

        List<Map<String, Object>> documents = AwsStubs.documents(task.commands().get(0), connection);
        assertThat(documents).extracting(document -> document.get("unique_id"))
                .containsExactly("web-prod", "payments-nlb", "intranet");

        Map<String, Object> web = documents.get(0);
        assertThat(web).containsEntry("name", "web-prod")
                .containsEntry("family", "Loadbalance")
                .containsEntry("provider", "ELB (AWS)")
                .containsEntry("own", 1)
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("created_at", "2024-03-25T21:29:48.850Z")
                .containsEntry("updated_at", "2024-03-25T21:29:48.850Z")
                .containsEntry("checksum", Checksums.of(pages.get(0).items().get(0)))
                .containsEntry("environment", "Production")
                .containsEntry("tags", List.of(Map.of("key", "environment", "value", "production"),
                        Map.of("key", "applications", "value", "storefront")))
                .doesNotContainKeys("roles", "owner", "accountant");
        assertThat(web.get("role")).isEqualTo(Map.of(
                "endpoint", "web-prod-1234567890.eu-west-1.elb.amazonaws.com",
                "arn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web-prod/50dc6c495c0c9188",
                "canonical_hosted_zone", "Z32O12XQLNTSW2",
                "vpc_id", "vpc-3ac0fb5f",
                "type", "application",
                "scheme", "internet-facing",
                "ip_address_type", "ipv4"));
        @SuppressWarnings("unchecked")
        Map<String, Object> datacenter = (Map<String, Object>) web.get("datacenters");
        assertThat(datacenter).containsEntry("name", "AWS Ireland")
                .containsEntry("_id", "6563a1f2c3d4e5f6a7b8c9d1")
                .containsEntry("provider", "AWS")
                .containsEntry("region", "eu-west-1")
                .containsEntry("zone", List.of("eu-west-1a", "eu-west-1b"))
                .containsEntry("security_groups", List.of("sg-5943793c"));
        assertThat(datacenter.get("subnet_zones")).asList().hasSize(2);

        Map<String, Object> impaired = documents.get(1);
        assertThat(impaired).containsEntry("status", "Active_impaired").containsEntry("active", false)
                .doesNotContainKeys("tags", "environment");
        assertThat(impaired.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .doesNotContainKey("security_groups");

        // A tag without a value is no tag.
        assertThat(documents.get(2)).containsEntry("status", "Provisioning").containsEntry("active", true)
                .doesNotContainKeys("tags", "environment");
    }

    @Test
    void classicLoadBalancersHaveNoStateAndStayActive() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeLoadBalancers"))
                .withRequestBody(containing("Version=2012-06-01"))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-load-balancers-classic.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeTags"))
                .withRequestBody(containing("Version=2012-06-01"))
                .withRequestBody(containing("LoadBalancerNames.member.1=legacy-api"))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-tags-classic.xml")));

        List<Map<String, Object>> documents = AwsStubs.documents(task.commands().get(1), connection);

        assertThat(documents).hasSize(1);
        Map<String, Object> legacy = documents.get(0);
        assertThat(legacy).containsEntry("name", "legacy-api")
                .containsEntry("unique_id", "legacy-api")
                .containsEntry("active", true)
                .containsEntry("created_at", "2015-03-19T03:24:02.650Z")
                .containsEntry("environment", "Legacy")
                .containsEntry("tags", List.of(Map.of("key", "Environment", "value", "legacy")))
                .doesNotContainKey("status");
        @SuppressWarnings("unchecked")
        Map<String, Object> role = (Map<String, Object>) legacy.get("role");
        assertThat(role).containsEntry("endpoint", "legacy-api-1234567890.eu-west-1.elb.amazonaws.com")
                .containsEntry("vpc_id", "vpc-a01106c2")
                .containsEntry("healthcheck", "HTTP:8080/health")
                .containsEntry("canonical_hosted_zone_name", "legacy-api-1234567890.eu-west-1.elb.amazonaws.com")
                .containsEntry("canonical_hosted_zone_name_id", "Z3NF1Z3NOM5OY2")
                .containsEntry("instances", List.of(Map.of("InstanceId", "i-0a1b2c3d4e5f60718")))
                .doesNotContainKey("backend_server_descriptions");
        assertThat(role.get("health_check_classic")).isEqualTo(Map.of("HealthyThreshold", 2, "Interval", 30,
                "Target", "HTTP:8080/health", "Timeout", 5, "UnhealthyThreshold", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> datacenter = (Map<String, Object>) legacy.get("datacenters");
        assertThat(datacenter).containsEntry("zone", List.of("eu-west-1a"))
                .containsEntry("subnet_zones", List.of("eu-west-1a"))
                .containsEntry("canonical_hosted_zone_name_id", "Z3NF1Z3NOM5OY2");
        assertThat(datacenter.get("listener_descriptions")).asList().hasSize(1);
    }

    @Test
    void refusedCredentialsBecomeAProviderErrorInAwsWordsWithoutTheSecret() {
        aws.stubFor(post(urlEqualTo("/"))
                .willReturn(AwsStubs.answer(403, "text/xml", "elb/invalid-client-token.xml")));

        assertThatThrownBy(() -> task.commands().get(0).get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("DescribeLoadBalancers failed: InvalidClientTokenId: "
                        + "The security token included in the request is invalid.")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
    }

    @Test
    void aTagsAnswerQuotingTheAccessKeyFailsThePageWithTheKeyMasked() {
        stubV2();
        aws.stubFor(post(urlEqualTo("/")).atPriority(1).withRequestBody(containing("Action=DescribeTags"))
                .willReturn(AwsStubs.answer(400, "text/xml", "elb/error-incomplete-signature.xml")));

        assertThatThrownBy(() -> task.commands().get(0).get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("DescribeTags failed: IncompleteSignature: "
                        + "'****/20261128/eu-west-1/elasticloadbalancing/aws4_request'")
                .hasNoCause()
                .message().doesNotContain(AwsTestCloud.ACCESS_KEY);
    }

    private void stubV2() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeLoadBalancers"))
                .withRequestBody(containing("Version=2015-12-01"))
                .withRequestBody(notContaining("Marker="))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-load-balancers-v2-page1.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeLoadBalancers"))
                .withRequestBody(containing("Version=2015-12-01"))
                .withRequestBody(containing("Marker=ZmFrZS1tYXJrZXItcGFnZS0y"))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-load-balancers-v2-page2.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeTags"))
                .withRequestBody(containing("web-prod")).withRequestBody(containing("payments-nlb"))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-tags-v2-page1.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeTags"))
                .withRequestBody(containing("intranet"))
                .willReturn(AwsStubs.ok("text/xml", "elb/describe-tags-v2-page2.xml")));
    }
}
