package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code gateway-list}: apigateway GetRestApis (REST-JSON) → ApiGateway applications. */
class GatewayListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsGatewayList(AwsStubs.CLIENTS, AwsPageSizes.DEFAULTS)
                .commands().get(0);
    }

    @Test
    void restApisOfEveryPageBecomeApiGateways() {
        aws.stubFor(get(urlPathEqualTo("/restapis")).withQueryParam("position", absent())
                .willReturn(AwsStubs.ok("application/json", "apigateway/get-rest-apis-page1.json")));
        aws.stubFor(get(urlPathEqualTo("/restapis")).withQueryParam("position", equalTo("YTFiMmMzZDRlNQ=="))
                .willReturn(AwsStubs.ok("application/json", "apigateway/get-rest-apis-page2.json")));

        List<Map<String, Object>> documents = AwsStubs.documents(command, connection);

        assertThat(command.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "ApiGateway", "ApiGateway (AWS)"));
        aws.verify(getRequestedFor(urlPathEqualTo("/restapis")).withQueryParam("limit", equalTo("500")));
        assertThat(documents).extracting(document -> document.get("unique_id"))
                .containsExactly("a1b2c3d4e5", "f6g7h8i9j0");

        Map<String, Object> orders = documents.get(0);
        assertThat(orders).containsEntry("name", "orders-api")
                .containsEntry("description", "Public orders API")
                .containsEntry("family", "ApiGateway")
                .containsEntry("provider", "ApiGateway (AWS)")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("created_at", "2023-11-14T22:13:20Z")
                .containsEntry("updated_at", "2023-11-14T22:13:20Z")
                .containsEntry("environment", "Production")
                .containsEntry("tags", List.of(Map.of("key", "environment", "value", "production"),
                        Map.of("key", "team", "value", "orders")))
                .containsEntry("role", Map.of("version", "2024-02", "api_key_source", "HEADER",
                        "endpoint_configuration", Map.of("types", List.of("REGIONAL")),
                        "disable_execute_api_endpoint", false));

        Map<String, Object> admin = documents.get(1);
        assertThat(admin).containsEntry("name", "internal-admin")
                .containsEntry("created_at", "2025-11-27T23:43:20.500Z")
                .doesNotContainKeys("description", "tags", "environment");
        assertThat(admin.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("api_key_source", "AUTHORIZER")
                .containsEntry("binary_media_types", List.of("image/png", "application/octet-stream"))
                .containsEntry("minimum_compression_size", 1024)
                .containsEntry("endpoint_configuration", Map.of("types", List.of("PRIVATE"),
                        "vpcEndpointIds", List.of("vpce-0a1b2c3d4e5f67890")))
                .containsEntry("warnings", List.of("Ignoring response model for 200 response on method "
                        + "'GET /admin' because a model with the same name already exists."))
                .hasEntrySatisfying("policy", policy -> assertThat((String) policy).startsWith("{\\\"Version\\\""));
    }
}
