package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serverless-list} and {@code serverless-support-list}: lambda ListFunctions and ListLayers (REST-JSON) →
 * Serverless and ServerlessLayer applications.
 */
class ServerlessListTest extends AwsServiceTest {

    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String MARKER = "eyJNYXJrZXIiOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==";

    private DiscoveryCommand functions;
    private DiscoveryCommand layers;

    @BeforeEach
    void setUp() {
        AwsManagedServiceTasks tasks = new AwsManagedServiceTasks();
        functions = tasks.awsServerlessList(AwsStubs.CLIENTS, AwsPageSizes.DEFAULTS).commands().get(0);
        layers = tasks.awsServerlessSupportList(AwsStubs.CLIENTS, new AwsPageSizes(200, 0, 0)).commands().get(0);
    }

    @Test
    void functionsOfEveryPageBecomeServerlessApplications() {
        aws.stubFor(get(urlPathEqualTo(FUNCTIONS)).withQueryParam("Marker", absent())
                .willReturn(AwsStubs.ok("application/json", "lambda/list-functions-page1.json")));
        aws.stubFor(get(urlPathEqualTo(FUNCTIONS)).withQueryParam("Marker", equalTo(MARKER))
                .willReturn(AwsStubs.ok("application/json", "lambda/list-functions-page2.json")));

        List<Map<String, Object>> documents = AwsStubs.documents(functions, connection);

        assertThat(functions.target())
                .isEqualTo(new CommandTarget("applications", "unique_id", "Serverless", "Lambda (AWS)"));
        aws.verify(getRequestedFor(urlPathEqualTo(FUNCTIONS)).withQueryParam("MaxItems", equalTo("50")));
        assertThat(documents).extracting(document -> document.get("unique_id")).containsExactly(
                "arn:aws:lambda:eu-west-1:123456789012:function:image-resizer",
                "arn:aws:lambda:eu-west-1:123456789012:function:report-renderer");

        Map<String, Object> resizer = documents.get(0);
        assertThat(resizer).containsEntry("name", "image-resizer")
                .containsEntry("family", "Serverless")
                .containsEntry("provider", "Lambda (AWS)")
                .containsEntry("own", 1)
                .containsEntry("language", "nodejs20.x")
                .containsEntry("active", true)
                .containsEntry("created_at", "2025-06-03T15:20:40.215Z")
                .containsEntry("updated_at", "2025-06-03T15:20:40.215Z");
        assertThat(resizer.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("language", "nodejs20.x")
                .containsEntry("aws_role", "arn:aws:iam::123456789012:role/image-resizer-role")
                .containsEntry("handler", "index.handler")
                .containsEntry("code_size", 5797206L)
                .containsEntry("description", "Resizes uploaded images")
                .containsEntry("timeout", 30)
                .containsEntry("memory_size", 1024)
                .containsEntry("code_sha_256", "YFgDgEKG3ugvF1+pX64gV6tu9qNuIYNUdgJm8nCxsm4=")
                .containsEntry("version", "$LATEST")
                .containsEntry("package_type", "Zip")
                .containsEntry("architectures", List.of("arm64"))
                .containsEntry("tracing_config", Map.of("Mode", "PassThrough"))
                .containsEntry("layers", List.of(Map.of("Arn", "arn:aws:lambda:eu-west-1:123456789012:layer:sharp:4",
                        "CodeSize", 10485760L)))
                .containsEntry("revision_id", "883b3d8e-57d1-4b59-8f2a-3a2a0d8e4a51")
                .containsEntry("environment_variables", List.of("BUCKET", "DB_PASSWORD"))
                .doesNotContainKeys("dead_letter_config", "kms_key_arn");
        // The variables' values (often secrets) are not copied into the inventory.
        assertThat(resizer.toString()).doesNotContain("s3cr3t-do-not-store");

        Map<String, Object> renderer = documents.get(1);
        assertThat(renderer).containsEntry("name", "report-renderer")
                .containsEntry("created_at", "2026-11-27T22:01:13Z")
                .doesNotContainKey("language");
        assertThat(renderer.get("role")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("timeout", 900)
                .containsEntry("memory_size", 3008)
                .containsEntry("package_type", "Image")
                .containsEntry("dead_letter_config",
                        Map.of("TargetArn", "arn:aws:sqs:eu-west-1:123456789012:orders-dlq"))
                .containsEntry("kms_key_arn",
                        "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .containsEntry("vpc_config", Map.of("SecurityGroupIds", List.of("sg-0aa11bb2"),
                        "SubnetIds", List.of("subnet-8360a9e7", "subnet-b7d581c0"), "VpcId", "vpc-3ac0fb5f",
                        "Ipv6AllowedForDualStack", false))
                .doesNotContainKeys("handler", "language", "environment_variables", "description");
    }

    @Test
    void layersBecomeServerlessLayersIdentifiedWithoutTheirVersion() {
        aws.stubFor(get(urlPathEqualTo("/2018-10-31/layers"))
                .willReturn(AwsStubs.ok("application/json", "lambda/list-layers.json")));

        List<Map<String, Object>> documents = AwsStubs.documents(layers, connection);

        assertThat(layers.target()).isEqualTo(
                new CommandTarget("applications", "unique_id", "ServerlessLayer", "Lambda Layer (AWS)"));
        // ListLayers accepts at most 50 per page.
        aws.verify(getRequestedFor(urlPathEqualTo("/2018-10-31/layers")).withQueryParam("MaxItems", equalTo("50")));
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).containsEntry("name", "sharp")
                .containsEntry("unique_id", "arn:aws:lambda:eu-west-1:123456789012:layer:sharp")
                .containsEntry("family", "ServerlessLayer")
                .containsEntry("provider", "Lambda Layer (AWS)")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("version", 4L)
                .containsEntry("description", "sharp image library")
                .containsEntry("runtimes", List.of("nodejs18.x", "nodejs20.x"))
                .containsEntry("license_info", "Apache-2.0")
                .containsEntry("created_at", "2025-05-30T08:11:23.456Z")
                .containsEntry("role", Map.of(
                        "layer_version_arn", "arn:aws:lambda:eu-west-1:123456789012:layer:sharp:4",
                        "architectures", List.of("arm64", "x86_64")));
        assertThat(documents.get(1)).containsEntry("name", "common-utils")
                .containsEntry("version", 12L)
                .doesNotContainKeys("description", "runtimes", "license_info");
    }

    @Test
    void aMissingPermissionIsReportedInAwsWordsWithoutTheSecret() {
        aws.stubFor(get(urlPathEqualTo(FUNCTIONS)).willReturn(AwsStubs.answer(403, "application/json",
                "lambda/access-denied.json").withHeader("x-amzn-ErrorType", "AccessDeniedException")));

        assertThatThrownBy(() -> functions.get(connection, AwsStubs.REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("ListFunctions failed: AccessDeniedException: User: "
                        + "arn:aws:iam::123456789012:user/maestro-discovery is not authorized to perform: "
                        + "lambda:ListFunctions")
                .message().doesNotContain(AwsTestCloud.SECRET_KEY);
    }
}
