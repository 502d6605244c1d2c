package io.maestro.discovery.messaging;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.domain.RunUnit;
import io.maestro.discovery.domain.SyncPipeline;
import io.maestro.discovery.domain.SyncRun;
import io.maestro.discovery.domain.SyncStep;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A dead-lettered step, read back from its raw message, ends its unit with the root cause's words. */
class SyncStepFailureReporterTest {

    private static final SyncRun RUN = new SyncRun("run-9", "aws", "0123456789abcdef01234567", "server-list",
            Instant.parse("2026-11-28T06:00:00Z"));

    /** As {@code MaestroMessagingAutoConfiguration} builds it. */
    private final JacksonJsonMessageConverter converter = new JacksonJsonMessageConverter(
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), "io.maestro");
    private final SyncPipeline pipeline = mock(SyncPipeline.class);
    private final SyncStepFailureReporter reporter =
            new SyncStepFailureReporter(pipeline, converter, new DiscoveryProperties(50, "discovery", Duration.ofSeconds(2), Duration.ofSeconds(40), Duration.ofSeconds(10)));

    @Test
    void aStepDeadLetteredFromTheDiscoveryQueueFailsItsUnitWithTheRootCause() {
        SyncStep.Load step = new SyncStep.Load(RUN, new RunUnit("describe_instances", "eu-west-1"), 2, List.of());

        reporter.failedForGood(message(step, "discovery"), new IllegalStateException("listener failed",
                new IllegalStateException("Connection refused: data-app")));

        verify(pipeline).failedForGood(step, "Connection refused: data-app");
    }

    @Test
    void aPeerCallThatFailedIsToldWithoutThePeersAddress() {
        SyncStep.Load step = new SyncStep.Load(RUN, new RunUnit("describe_instances", "eu-west-1"), 2, List.of());

        reporter.failedForGood(message(step, "discovery"), new IllegalStateException("listener failed",
                new ServiceUnavailableException(PeerService.DATA, URI.create("http://127.0.0.1:5010/servers"),
                        new ConnectException("Connection refused"))));

        verify(pipeline).failedForGood(step, "data-app is unreachable");
    }

    @Test
    void messagesOfOtherQueuesAreNotItsBusiness() {
        reporter.failedForGood(message(new SyncStep.Finish(RUN), "audit"), new IllegalStateException("x"));

        verify(pipeline, never()).failedForGood(any(), anyString());
    }

    private Message message(SyncStep step, String queue) {
        Message message = converter.toMessage(new MaestroMessage<>(step.stepId(), Instant.now(), step),
                new MessageProperties());
        message.getMessageProperties().setConsumerQueue(queue);
        return message;
    }
}
