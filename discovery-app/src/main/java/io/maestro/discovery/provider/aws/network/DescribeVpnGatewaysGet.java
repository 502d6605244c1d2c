package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Virtual private gateways: {@code DescribeVpnGateways} has no pages, its one answer is the last page. */
public final class DescribeVpnGatewaysGet extends Ec2ListGet {

    public DescribeVpnGatewaysGet(AwsClients clients) {
        super(clients, "DescribeVpnGateways");
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        return FetchedPage.last(AwsPayloads.toMaps(ec2.describeVpnGateways().vpnGateways()));
    }
}
