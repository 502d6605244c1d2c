package io.maestro.discovery.provider.aws.network;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.support.ProviderCommand.Get;
import io.maestro.discovery.provider.support.ProviderCommand.ItemTranslation;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The EC2 network tasks (§4.2): {@code security-list} and {@code network-list}, whose nine commands each load one
 * {@code family} of {@code networks}. Each command's cleanup is restricted to the family its documents carry (0.6's
 * rules named {@code Vpc} for peerings and {@code VpcPeering} for VPN gateways, so a peering sync deactivated VPCs).
 */
@Configuration(proxyBeanMethods = false)
public class AwsNetworkTasks {

    /** {@code DescribeRouteTables} and {@code DescribeNetworkAcls} accept at most 100. */
    private static final int SMALL_MAXIMUM = 100;

    @Bean
    AwsTask awsSecurityList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("security-list", List.of(command("describe_security_groups", "SecurityGroup",
                new DescribeSecurityGroupsGet(clients, Ec2ListGet.pageSizeOf(pageSizes)),
                new SecurityGroupTranslation())));
    }

    @Bean
    AwsTask awsNetworkList(AwsClients clients, AwsPageSizes pageSizes) {
        int page = Ec2ListGet.pageSizeOf(pageSizes);
        int smallPage = pageSizes.scan(SMALL_MAXIMUM, Ec2ListGet.MINIMUM_PAGE, SMALL_MAXIMUM);
        return new AwsTask("network-list", List.of(
                command("describe_vpcs", "Vpc", new DescribeVpcsGet(clients, page), new VpcTranslation()),
                command("describe_subnets", "Subnet", new DescribeSubnetsGet(clients, page), new SubnetTranslation()),
                command("describe_vpc_peering_connections", "VpcPeering",
                        new DescribeVpcPeeringConnectionsGet(clients, page), new VpcPeeringTranslation()),
                command("describe_vpn_gateways", "VpnGateways",
                        new DescribeVpnGatewaysGet(clients), new VpnGatewayTranslation()),
                command("describe_vpc_endpoints", "VpcEndpoint",
                        new DescribeVpcEndpointsGet(clients, page), new VpcEndpointTranslation()),
                command("describe_route_tables", "RouteTable",
                        new DescribeRouteTablesGet(clients, smallPage), new RouteTableTranslation()),
                command("describe_network_interfaces", "NetworkInterfaces",
                        new DescribeNetworkInterfacesGet(clients, page), new NetworkInterfaceTranslation()),
                command("describe_nat_gateways", "NatGateway",
                        new DescribeNatGatewaysGet(clients, page), new NatGatewayTranslation()),
                command("describe_network_acls", "NetworkAcl",
                        new DescribeNetworkAclsGet(clients, smallPage), new NetworkAclTranslation())));
    }

    private static ProviderCommand command(String name, String family, Get get, ItemTranslation translation) {
        return new ProviderCommand(name, CommandTarget.of(Inventory.NETWORKS, family, null), get, perItem(translation));
    }
}
