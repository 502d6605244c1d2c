package io.maestro.discovery.provider.aws.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsRecordedTest;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.TestInventoryLookups;
import io.maestro.discovery.provider.support.Checksums;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsServerListTest extends AwsRecordedTest {

    private static final String PAGE_2 = "eyJ2IjoiMiIsImMiOiJwYWdlLTIiLCJzIjoxfQ==";
    private static final String TYPES_PAGE_2 = "dHlwZXMtcGFnZS0y";
    private static final TestInventoryLookups LOOKUPS = new TestInventoryLookups(
            Map.of("t3.micro", Map.of("api_name", "t3.micro",
                            "vcpus", "1 vCPUs" + " ".repeat(51) + "for a" + " ".repeat(17) + "4h 48m"
                                    + " ".repeat(17) + "burst",
                            "memory", "1.0 GiB"),
                    "m5.large", Map.of("api_name", "m5.large", "vcpus", "2 vCPUs", "memory", "8.0 GiB"),
                    "i3.metal", Map.of("api_name", "i3.metal", "vcpus", "N/A vCPUs", "memory", "512.0 GiB")),
            List.of(Map.of("_id", "64b7f0c2a1e4d3b2c1a0f9e1", "name", "billing", "family", "Application"),
                    Map.of("_id", "64b7f0c2a1e4d3b2c1a0f9e8", "name", "Payments API", "family", "ApiGateway"),
                    Map.of("_id", "64b7f0c2a1e4d3b2c1a0f9e9", "name", "unrelated", "family", "Application")));

    private DiscoveryCommand command;

    @BeforeEach
    void recordedInstances() {
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2.xml");
        AwsTask task = new AwsComputeTasks().awsServerList(aws.clients(), AwsPageSizes.DEFAULTS);
        assertThat(task.task()).isEqualTo("server-list");
        command = task.commands().get(0);
    }

    @Test
    void describesInstancesPageByPageFollowingTheNextToken() {
        aws.instanceTypes();
        List<FetchedPage> pages = aws.crawl(command, REGION);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).nextToken()).isEqualTo(PAGE_2);
        assertThat(pages.get(1).hasNext()).isFalse();
        assertThat(AwsTestCloud.items(pages)).extracting(item -> item.get("InstanceId")).containsExactly(
                "i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003", "i-0a1b2c3d4e5f60004",
                "i-0a1b2c3d4e5f60005");
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeInstances"))
                .withFormParam("MaxResults", equalTo("200")));
        assertThat(command.name()).isEqualTo("describe_instances");
        assertThat(command.target()).isEqualTo(CommandTarget.of(Inventory.SERVERS));
    }

    @Test
    void translatesARunningInstanceFieldByField() {
        ec2SizesTheRecordedTypes();
        Map<String, Object> raw = AwsTestCloud.items(aws.crawl(command, REGION)).get(0);

        Map<String, Object> server = command.translate(List.of(raw), aws.context(REGION, LOOKUPS)).get(0);

        assertThat(server).containsEntry("name", "Web-01")
                .containsEntry("unique_id", "i-0a1b2c3d4e5f60001")
                .containsEntry("role", "Frontend")
                .containsEntry("environment", "Production")
                .containsEntry("created_at", "2026-10-01T12:00:00Z")
                .containsEntry("updated_at", "2026-10-01T12:00:00Z")
                .containsEntry("ipv4_private", "10.0.1.12")
                .containsEntry("ipv4_public", "54.210.1.12")
                .containsEntry("dns_public", "ec2-54-210-1-12.compute-1.amazonaws.com")
                .containsEntry("dns_private", "ip-10-0-1-12.ec2.internal")
                .containsEntry("auth", List.of(Map.of("name", "deploy-2026", "type", "PKI")))
                .containsEntry("ebs_optimized", false)
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .as("EC2's t3.micro, not the flavor table's stale 1 vCPU")
                .containsEntry("cpu", 2)
                .containsEntry("memory", 1.0)
                .containsEntry("checksum", Checksums.of(raw));
        assertThat(server.get("storage")).isEqualTo(List.of(
                Map.of("device_name", "/dev/xvda", "delete_termination", true, "unique_id", "vol-0a1b2c3d4e5f60001",
                        "attach_time", "2026-10-01T12:00:05Z", "status", "attached"),
                Map.of("device_name", "/dev/sdf", "delete_termination", false, "unique_id", "vol-0a1b2c3d4e5f60002",
                        "attach_time", "2026-10-02T09:30:00Z", "status", "attached")));
        assertThat(server.get("tags")).as("the empty cost-center tag is left out").isEqualTo(List.of(
                Map.of("key", "Name", "value", "web-01"),
                Map.of("key", "ENVIRONMENT", "value", "production"),
                Map.of("key", "Role", "value", "frontend"),
                Map.of("key", "applications", "value", "billing, storefront"),
                Map.of("key", "Applications_ID", "value", "64b7f0c2a1e4d3b2c1a0f9e8")));
        assertThat(server.get("applications")).as("by name (storefront is not the owner's) and by id")
                .isEqualTo(List.of(
                        Map.of("_id", "64b7f0c2a1e4d3b2c1a0f9e1", "name", "billing", "family", "Application"),
                        Map.of("_id", "64b7f0c2a1e4d3b2c1a0f9e8", "name", "Payments API", "family", "ApiGateway")));
        assertThat(server.get("metas")).isEqualTo(Map.of(
                "security_groups", List.of(Map.of("GroupId", "sg-0a1b2c3d4e5f60001", "GroupName", "web")),
                "iam_instance_profile", Map.of("Arn", "arn:aws:iam::123456789012:instance-profile/web",
                        "Id", "AIPAJ7Q6RY4EXAMPLE001")));
        assertThat(server.get("datacenters")).isEqualTo(datacenter(Map.ofEntries(
                Map.entry("zone", "us-east-1a"),
                Map.entry("type", "Virtual"),
                Map.entry("instance", "t3.micro"),
                Map.entry("instance_id", "i-0a1b2c3d4e5f60001"),
                Map.entry("subnet_id", "subnet-0a1b2c3d4e5f60001"),
                Map.entry("virtualization_type", "hvm"),
                Map.entry("hypervisor", "xen"),
                Map.entry("root_device_type", "ebs"),
                Map.entry("image_id", "ami-0c02fb55956c7d316"),
                Map.entry("architecture", "x86_64"),
                Map.entry("cloudwatch_monitoring", "disabled"))));
    }

    @Test
    void mapsStoppedTerminatedPendingAndShuttingDownInstances() {
        ec2SizesTheRecordedTypes();
        List<Map<String, Object>> servers = crawlAndTranslate(command, LOOKUPS);

        assertThat(servers).hasSize(5);
        Map<String, Object> stopped = servers.get(1);
        assertThat(stopped).containsEntry("name", "Batch-worker")
                .containsEntry("status", "Stopped")
                .containsEntry("active", true)
                .containsEntry("ebs_optimized", true)
                .containsEntry("cpu", 2)
                .containsEntry("memory", 8.0)
                .doesNotContainKeys("ipv4_public", "dns_public", "environment", "auth", "storage", "applications");
        assertThat(stopped.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("state_reason", Map.of("Code", "Client.UserInitiatedShutdown",
                        "Message", "Client.UserInitiatedShutdown: User initiated shutdown"))
                .containsEntry("cloudwatch_monitoring", "enabled");

        Map<String, Object> terminated = servers.get(2);
        assertThat(terminated).as("no Name tag: named by its id")
                .containsEntry("name", "i-0a1b2c3d4e5f60003")
                .containsEntry("active", false)
                .as("nothing to say in metas: no metas")
                .doesNotContainKeys("status", "dns_private", "dns_public", "ipv4_private", "tags", "metas");

        Map<String, Object> pending = servers.get(3);
        assertThat(pending).containsEntry("status", "Active").containsEntry("active", true)
                .as("EC2 sizes i3.metal, whose flavor has no vCPU count").containsEntry("cpu", 72)
                .containsEntry("memory", 512.0);

        assertThat(servers.get(4)).containsEntry("name", "Canary").containsEntry("active", false)
                .doesNotContainKey("status");
    }

    @Test
    void asksEc2TheSizeOfEachTypeOnceARunInBatchedPagedCalls() {
        ec2SizesTheRecordedTypes();

        List<FetchedPage> pages = aws.crawl(command, REGION);

        List<LoggedRequest> asked = typeRequests();
        assertThat(asked).as("page 1's two types (two answer pages), then page 2's one new type").hasSize(3);
        assertThat(asked.get(0).formParameter("Filter.1.Name").firstValue()).isEqualTo("instance-type");
        assertThat(asked.get(0).formParameter("Filter.1.Value.1").firstValue()).isEqualTo("m5.large");
        assertThat(asked.get(0).formParameter("Filter.1.Value.2").firstValue()).isEqualTo("t3.micro");
        assertThat(asked.get(0).formParameter("MaxResults").firstValue()).isEqualTo("100");
        assertThat(asked.get(1).formParameter("NextToken").firstValue()).isEqualTo(TYPES_PAGE_2);
        assertThat(asked.get(2).formParameter("Filter.1.Value.1").firstValue())
                .as("t3.micro, seen again on page 2, is not asked again").isEqualTo("i3.metal");
        assertThat(asked.get(2).formParameter("Filter.1.Value.2").isPresent()).isFalse();
        assertThat(pages).allSatisfy(page -> assertThat(page.notes()).isEmpty());
        assertThat(AwsTestCloud.items(aws.crawl(command, REGION))).hasSize(5);
        assertThat(typeRequests()).as("the next run asks afresh: the sizes are remembered for one run").hasSize(6);
    }

    @Test
    void whenEc2DeniesDescribeInstanceTypesTheFlavorTableSizesAndTheTaskSaysSo() {
        aws.server().stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeInstanceTypes"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                        .withBody(AwsTestCloud.resource("ec2/error-unauthorized-operation.xml"))));

        List<FetchedPage> pages = aws.crawl(command, REGION);
        List<Map<String, Object>> servers = command.translate(AwsTestCloud.items(pages), aws.context(REGION, LOOKUPS));

        assertThat(typeRequests()).as("the refusal is remembered for the run").hasSize(1);
        assertThat(pages).allSatisfy(page -> assertThat(page.notes()).containsExactly(
                "EC2 refused DescribeInstanceTypes in us-east-1 (UnauthorizedOperation): cpu and memory from"
                        + " Maestro's flavor table."));
        assertThat(servers.get(0)).as("t3.micro by the table").containsEntry("cpu", 1).containsEntry("memory", 1.0);
        assertThat(servers.get(1)).as("m5.large").containsEntry("cpu", 2).containsEntry("memory", 8.0);
        assertThat(servers.get(3)).as("i3.metal's flavor has no vCPU count").doesNotContainKeys("cpu", "memory");
    }

    @Test
    void aTypeEc2DoesNotKnowIsSizedByTheFlavorTableAndNamed() {
        aws.server().stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeInstanceTypes"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                        .withBody(AwsTestCloud.resource("ec2/describe-instance-types-none.xml"))));

        List<FetchedPage> pages = aws.crawl(command, REGION);
        List<Map<String, Object>> servers = command.translate(AwsTestCloud.items(pages), aws.context(REGION, LOOKUPS));

        assertThat(typeRequests()).as("page 1's types, then only i3.metal").hasSize(2);
        assertThat(pages.get(0).notes()).containsExactly(
                "EC2 DescribeInstanceTypes does not know m5.large in us-east-1: its cpu and memory from Maestro's"
                        + " flavor table.",
                "EC2 DescribeInstanceTypes does not know t3.micro in us-east-1: its cpu and memory from Maestro's"
                        + " flavor table.");
        assertThat(pages.get(1).notes()).hasSize(2).anySatisfy(note -> assertThat(note).contains("i3.metal"));
        assertThat(servers.get(0)).containsEntry("cpu", 1).containsEntry("memory", 1.0);
        assertThat(servers.get(1)).containsEntry("cpu", 2).containsEntry("memory", 8.0);
    }

    @Test
    void anyOtherRefusalOfDescribeInstanceTypesFailsThePage() {
        aws.server().stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeInstanceTypes"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "text/xml")
                        .withBody(AwsTestCloud.resource("ec2/error-auth-failure.xml"))));

        assertThatThrownBy(() -> command.get(aws.connection(), REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("DescribeInstanceTypes failed: AuthFailure: AWS was not able to validate the provided"
                        + " access credentials");
    }

    @Test
    void sameInstanceGivesTheSameChecksumAndAChangedOneAnother() {
        aws.instanceTypes();
        Map<String, Object> raw = AwsTestCloud.items(aws.crawl(command, REGION)).get(0);
        Map<String, Object> renamed = new LinkedHashMap<>(raw);
        renamed.put("InstanceType", "t3.small");

        List<Map<String, Object>> servers = command.translate(List.of(raw, Map.copyOf(raw), renamed),
                aws.context(REGION, LOOKUPS));

        assertThat(servers.get(0).get("checksum")).isEqualTo(servers.get(1).get("checksum"));
        assertThat(servers.get(2).get("checksum")).isNotEqualTo(servers.get(0).get("checksum"));
    }

    @Test
    void skipsAnItemWithoutInstanceId() {
        assertThat(command.translate(List.of(Map.of("InstanceType", "t3.micro")), aws.context(REGION, LOOKUPS)))
                .isEmpty();
    }

    /**
     * EC2's recorded sizes: page 1's types (m5.large, t3.micro) answered over two pages, page 2's new type (i3.metal)
     * in one.
     */
    private static void ec2SizesTheRecordedTypes() {
        aws.server().stubFor(typesCall().withFormParam("Filter.1.Value.1", equalTo("m5.large"))
                .withFormParam("NextToken", absent())
                .willReturn(xml("ec2/describe-instance-types-1.xml")));
        aws.server().stubFor(typesCall().withFormParam("NextToken", equalTo(TYPES_PAGE_2))
                .willReturn(xml("ec2/describe-instance-types-2.xml")));
        aws.server().stubFor(typesCall().withFormParam("Filter.1.Value.1", equalTo("i3.metal"))
                .withFormParam("NextToken", absent())
                .willReturn(xml("ec2/describe-instance-types-metal.xml")));
    }

    private static MappingBuilder typesCall() {
        return post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeInstanceTypes"));
    }

    private static ResponseDefinitionBuilder xml(String resource) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(AwsTestCloud.resource(resource));
    }

    /** The request journal's DescribeInstanceTypes calls, oldest first. */
    private static List<LoggedRequest> typeRequests() {
        return aws.server().findAll(postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeInstanceTypes")));
    }
}
