package io.maestro.discovery.provider.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** AWS against the recorded EC2 answers of {@code src/test/resources/aws/ec2}. */
final class AwsContractFixture implements ProviderContractFixture {

    private final AwsTestCloud aws = new AwsTestCloud();

    @Override
    public String provider() {
        return "aws";
    }

    /** §4.2's, and {@code autoscaling-support-list}, which has a command here (compatibility.md D23). */
    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "loadbalance-list", "autoscaling-list", "autoscaling-support-list", "dbs-list", "storage-object-list",
                "brokers-list", "cache-list", "smtp-list", "volumes-list", "cdns-list", "snapshot-list", "images-list",
                "security-list", "serverless-list", "serverless-support-list", "search-list", "dynamodb-list",
                "gateway-list", "network-list");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("access", "secret");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("secret");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        aws.server().resetAll();
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", "eyJ2IjoiMiIsImMiOiJwYWdlLTIiLCJzIjoxfQ==", "ec2/describe-instances-2.xml");
        aws.instanceTypes();
        aws.page("DescribeVolumes", null, "ec2/describe-volumes-1.xml");
        aws.page("DescribeVolumes", "AAEAAdJmYWtlLXZvbHVtZS1wYWdlLTI=", "ec2/describe-volumes-2.xml");
        aws.page("DescribeSnapshots", null, "ec2/describe-snapshots-1.xml");
        aws.page("DescribeSnapshots", "c25hcHNob3RzLXBhZ2UtMg==", "ec2/describe-snapshots-2.xml");
        aws.page("DescribeImages", null, "ec2/describe-images-1.xml");
        aws.page("DescribeImages", "aW1hZ2VzLXBhZ2UtMg==", "ec2/describe-images-2.xml");
        aws.page("DescribeSecurityGroups", null, "ec2/describe-security-groups-1.xml");
        aws.page("DescribeSecurityGroups", "c2dzLXBhZ2UtMg==", "ec2/describe-security-groups-2.xml");
        aws.page("DescribeVpcs", null, "ec2/describe-vpcs.xml");
        aws.page("DescribeSubnets", null, "ec2/describe-subnets-1.xml");
        aws.page("DescribeSubnets", "c3VibmV0cy1wYWdlLTI=", "ec2/describe-subnets-2.xml");
        aws.page("DescribeVpcPeeringConnections", null, "ec2/describe-vpc-peering-connections.xml");
        aws.page("DescribeVpnGateways", null, "ec2/describe-vpn-gateways.xml");
        aws.page("DescribeVpcEndpoints", null, "ec2/describe-vpc-endpoints.xml");
        aws.page("DescribeRouteTables", null, "ec2/describe-route-tables.xml");
        aws.page("DescribeNetworkInterfaces", null, "ec2/describe-network-interfaces.xml");
        aws.page("DescribeNatGateways", null, "ec2/describe-nat-gateways.xml");
        aws.page("DescribeNetworkAcls", null, "ec2/describe-network-acls.xml");
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        for (String task : new String[] {"server-list", "volumes-list", "snapshot-list", "images-list", "security-list",
                "network-list"}) {
            runs.put(task, aws.connection());
        }
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        aws.server().resetAll();
        aws.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/xml").withBody(AwsTestCloud.resource("ec2/error-incomplete-signature.xml"))));
        return Map.entry("server-list", aws.connection());
    }

    @Override
    public void close() {
        aws.close();
    }
}
