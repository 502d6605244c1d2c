package io.maestro.discovery.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

class AwsClientsTest {

    private final SdkHttpClient httpClient = ApacheHttpClient.builder().build();
    private final AtomicLong nanos = new AtomicLong();
    private final AwsClients clients = new AwsClients(httpClient, null, nanos::get);

    @AfterEach
    void close() {
        clients.close();
        httpClient.close();
    }

    @Test
    void everyPageOfAConnectionRegionAndKindBorrowsTheSameClient() {
        SyncConnection connection = connection("secret-1", "http://127.0.0.1:1");
        Ec2Client first = ec2(connection, "us-east-1");

        assertThat(ec2(connection, "us-east-1")).as("the next page").isSameAs(first);
        assertThat(ec2(connection, "eu-west-1")).as("another region").isNotSameAs(first);
        assertThat(ec2(connection("secret-2", "http://127.0.0.1:1"), "us-east-1")).as("new keys").isNotSameAs(first);
        assertThat(ec2(connection("secret-1", "http://127.0.0.1:2"), "us-east-1")).as("another url").isNotSameAs(first);
        try (AwsClients.Lease<SqsClient> sqs = clients.lease(SqsClient.builder(), connection, "us-east-1")) {
            assertThat(sqs.client()).as("another kind").isNotSameAs(first);
        }
    }

    @Test
    void aClientNoPageUsedForTwoMinutesIsClosedAndBuiltAgain() {
        SyncConnection connection = connection("secret-1", null);
        Ec2Client idle = ec2(connection, "us-east-1");
        AwsClients.Lease<Ec2Client> held = clients.lease(Ec2Client.builder(), connection, "eu-west-1");

        nanos.addAndGet(AwsClients.IDLE.toNanos());
        ec2(connection, "ap-south-1"); // a page given back later sweeps the idle clients

        assertThat(ec2(connection, "us-east-1")).as("idle for two minutes").isNotSameAs(idle);
        assertThat(ec2(connection, "eu-west-1")).as("still lent to a page").isSameAs(held.client());
        held.close();
    }

    private Ec2Client ec2(SyncConnection connection, String region) {
        try (AwsClients.Lease<Ec2Client> lease = clients.lease(Ec2Client.builder(), connection, region)) {
            return lease.client();
        }
    }

    private static SyncConnection connection(String secret, String url) {
        Map<String, String> credentials = Map.of("access", "AKIAIOSFODNN7EXAMPLE", "secret", secret);
        return new SyncConnection("5f1e3c2b9a8d7e6f5a4b3c2d", "Production AWS", "AWS", "iam_aws", "AWS - Virginia",
                "5f1e3c2b9a8d7e6f5a4b3c01", List.of("us-east-1"), url, null, Map.of("_id", "owner"), List.of(),
                credentials);
    }
}
