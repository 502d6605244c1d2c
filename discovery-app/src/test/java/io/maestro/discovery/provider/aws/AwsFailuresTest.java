package io.maestro.discovery.provider.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.maestro.discovery.provider.support.ProviderCommand;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.autoscaling.DescribeLaunchConfigurationsGet;
import io.maestro.discovery.provider.aws.compute.DescribeInstancesGet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** AWS refusing or failing a call: the task fails with AWS's words, and never shows the connection's keys. */
@ExtendWith(OutputCaptureExtension.class)
class AwsFailuresTest extends AwsRecordedTest {

    @Test
    void badCredentialsFailWithAwsWords(CapturedOutput output) {
        answer(401, "ec2/error-auth-failure.xml");

        ProviderException failure = failure(instances(), aws.connection(), REGION);

        assertThat(failure).hasMessage(
                "DescribeInstances failed: AuthFailure: AWS was not able to validate the provided access credentials");
        assertKeysHidden(failure, output);
    }

    @Test
    void throttlingFailsAfterTheSdkRetriesWithAwsWords(CapturedOutput output) {
        answer(503, "ec2/error-request-limit-exceeded.xml");

        ProviderException failure = failure(instances(), aws.connection(), REGION);

        assertThat(failure).hasMessage("DescribeInstances failed: RequestLimitExceeded: Request limit exceeded.");
        aws.server().verify(3, postRequestedFor(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeInstances")));
        assertKeysHidden(failure, output);
    }

    @Test
    void throttlingThatPassesIsRetriedTransparently() {
        aws.server().stubFor(post(urlEqualTo("/")).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400)
                        .withBody(AwsTestCloud.resource("autoscaling/error-throttling.xml")))
                .willSetStateTo("calm"));
        aws.server().stubFor(post(urlEqualTo("/")).inScenario("throttled").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200)
                        .withBody(AwsTestCloud.resource("autoscaling/describe-launch-configurations.xml"))));
        FetchedPage page = new DescribeLaunchConfigurationsGet(aws.clients(), 100).page(aws.connection(), REGION, null);

        assertThat(page.items()).extracting(item -> item.get("LaunchConfigurationName")).containsExactly("web-lc-v3");
        aws.server().verify(2, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aRegionThatRefusesFailsThatRegionOnly(CapturedOutput output) {
        aws.server().stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("Authorization", containing("/ap-east-1/ec2/aws4_request"))
                .willReturn(aResponse().withStatus(401)
                        .withBody(AwsTestCloud.resource("ec2/error-opt-in-required.xml"))));
        aws.page("DescribeInstances", null, "ec2/describe-instances-2.xml");

        ProviderException failure = failure(instances(), aws.connection(), "ap-east-1");

        assertThat(failure).hasMessage("DescribeInstances failed: OptInRequired: "
                + "You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.");
        assertThat(instances().page(aws.connection(), REGION, null).items()).hasSize(3);
        assertKeysHidden(failure, output);
    }

    @Test
    void anAnswerQuotingTheAccessKeyIsMasked(CapturedOutput output) {
        answer(400, "ec2/error-incomplete-signature.xml");

        ProviderException failure = failure(instances(), aws.connection(), REGION);

        assertThat(failure.getMessage()).startsWith("DescribeInstances failed: IncompleteSignature: '****/20261128/");
        assertThat(failure).hasNoCause();
        assertKeysHidden(failure, output);
    }

    @Test
    void anUnreachableEndpointFailsWithTheSdkWords(CapturedOutput output) {
        SyncConnection unreachable = new SyncConnection(AwsTestCloud.CONNECTION_ID, "Production AWS", "AWS", "iam_aws",
                "AWS - Virginia", AwsTestCloud.DATACENTER_ID, List.of(REGION), "http://127.0.0.1:9", null,
                Map.of(), List.of(), aws.connection().credentials());

        ProviderException failure = failure(instances(), unreachable, REGION);

        assertThat(failure.getMessage()).startsWith("DescribeInstances failed: Unable to execute HTTP request");
        assertKeysHidden(failure, output);
    }

    @Test
    void aConnectionWithoutKeysIsRefusedBeforeAnyCall() {
        SyncConnection keyless = new SyncConnection(AwsTestCloud.CONNECTION_ID, "Production AWS", "AWS", "iam_aws",
                "AWS - Virginia", AwsTestCloud.DATACENTER_ID, List.of(REGION), aws.server().baseUrl(), null,
                Map.of(), List.of(), Map.of("access", AwsTestCloud.ACCESS_KEY));

        assertThatThrownBy(() -> instances().page(keyless, REGION, null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("The connection has no AWS access key and secret (fields 'access' and 'secret')");
        aws.server().verify(0, postRequestedFor(urlEqualTo("/")));
    }

    private static ProviderCommand.Get instances() {
        return new DescribeInstancesGet(aws.clients(), 200);
    }

    private static void answer(int status, String resource) {
        aws.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(AwsTestCloud.resource(resource))));
    }

    private static ProviderException failure(ProviderCommand.Get get, SyncConnection connection, String region) {
        return catchThrowableOfType(ProviderException.class, () -> get.page(connection, region, null));
    }

    /** Neither key in the message, in any cause, in the stack trace as it would be logged, nor in the output. */
    private static void assertKeysHidden(ProviderException failure, CapturedOutput output) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(AwsTestCloud.SECRET_KEY).doesNotContain(AwsTestCloud.ACCESS_KEY);
        assertThat(output.getAll()).doesNotContain(AwsTestCloud.SECRET_KEY);
    }
}
