package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code network-list}, {@code security-list} (Neutron) and {@code loadbalance-list} (Octavia). */
class OpenStackNetworkTasksTest extends OpenStackRecordedTest {

    private static final String PROJECT = OpenStackTestCloud.PROJECT_ID;
    private static final String PRIVATE_NET = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";

    @Test
    void networksSubnetsPortsAndRoutersEachInTheirFamily() {
        openstack.recordAll();

        Map<String, Object> network = named(crawlAndTranslate("network-list", "networks"), "private-net");
        List<Map<String, Object>> subnets = crawlAndTranslate("network-list", "subnets");
        List<Map<String, Object>> ports = crawlAndTranslate("network-list", "ports");
        Map<String, Object> router = named(crawlAndTranslate("network-list", "routers"), "edge-router");

        assertThat(network).containsEntry("unique_id", PRIVATE_NET).containsEntry("family", "Network")
                .containsEntry("status", "Active").containsEntry("admin_state_up", true)
                .containsEntry("project_id", PROJECT).containsEntry("subnets", List.of("e3f4a5b6-c7d8-4e9f-8a0b-2c3d4e5f6a7b"))
                .containsEntry("shared", false).containsEntry("external", false).containsEntry("mtu", 1450)
                .containsEntry("port_security_enabled", true).containsEntry("type", "vxlan")
                .containsEntry("tags", List.of(Map.of("key", "tier:web", "value", "true")))
                .containsEntry("datacenters", datacenter(Map.of("project_id", PROJECT)))
                .doesNotContainKeys("description", "availability_zone_hints");
        assertThat(named(subnets, "private-subnet")).containsEntry("family", "Subnet")
                .containsEntry("cidr_block", "10.10.0.0/24").containsEntry("vpc_id", PRIVATE_NET)
                .containsEntry("network_id", PRIVATE_NET).containsEntry("gateway_ip", "10.10.0.1")
                .containsEntry("ip_version", 4).containsEntry("enable_dhcp", true)
                .containsEntry("allocation_pools", List.of(Map.of("start", "10.10.0.2", "end", "10.10.0.254")))
                .containsEntry("dns_nameservers", List.of("10.0.0.53"));
        assertThat(subnets).extracting(subnet -> subnet.get("name"))
                .containsExactly("private-subnet", "f4a5b6c7-d8e9-4f0a-9b1c-3d4e5f");
        assertThat(ports).extracting(port -> port.get("device_owner"))
                .containsExactly("compute:nova", "compute:nova", "network:router_interface");
        assertThat(ports.get(0)).containsEntry("family", "Port")
                .containsEntry("device_id", "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
                .containsEntry("private_ip_address", "10.10.0.11").containsEntry("mac_address", "fa:16:3e:b6:bb:01")
                .containsEntry("vpc_id", PRIVATE_NET)
                .containsEntry("security_groups", List.of("e9f0a1b2-c3d4-4e5f-8a6b-8c9d0e1f2a3b",
                        "f0a1b2c3-d4e5-4f6a-9b7c-9d0e1f2a3b4c"));
        assertThat(router).containsEntry("family", "Router")
                .containsEntry("vpc_id", "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
                .containsEntry("routes", List.of(Map.of("destination", "192.168.0.0/16", "nexthop", "10.10.0.254")));
        // Neutron lists what other projects share (everything, to an admin): only the project's own are asked for
        openstack.server().verify(2, getRequestedFor(urlPathEqualTo(OpenStackTestCloud.NETWORK + "/v2.0/ports"))
                .withQueryParam("project_id", equalTo(PROJECT)));
    }

    @Test
    void securityGroupsCarryTheirRulesByDirection() {
        openstack.recordAll();

        List<Map<String, Object>> groups = crawlAndTranslate("security-list", "security_groups");

        assertThat(named(groups, "web")).containsEntry("unique_id", "f0a1b2c3-d4e5-4f6a-9b7c-9d0e1f2a3b4c")
                .containsEntry("family", "SecurityGroup").containsEntry("group_name", "web")
                .containsEntry("description", "HTTP and HTTPS from anywhere")
                .containsEntry("ip_permissions", List.of(
                        Map.of("id", "r-4", "ethertype", "IPv4", "protocol", "tcp", "port_range_min", 80,
                                "port_range_max", 80, "remote_ip_prefix", "0.0.0.0/0"),
                        Map.of("id", "r-5", "ethertype", "IPv4", "protocol", "tcp", "port_range_min", 443,
                                "port_range_max", 443, "remote_ip_prefix", "0.0.0.0/0")))
                .containsEntry("tags", List.of(Map.of("key", "public", "value", "true")))
                .doesNotContainKey("ip_permissions_egress");
        assertThat(named(groups, "default").get("ip_permissions_egress")).isEqualTo(List.of(
                Map.of("id", "r-1", "ethertype", "IPv4", "protocol", "any"),
                Map.of("id", "r-2", "ethertype", "IPv6", "protocol", "any")));
        assertThat(named(groups, "default").get("ip_permissions")).isEqualTo(List.of(
                Map.of("id", "r-3", "ethertype", "IPv4", "protocol", "any",
                        "remote_group_id", "e9f0a1b2-c3d4-4e5f-8a6b-8c9d0e1f2a3b")));
    }

    @Test
    void octaviaLoadBalancersAreLoadbalanceApplications() {
        openstack.recordAll();

        List<Map<String, Object>> balancers = crawlAndTranslate("loadbalance-list", "loadbalancers");

        assertThat(named(balancers, "web-lb")).containsEntry("unique_id", "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d")
                .containsEntry("family", "Loadbalance").containsEntry("provider", "OpenStack (HaProxy)")
                .containsEntry("own", 1).containsEntry("status", "Online").containsEntry("state", "ACTIVE")
                .containsEntry("active", true).containsEntry("created_at", "2026-10-05T12:00:00")
                .containsEntry("role", Map.of("endpoint", "10.10.0.100", "vip_port_id", "vp-0a1b",
                        "vip_subnet_id", "e3f4a5b6-c7d8-4e9f-8a0b-2c3d4e5f6a7b", "vip_network_id", PRIVATE_NET,
                        "listeners", List.of("li-0a1b"), "pools", List.of("po-0a1b"), "driver", "amphora"))
                .containsEntry("tags", List.of(Map.of("key", "environment=prod", "value", "true")))
                .containsEntry("datacenters", datacenter(Map.of("project_id", PROJECT, "admin_state_up", true)));
        assertThat(named(balancers, "api-lb-failed")).containsEntry("status", "Offline").containsEntry("active", false);
        openstack.server().verify(getRequestedFor(urlPathEqualTo(OpenStackTestCloud.LOAD_BALANCER
                + "/v2/lbaas/loadbalancers")).withQueryParam("project_id", equalTo(PROJECT)));
    }
}
