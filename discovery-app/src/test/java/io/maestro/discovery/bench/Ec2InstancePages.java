package io.maestro.discovery.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Map;

/**
 * Generated recorded pages of EC2 DescribeInstances, in the XML AWS answers: running instances of a few types over
 * three zones, each with a volume, a security group and four tags, and DescribeInstanceTypes' sizes of those types.
 * The same count always gives the same pages.
 */
public final class Ec2InstancePages {

    /** The instances' types, with their vCPUs and memory in MiB as DescribeInstanceTypes answers them. */
    private static final Map<String, List<Integer>> TYPES = Map.of(
            "t3.micro", List.of(2, 1024),
            "m5.large", List.of(2, 8192),
            "c5.xlarge", List.of(4, 8192));
    private static final List<String> TYPE_NAMES = List.of("t3.micro", "m5.large", "c5.xlarge");
    private static final List<String> ROLES = List.of("frontend", "worker", "database", "cache");

    private Ec2InstancePages() {
    }

    /** Stubs {@code instances} instances in pages of {@code pageSize} (page n+1 behind the token {@code page-n+1}). */
    public static void serve(WireMockServer aws, int instances, int pageSize) {
        int pages = Math.max(1, (instances + pageSize - 1) / pageSize);
        for (int page = 0; page < pages; page++) {
            int from = page * pageSize;
            int to = Math.min(instances, from + pageSize);
            String next = page + 1 < pages ? "page-" + (page + 1) : null;
            aws.stubFor(post(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("DescribeInstances"))
                    .withFormParam("NextToken", page == 0 ? absent() : equalTo("page-" + page))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                            .withBody(page(from, to, next))));
        }
        aws.stubFor(post(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeInstanceTypes"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                        .withBody(instanceTypes())));
    }

    /** Every type's size in one answer, whichever types the call asks for. */
    private static String instanceTypes() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<DescribeInstanceTypesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">")
                .append("<requestId>bench-types</requestId><instanceTypeSet>");
        TYPES.forEach((type, size) -> xml.append("<item><instanceType>").append(type).append("</instanceType>")
                .append("<vCpuInfo><defaultVCpus>").append(size.get(0)).append("</defaultVCpus></vCpuInfo>")
                .append("<memoryInfo><sizeInMiB>").append(size.get(1)).append("</sizeInMiB></memoryInfo></item>"));
        return xml.append("</instanceTypeSet></DescribeInstanceTypesResponse>").toString();
    }

    private static String page(int from, int to, String nextToken) {
        StringBuilder xml = new StringBuilder(1400 * (to - from) + 400)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">")
                .append("<requestId>bench-").append(from).append("</requestId><reservationSet>");
        for (int n = from; n < to; n++) {
            instance(xml, n);
        }
        xml.append("</reservationSet>");
        if (nextToken != null) {
            xml.append("<nextToken>").append(nextToken).append("</nextToken>");
        }
        return xml.append("</DescribeInstancesResponse>").toString();
    }

    private static void instance(StringBuilder xml, int n) {
        String id = String.format("i-%017x", n);
        String ip = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        String zone = "us-east-1" + "abc".charAt(n % 3);
        String role = ROLES.get(n % ROLES.size());
        xml.append("<item><reservationId>r-").append(String.format("%017x", n)).append("</reservationId>")
                .append("<ownerId>123456789012</ownerId><groupSet/><instancesSet><item>")
                .append("<instanceId>").append(id).append("</instanceId>")
                .append("<imageId>ami-0c02fb55956c7d316</imageId>")
                .append("<instanceState><code>16</code><name>running</name></instanceState>")
                .append("<privateDnsName>ip-").append(ip.replace('.', '-')).append(".ec2.internal</privateDnsName>")
                .append("<dnsName/><reason/><keyName>deploy-2026</keyName><amiLaunchIndex>0</amiLaunchIndex>")
                .append("<productCodes/><instanceType>").append(TYPE_NAMES.get(n % TYPE_NAMES.size()))
                .append("</instanceType><launchTime>2026-10-01T12:00:00.000Z</launchTime>")
                .append("<placement><availabilityZone>").append(zone)
                .append("</availabilityZone><groupName/><tenancy>default</tenancy></placement>")
                .append("<monitoring><state>disabled</state></monitoring>")
                .append("<subnetId>subnet-0a1b2c3d4e5f6000").append(n % 3).append("</subnetId>")
                .append("<vpcId>vpc-0a1b2c3d4e5f60001</vpcId><privateIpAddress>").append(ip)
                .append("</privateIpAddress><sourceDestCheck>true</sourceDestCheck>")
                .append("<groupSet><item><groupId>sg-0a1b2c3d4e5f60001</groupId><groupName>").append(role)
                .append("</groupName></item></groupSet><architecture>x86_64</architecture>")
                .append("<rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>")
                .append("<blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>")
                .append(String.format("vol-%017x", n)).append("</volumeId><status>attached</status>")
                .append("<attachTime>2026-10-01T12:00:05.000Z</attachTime>")
                .append("<deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>")
                .append("<virtualizationType>hvm</virtualizationType><clientToken/><tagSet>")
                .append("<item><key>Name</key><value>").append(role).append('-').append(n).append("</value></item>")
                .append("<item><key>Environment</key><value>production</value></item>")
                .append("<item><key>Role</key><value>").append(role).append("</value></item>")
                .append("<item><key>team</key><value>team-").append(n % 20).append("</value></item>")
                .append("</tagSet><hypervisor>nitro</hypervisor><networkInterfaceSet/>")
                .append("<ebsOptimized>true</ebsOptimized></item></instancesSet></item>");
    }
}
