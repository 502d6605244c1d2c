package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dynamodb-list}: dynamodb ListTables (AWS JSON 1.0) → Database applications {@code DynamoDB - <table>}. */
class DynamodbListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsDynamodbList(AwsStubs.CLIENTS, new AwsPageSizes(2, 0, 0))
                .commands().get(0);
    }

    @Test
    void tablesOfEveryPageBecomeDatabasesNamedAfterTheTable() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .withRequestBody(equalToJson("{\"Limit\":2}"))
                .willReturn(AwsStubs.ok(JSON, "dynamodb/list-tables-page1.json")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("DynamoDB_20120810.ListTables"))
                .withRequestBody(equalToJson("{\"Limit\":2,\"ExclusiveStartTableName\":\"orders\"}"))
                .willReturn(AwsStubs.ok(JSON, "dynamodb/list-tables-page2.json")));

        List<FetchedPage> pages = AwsStubs.crawl(command, connection);
        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(command.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "Database", "DynamoDB (AWS)"));
        assertThat(pages).extracting(FetchedPage::nextToken).containsExactly("orders", null);
        assertThat(documents).extracting(document -> document.get("name"))
                .containsExactly("DynamoDB - billing-events", "DynamoDB - orders", "DynamoDB - sessions_v2");
        assertThat(documents.get(1)).containsEntry("unique_id", "orders")
                .containsEntry("family", "Database")
                .containsEntry("provider", "DynamoDB (AWS)")
                .containsEntry("engine", "DynamoDB")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("created_at", "2026-11-28T05:00:00Z")
                .containsEntry("updated_at", "2026-11-28T05:00:00Z")
                .containsEntry("checksum", Checksums.of(Map.of("TableName", "orders")))
                .containsEntry("datacenters", Map.of("name", "AWS Ireland", "_id", "6563a1f2c3d4e5f6a7b8c9d1",
                        "provider", "AWS", "region", "eu-west-1"));
    }

    @Test
    void aMissingPermissionIsReportedInAwsWords() {
        aws.stubFor(post(urlEqualTo("/")).willReturn(AwsStubs.answer(400, JSON, "dynamodb/access-denied.json")));

        assertThatThrownBy(() -> command.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("ListTables failed: AccessDeniedException: User: "
                        + "arn:aws:iam::123456789012:user/maestro-discovery is not authorized to perform: "
                        + "dynamodb:ListTables")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
    }
}
