package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cache-list}: elasticache DescribeCacheClusters (query protocol) → Cache applications. */
class CacheListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsCacheList(AwsStubs.CLIENTS, new AwsPageSizes(5, 0, 0))
                .commands().get(0);
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeCacheClusters"))
                .withRequestBody(notContaining("Marker="))
                .willReturn(AwsStubs.ok("text/xml", "elasticache/describe-cache-clusters-page1.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeCacheClusters"))
                .withRequestBody(containing("Marker=c2Vzc2lvbnMtcmVkaXMtMDAx"))
                .willReturn(AwsStubs.ok("text/xml", "elasticache/describe-cache-clusters-page2.xml")));
    }

    @Test
    void clustersOfEveryPageBecomeCachesWithTheirNodes() {
        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(command.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "Cache", "Elastic Cache (AWS)"));
        // A page size below the API's minimum (20) is raised to it; node details are asked for.
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("MaxRecords=20"))
                .withRequestBody(containing("ShowCacheNodeInfo=true")));
        assertThat(documents).extracting(document -> document.get("unique_id"))
                .containsExactly("sessions-redis-001", "catalog-memcached");

        Map<String, Object> redis = documents.get(0);
        assertThat(redis).containsEntry("name", "sessions-redis")
                .containsEntry("family", "Cache")
                .containsEntry("provider", "Elastic Cache (AWS)")
                .containsEntry("own", 1)
                .containsEntry("engine", "redis")
                .containsEntry("active", true)
                .containsEntry("created_at", "2023-09-01T10:15:42.512Z")
                .containsEntry("cache_nodes", List.of(Map.of("CacheNodeId", "0001", "CacheNodeStatus", "available",
                        "CacheNodeCreateTime", "2023-09-01T10:15:42.512Z",
                        "Endpoint", Map.of("Address", "sessions-redis-001.x1y2z3.0001.euw1.cache.amazonaws.com",
                                "Port", 6379),
                        "ParameterGroupStatus", "in-sync", "CustomerAvailabilityZone", "eu-west-1a")));
        assertThat(redis.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("cache_node_type", "cache.r6g.large")
                .containsEntry("engine", "redis")
                .containsEntry("engine_version", "7.1.0")
                .containsEntry("cache_cluster_status", "available")
                .containsEntry("num_cache_nodes", 1)
                .containsEntry("preferred_availability_zone", "eu-west-1a")
                .containsEntry("preferred_maintenance_window", "sun:05:00-sun:06:00")
                .containsEntry("cache_subnet_group_name", "sessions-subnets")
                .containsEntry("replication_group_id", "sessions-redis")
                .containsEntry("snapshot_retention_limit", 1)
                .containsEntry("snapshot_window", "04:00-05:00")
                .containsEntry("auth_token_enabled", false)
                .containsEntry("transit_encryption_enabled", true)
                .containsEntry("at_rest_encryption_enabled", true)
                .doesNotContainKey("configuration_endpoint");
        assertThat(redis.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("region", "eu-west-1")
                .containsEntry("security_groups", List.of(Map.of("SecurityGroupId", "sg-0123456789abcdef0",
                        "Status", "active")))
                .containsEntry("cache_parameter_group", Map.of("CacheParameterGroupName", "default.redis7",
                        "ParameterApplyStatus", "in-sync", "CacheNodeIdsToReboot", List.of()))
                .doesNotContainKey("cache_security_groups");

        Map<String, Object> memcached = documents.get(1);
        assertThat(memcached).containsEntry("name", "catalog-memcached")
                .containsEntry("engine", "memcached")
                .doesNotContainKeys("cache_nodes", "created_at");
        assertThat(memcached.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("configuration_endpoint", Map.of(
                        "Address", "catalog-memcached.x1y2z3.cfg.euw1.cache.amazonaws.com", "Port", 11211))
                .containsEntry("cache_cluster_status", "creating")
                .containsEntry("preferred_availability_zone", "Multiple");
    }
}
