package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.maestro.discovery.provider.SyncConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A managed-service test class: a WireMock started for the class, and the test connection ({@link AwsStubs}) whose
 * {@code url} sends every AWS call to it.
 */
abstract class AwsServiceTest {

    /** The content type of the AWS JSON 1.0 protocol (SQS, DynamoDB). */
    static final String JSON = "application/x-amz-json-1.0";

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    SyncConnection connection;

    @BeforeEach
    void connectToTheRecordedAws() {
        connection = AwsStubs.connection(aws.baseUrl());
    }
}
