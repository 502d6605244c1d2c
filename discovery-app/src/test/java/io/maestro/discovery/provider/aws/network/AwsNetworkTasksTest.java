package io.maestro.discovery.provider.aws.network;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsRecordedTest;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** {@code security-list} and the nine commands of {@code network-list} against recorded EC2 answers. */
class AwsNetworkTasksTest extends AwsRecordedTest {

    private final AwsNetworkTasks tasks = new AwsNetworkTasks();

    @Test
    void networkListRunsNineCommandsEachCleaningUpItsOwnFamily() {
        AwsTask task = tasks.awsNetworkList(aws.clients(), AwsPageSizes.DEFAULTS);

        assertThat(task.task()).isEqualTo("network-list");
        assertThat(task.commands()).extracting(DiscoveryCommand::name).containsExactly("describe_vpcs",
                "describe_subnets", "describe_vpc_peering_connections", "describe_vpn_gateways",
                "describe_vpc_endpoints", "describe_route_tables", "describe_network_interfaces",
                "describe_nat_gateways", "describe_network_acls");
        assertThat(task.commands()).extracting(DiscoveryCommand::target).containsExactly(
                network("Vpc"), network("Subnet"), network("VpcPeering"), network("VpnGateways"),
                network("VpcEndpoint"), network("RouteTable"), network("NetworkInterfaces"), network("NatGateway"),
                network("NetworkAcl"));
    }

