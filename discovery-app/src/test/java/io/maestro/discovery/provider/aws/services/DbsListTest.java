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
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dbs-list}: rds DescribeDBInstances (query protocol) → Database applications {@code RDS (AWS)}. */
class DbsListTest extends AwsServiceTest {

    private static final String MARKER = "YXJuOmF3czpyZHM6ZXUtd2VzdC0xOjEyMzQ1Njc4OTAxMjpkYjpiaWxsaW5nLXJlcGxpY2E=";

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsDbsList(AwsStubs.CLIENTS, new AwsPageSizes(500, 0, 0))
                .commands().get(0);
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(notContaining("Marker="))
                .willReturn(AwsStubs.ok("text/xml", "rds/describe-db-instances-page1.xml")));
        // The query protocol sends the marker form-encoded ('=' as %3D).
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(containing("Marker=" + URLEncoder.encode(MARKER, StandardCharsets.UTF_8)))
                .willReturn(AwsStubs.ok("text/xml", "rds/describe-db-instances-page2.xml")));
    }

    @Test
    void instancesOfEveryPageBecomeRdsDatabases() {
        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(command.name()).isEqualTo("describe_db_instances");
        assertThat(command.target()).isEqualTo(new CommandTarget("applications", "unique_id", "Database", "RDS (AWS)"));
        // MAESTRO_SCAN_QTD does not apply to RDS, which has its own page size and accepts at most 100.
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("MaxRecords=100")));
        assertThat(documents).extracting(document -> document.get("unique_id"))
                .containsExactly("billing-db", "billing-replica", "legacy-cms");

        Map<String, Object> billing = documents.get(0);
        assertThat(billing).containsEntry("name", "billing-db")
                .containsEntry("engine", "postgres")
                .containsEntry("family", "Database")
                .containsEntry("provider", "RDS (AWS)")
                .containsEntry("own", 1)
                .containsEntry("status", "Available")
                .containsEntry("active", true)
                .containsEntry("environment", "Production")
                .containsEntry("tags", List.of(Map.of("key", "Environment", "value", "production"),
                        Map.of("key", "team", "value", "billing")))
                .containsEntry("created_at", "2023-06-14T08:21:47.318Z")
                .containsEntry("updated_at", "2023-06-14T08:21:47.318Z")
                .doesNotContainKey("read_status");
        @SuppressWarnings("unchecked")
        Map<String, Object> role = (Map<String, Object>) billing.get("role");
        assertThat(role).containsEntry("dbname", "billing")
                .containsEntry("endpoint", "billing-db.c9akciq32.eu-west-1.rds.amazonaws.com")
                .containsEntry("port", 5432)
                .containsEntry("version", "15.4")
                .containsEntry("allocated_storage", 200)
                .containsEntry("backup_window", "03:00-03:30")
                .containsEntry("backup_retention", 7)
                .containsEntry("class", "db.r6g.large")
                .containsEntry("availability_zone", "eu-west-1b")
                .containsEntry("read_replicas_dbnames", List.of("billing-replica"))
                .containsEntry("license_model", "postgresql-license")
                .containsEntry("iops", 3000)
                .containsEntry("storage_type", "gp3")
                .containsEntry("instance_port", 0)
                .containsEntry("storage_encrypted", true)
                .containsEntry("monitoring_interval", 60)
                .containsEntry("instance_arn", "arn:aws:rds:eu-west-1:123456789012:db:billing-db")
                .containsEntry("cloudwatch_export", List.of("postgresql"))
                .containsEntry("multi_az", true)
                .containsEntry("publicly_accessible", false)
                .containsEntry("deletion_protection", true)
                .containsEntry("vpc_security", List.of(Map.of("VpcSecurityGroupId", "sg-0f1e2d3c4b5a69788",
                        "Status", "active")))
                .containsEntry("parameter", List.of(Map.of("DBParameterGroupName", "default.postgres15",
                        "ParameterApplyStatus", "in-sync")))
                // Empty lists in the answer (DBSecurityGroups, ReadReplicaDBClusterIdentifiers) are left out.
                .doesNotContainKeys("security_group", "read_replica", "domain", "cluster_name");
        assertThat(role.get("subnet_group")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("DBSubnetGroupName", "billing-subnets").containsEntry("VpcId", "vpc-3ac0fb5f");
        assertThat(billing.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("zone", List.of("eu-west-1b"))
                .containsEntry("subnet_zones", "eu-west-1b")
                .containsEntry("region", "eu-west-1");

        Map<String, Object> replica = documents.get(1);
        assertThat(replica).containsEntry("read_status", "replicating").doesNotContainKeys("tags", "environment");
        assertThat(replica.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("read_replicas_identifier", "billing-db")
                .doesNotContainKey("dbname");

        assertThat(documents.get(2)).containsEntry("status", "Stopped")
                .containsEntry("active", false)
                .containsEntry("engine", "mysql")
                .containsEntry("environment", "Staging")
                .containsEntry("created_at", "2019-11-02T17:45:10Z");
    }

    @Test
    void theChecksumIsStableAcrossSyncsAndDiffersPerInstance() {
        List<Map<String, Object>> first = AwsStubs.documents(command, connection);
        List<Map<String, Object>> again = AwsStubs.documents(command, connection);

        assertThat(again).extracting(document -> document.get("checksum"))
                .isEqualTo(first.stream().map(document -> document.get("checksum")).toList());
        assertThat(first).extracting(document -> document.get("checksum")).doesNotHaveDuplicates()
                .allSatisfy(checksum -> assertThat((String) checksum).matches("[0-9a-f]{40}"));
    }

    @Test
    void anAnswerQuotingTheAccessKeyFailsWithTheKeyMasked() {
        aws.stubFor(post(urlEqualTo("/")).atPriority(1)
                .willReturn(AwsStubs.answer(400, "text/xml", "rds/error-incomplete-signature.xml")));

        assertThatThrownBy(() -> command.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("DescribeDBInstances failed: IncompleteSignature: "
                        + "'****/20261128/eu-west-1/rds/aws4_request' not a valid key=value pair")
                .hasNoCause()
                .message().doesNotContain(AwsTestCloud.ACCESS_KEY);
    }
}
