package io.maestro.discovery.provider.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.autoscaling.AwsAutoScalingTasks;
import io.maestro.discovery.provider.aws.compute.AwsComputeTasks;
import io.maestro.discovery.provider.aws.network.AwsNetworkTasks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The AWS provider gathers the EC2-family task beans, their page size from {@code maestro.discovery.scan-qtd}. */
class AwsEc2TasksWiringTest extends AwsRecordedTest {

    @Test
    void theProviderOffersEveryEc2FamilyTask() {
        try (AnnotationConfigApplicationContext context = context(Map.of())) {
            AwsProvider provider = context.getBean(AwsProvider.class);

            assertThat(provider.tasks().keySet()).contains("server-list", "volumes-list", "snapshot-list",
                    "images-list", "security-list", "network-list", "autoscaling-list", "autoscaling-support-list");
            assertThat(provider.tasks().get("network-list")).hasSize(9);
            assertThat(provider.services()).containsExactly("iam_aws");
        }
    }

    @Test
    void maestroScanQtdSetsThePageSizeOfEveryCall() {
        aws.page("DescribeVolumes", null, "ec2/describe-volumes-2.xml");
        try (AnnotationConfigApplicationContext context = context(Map.of("maestro.discovery.scan-qtd", "50"))) {
            DiscoveryCommand volumes = context.getBean(AwsProvider.class).tasks().get("volumes-list").get(0);

            volumes.get(aws.connection(), REGION, null);
        }
        aws.server().verify(postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeVolumes"))
                .withFormParam("MaxResults", equalTo("50")));
    }

    /** The production AWS beans, calling the test cloud through the connection's url. */
    private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.register(AwsConfiguration.class, AwsComputeTasks.class, AwsNetworkTasks.class,
                AwsAutoScalingTasks.class, AwsProvider.class);
        context.refresh();
        return context;
    }
}