    @Test
    void securityGroupsAreNamedByGroupNameAndCarryTheirRules() {
        aws.page("DescribeSecurityGroups", null, "ec2/describe-security-groups-1.xml");
        aws.page("DescribeSecurityGroups", "c2dzLXBhZ2UtMg==", "ec2/describe-security-groups-2.xml");
        AwsTask task = tasks.awsSecurityList(aws.clients(), AwsPageSizes.DEFAULTS);
        DiscoveryCommand command = task.commands().get(0);

        List<Map<String, Object>> groups = crawlAndTranslate(command);

        assertThat(task.task()).isEqualTo("security-list");
        assertThat(command.target()).isEqualTo(network("SecurityGroup"));
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeSecurityGroups"))
                .withFormParam("MaxResults", equalTo("200")));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsEntry("name", "web")
                .containsEntry("unique_id", "sg-0a1b2c3d4e5f60001")
                .containsEntry("family", "SecurityGroup")
                .containsEntry("group_name", "web")
                .containsEntry("description", "HTTPS from anywhere")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("owner_id", "123456789012")
                .containsEntry("environment", "Production")
                .containsEntry("tags", List.of(Map.of("key", "Environment", "value", "production")))
                .containsEntry("active", true)
                .as("AWS's empty lists are kept as AWS sent them")
                .containsEntry("ip_permissions", List.of(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443,
                        "IpRanges", List.of(Map.of("CidrIp", "0.0.0.0/0", "Description", "public https")),
                        "UserIdGroupPairs", List.of(), "Ipv6Ranges", List.of(), "PrefixListIds", List.of())))
                .containsEntry("ip_permissions_egress", List.of(Map.of("IpProtocol", "-1",
                        "IpRanges", List.of(Map.of("CidrIp", "0.0.0.0/0")),
                        "UserIdGroupPairs", List.of(), "Ipv6Ranges", List.of(), "PrefixListIds", List.of())))
                .containsEntry("datacenters", datacenter(Map.of()))
                .doesNotContainKey("status");
        assertThat(groups.get(1)).containsEntry("name", "default")
                .containsEntry("ip_permissions", List.of(Map.of("IpProtocol", "-1",
                        "UserIdGroupPairs", List.of(Map.of("UserId", "123456789012",
                                "GroupId", "sg-0a1b2c3d4e5f60002")),
                        "IpRanges", List.of(), "Ipv6Ranges", List.of(), "PrefixListIds", List.of())))
                .doesNotContainKeys("ip_permissions_egress", "tags", "environment");
    }

    @Test
    void vpcs() {
        aws.page("DescribeVpcs", null, "ec2/describe-vpcs.xml");

        List<Map<String, Object>> vpcs = crawlAndTranslate(command("describe_vpcs"));

        assertThat(vpcs.get(0)).containsEntry("name", "Main")
                .containsEntry("unique_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("family", "Vpc")
                .containsEntry("cidr_block", "10.0.0.0/16")
                .containsEntry("cidr_block_association_set", List.of(Map.of("CidrBlock", "10.0.0.0/16",
                        "AssociationId", "vpc-cidr-assoc-0a1b2c3d4e5f60001",
                        "CidrBlockState", Map.of("State", "associated"))))
                .containsEntry("dhcp_options_id", "dopt-0a1b2c3d4e5f60001")
                .containsEntry("instance_tenancy", "default")
                .containsEntry("is_default", false)
                .containsEntry("owner_id", "123456789012")
                .containsEntry("environment", "Production")
                .containsEntry("status", "Available")
                .containsEntry("active", true)
                .doesNotContainKey("ipv6_cidr_block_association_set");
        assertThat(vpcs.get(1)).containsEntry("name", "vpc-0a1b2c3d4e5f60002")
                .containsEntry("status", "Pending")
                .containsEntry("is_default", true);
    }

    @Test
    void subnetsPageByPage() {
        aws.page("DescribeSubnets", null, "ec2/describe-subnets-1.xml");
        aws.page("DescribeSubnets", "c3VibmV0cy1wYWdlLTI=", "ec2/describe-subnets-2.xml");

        List<Map<String, Object>> subnets = crawlAndTranslate(command("describe_subnets"));

        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeSubnets"))
                .withFormParam("MaxResults", equalTo("200")));
        assertThat(subnets).hasSize(2);
        assertThat(subnets.get(0)).containsEntry("name", "Public-a")
                .containsEntry("unique_id", "subnet-0a1b2c3d4e5f60001")
                .containsEntry("family", "Subnet")
                .containsEntry("availability_zone", "us-east-1a")
                .containsEntry("available_ip_address_count", 249)
                .containsEntry("cidr_block", "10.0.1.0/24")
                .containsEntry("default_for_az", false)
                .containsEntry("map_public_ip_on_launch", true)
                .containsEntry("assign_ipv6_address_on_creation", false)
                .containsEntry("subnet_arn", "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0a1b2c3d4e5f60001")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("status", "Available")
                .containsEntry("datacenters", datacenter(Map.of("zone", List.of("us-east-1a"),
                        "subnet_zones", "us-east-1a")));
        assertThat(subnets.get(1)).containsEntry("name", "subnet-0a1b2c3d4e5f60002")
                .containsEntry("available_ip_address_count", 0);
    }

    @Test
    void vpcPeeringsTakeTheirStatusFromTheStatusCode() {
        aws.page("DescribeVpcPeeringConnections", null, "ec2/describe-vpc-peering-connections.xml");

        List<Map<String, Object>> peerings = crawlAndTranslate(command("describe_vpc_peering_connections"));

        assertThat(peerings.get(0)).containsEntry("name", "To-analytics")
                .containsEntry("unique_id", "pcx-0a1b2c3d4e5f60001")
                .containsEntry("family", "VpcPeering")
                .containsEntry("requester_vpc_info", Map.of("OwnerId", "123456789012",
                        "VpcId", "vpc-0a1b2c3d4e5f60001", "CidrBlock", "10.0.0.0/16", "Region", "us-east-1"))
                .containsEntry("accepter_vpc_info", Map.of("OwnerId", "210987654321",
                        "VpcId", "vpc-0f0e0d0c0b0a09081", "CidrBlock", "10.1.0.0/16", "Region", "us-east-1"))
                .containsEntry("status", "Active")
                .containsEntry("active", true);
        assertThat(peerings.get(1)).containsEntry("status", "Expired")
                .containsEntry("active", false)
                .containsEntry("expiration_time", "2026-11-10T00:00:00Z");
    }

    @Test
    void vpnGatewaysComeInOneAnswer() {
        aws.page("DescribeVpnGateways", null, "ec2/describe-vpn-gateways.xml");

        List<Map<String, Object>> gateways = crawlAndTranslate(command("describe_vpn_gateways"));

        aws.server().verify(1, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeVpnGateways")));
        assertThat(gateways.get(0)).containsEntry("name", "Office-vpn")
                .containsEntry("unique_id", "vgw-0a1b2c3d4e5f60001")
                .containsEntry("family", "VpnGateways")
                .containsEntry("type", "ipsec.1")
                .containsEntry("vpc_attachments", List.of(Map.of("VpcId", "vpc-0a1b2c3d4e5f60001",
                        "State", "attached")))
                .containsEntry("amazon_side_asn", 64512L)
                .containsEntry("status", "Available")
                .containsEntry("active", true);
        assertThat(gateways.get(1)).containsEntry("status", "Deleted").containsEntry("active", false)
                .doesNotContainKey("vpc_attachments");
    }

    @Test
    void vpcEndpoints() {
        aws.page("DescribeVpcEndpoints", null, "ec2/describe-vpc-endpoints.xml");

        List<Map<String, Object>> endpoints = crawlAndTranslate(command("describe_vpc_endpoints"));

        assertThat(endpoints.get(0)).containsEntry("name", "vpce-0a1b2c3d4e5f60001")
                .containsEntry("family", "VpcEndpoint")
                .containsEntry("vpc_endpoint_type", "Gateway")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("service_name", "com.amazonaws.us-east-1.s3")
                .containsEntry("policy_document", "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}")
                .containsEntry("route_table_ids", List.of("rtb-0a1b2c3d4e5f60001"))
                .containsEntry("private_dns_enabled", false)
                .containsEntry("created_at", "2026-09-15T10:00:00Z")
                .containsEntry("updated_at", "2026-09-15T10:00:00Z")
                .containsEntry("status", "Available")
                .containsEntry("active", true)
                .doesNotContainKeys("subnet_ids", "groups", "dns_entries", "tags");
        assertThat(endpoints.get(1)).containsEntry("status", "Rejected")
                .containsEntry("active", false)
                .containsEntry("subnet_ids", List.of("subnet-0a1b2c3d4e5f60001"))
                .containsEntry("groups", List.of(Map.of("GroupId", "sg-0a1b2c3d4e5f60001", "GroupName", "web")))
                .containsEntry("network_interface_ids", List.of("eni-0a1b2c3d4e5f60009"))
                .containsEntry("dns_entries", List.of(Map.of(
                        "DnsName", "vpce-0a1b2c3d4e5f60002-abcdefgh.sqs.us-east-1.vpce.amazonaws.com",
                        "HostedZoneId", "Z7HUB22UULQXV")));
    }

    @Test
    void routeTablesAskForAtMostAHundred() {
        aws.page("DescribeRouteTables", null, "ec2/describe-route-tables.xml");

        Map<String, Object> table = crawlAndTranslate(command("describe_route_tables")).get(0);

        aws.server().verify(postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeRouteTables"))
                .withFormParam("MaxResults", equalTo("100")));
        assertThat(table).containsEntry("name", "Private routes")
                .containsEntry("unique_id", "rtb-0a1b2c3d4e5f60001")
                .containsEntry("family", "RouteTable")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("routes", List.of(
                        Map.of("DestinationCidrBlock", "10.0.0.0/16", "GatewayId", "local", "State", "active",
                                "Origin", "CreateRouteTable"),
                        Map.of("DestinationCidrBlock", "0.0.0.0/0", "NatGatewayId", "nat-0a1b2c3d4e5f60001",
                                "State", "active", "Origin", "CreateRoute")))
                .containsEntry("associations", List.of(Map.of("RouteTableAssociationId", "rtbassoc-0a1b2c3d4e5f60001",
                        "RouteTableId", "rtb-0a1b2c3d4e5f60001", "Main", true,
                        "AssociationState", Map.of("State", "associated"))))
                .containsEntry("propagating_vgws", List.of(Map.of("GatewayId", "vgw-0a1b2c3d4e5f60001")))
                .containsEntry("active", true)
                .doesNotContainKey("status");
    }

    @Test
    void networkInterfacesReadTheirTagSetAndStatus() {
        aws.page("DescribeNetworkInterfaces", null, "ec2/describe-network-interfaces.xml");

        List<Map<String, Object>> interfaces = crawlAndTranslate(command("describe_network_interfaces"));

        assertThat(interfaces.get(0)).containsEntry("name", "Web-01 eth0")
                .containsEntry("unique_id", "eni-0a1b2c3d4e5f60001")
                .containsEntry("family", "NetworkInterfaces")
                .containsEntry("environment", "Production")
                .containsEntry("tags", List.of(Map.of("key", "Name", "value", "web-01 eth0"),
                        Map.of("key", "Environment", "value", "production")))
                .containsEntry("description", "Primary network interface")
                .containsEntry("interface_type", "interface")
                .containsEntry("mac_address", "0e:1a:2b:3c:4d:5e")
                .containsEntry("private_ip_address", "10.0.1.12")
                .containsEntry("private_dns_name", "ip-10-0-1-12.ec2.internal")
                .containsEntry("requester_managed", false)
                .containsEntry("source_dest_check", true)
                .containsEntry("subnet_id", "subnet-0a1b2c3d4e5f60001")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("availability_zone", "us-east-1a")
                .containsEntry("groups", List.of(Map.of("GroupId", "sg-0a1b2c3d4e5f60001", "GroupName", "web")))
                .containsEntry("association", Map.of("PublicIp", "54.210.1.12",
                        "PublicDnsName", "ec2-54-210-1-12.compute-1.amazonaws.com", "IpOwnerId", "amazon"))
                .containsEntry("private_ip_addresses", List.of(Map.of("PrivateIpAddress", "10.0.1.12",
                        "PrivateDnsName", "ip-10-0-1-12.ec2.internal", "Primary", true)))
                .containsEntry("status", "In-use")
                .containsEntry("active", true);
        assertThat(interfaces.get(0).get("attachment")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("InstanceId", "i-0a1b2c3d4e5f60001").containsEntry("DeviceIndex", 0);
        assertThat(interfaces.get(1)).containsEntry("name", "eni-0a1b2c3d4e5f60002")
                .containsEntry("requester_id", "AWS-NAT-GATEWAY")
                .containsEntry("status", "Detaching")
                .containsEntry("active", false)
                .doesNotContainKeys("attachment", "association", "tags");
    }

    @Test
    void natGateways() {
        aws.page("DescribeNatGateways", null, "ec2/describe-nat-gateways.xml");

        List<Map<String, Object>> gateways = crawlAndTranslate(command("describe_nat_gateways"));

        Map<String, Object> raw = AwsTestCloud.items(aws.crawl(command("describe_nat_gateways"), REGION)).get(0);
        assertThat(gateways.get(0)).containsEntry("name", "Egress-a")
                .containsEntry("unique_id", "nat-0a1b2c3d4e5f60001")
                .containsEntry("family", "NatGateway")
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("subnet_id", "subnet-0a1b2c3d4e5f60001")
                .containsEntry("nat_gateway_addresses", List.of(Map.of("AllocationId", "eipalloc-0a1b2c3d4e5f60001",
                        "NetworkInterfaceId", "eni-0a1b2c3d4e5f60002", "PrivateIp", "10.0.2.7",
                        "PublicIp", "3.210.10.20", "IsPrimary", true, "Status", "succeeded")))
                .containsEntry("created_at", "2026-09-15T11:00:00Z")
                .containsEntry("status", "Available")
                .containsEntry("active", true)
                .containsEntry("checksum", Checksums.of(raw));
        assertThat(gateways.get(1)).containsEntry("status", "Failed")
                .containsEntry("active", false)
                .containsEntry("failure_code", "Gateway.NotAttached")
                .containsEntry("failure_message", "Network vpc-0a1b2c3d4e5f60001 has no Internet gateway attached")
                .containsEntry("delete_time", "2026-11-01T11:05:00Z");
    }

    @Test
    void networkAclsAskForAtMostAHundred() {
        aws.page("DescribeNetworkAcls", null, "ec2/describe-network-acls.xml");

        Map<String, Object> acl = crawlAndTranslate(command("describe_network_acls")).get(0);

        aws.server().verify(postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeNetworkAcls"))
                .withFormParam("MaxResults", equalTo("100")));
        assertThat(acl).containsEntry("name", "acl-0a1b2c3d4e5f60001")
                .containsEntry("family", "NetworkAcl")
                .containsEntry("is_default", true)
                .containsEntry("vpc_id", "vpc-0a1b2c3d4e5f60001")
                .containsEntry("entries", List.of(Map.of("RuleNumber", 100, "Protocol", "-1", "RuleAction", "allow",
                        "Egress", false, "CidrBlock", "0.0.0.0/0")))
                .containsEntry("associations", List.of(Map.of("NetworkAclAssociationId", "aclassoc-0a1b2c3d4e5f60001",
                        "NetworkAclId", "acl-0a1b2c3d4e5f60001", "SubnetId", "subnet-0a1b2c3d4e5f60001")))
                .containsEntry("active", true);
    }

    private DiscoveryCommand command(String name) {
        return tasks.awsNetworkList(aws.clients(), AwsPageSizes.DEFAULTS).commands().stream()
                .filter(command -> command.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static CommandTarget network(String family) {
        return CommandTarget.of(Inventory.NETWORKS, family, null);
    }
}
