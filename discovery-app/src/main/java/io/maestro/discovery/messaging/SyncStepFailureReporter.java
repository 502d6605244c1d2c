package io.maestro.discovery.messaging;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.messaging.FailedMessageHandler;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.domain.SyncPipeline;
import io.maestro.discovery.domain.SyncStep;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.support.converter.SmartMessageConverter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * A sync step that failed its every attempt (e.g. data-app down throughout) ends its unit as failed, so the user sees
 * the task in {@code danger} with the reason instead of "In progress" forever. Best effort: when even that cannot be
 * written, the step stays on {@code discovery.dlq} for an operator.
 */
@Component
class SyncStepFailureReporter implements FailedMessageHandler {

    /** The listener's parameter type: the payload is read as a step only when the converter is told so. */
    private static final ParameterizedTypeReference<MaestroMessage<SyncStep>> STEP_MESSAGE =
            new ParameterizedTypeReference<>() { };

    private final SyncPipeline pipeline;
    private final SmartMessageConverter converter;
    private final String queue;

    SyncStepFailureReporter(SyncPipeline pipeline, SmartMessageConverter converter, DiscoveryProperties properties) {
        this.pipeline = pipeline;
        this.converter = converter;
        this.queue = properties.queue();
    }

    @Override
    public void failedForGood(Message message, Throwable cause) {
        if (!queue.equals(message.getMessageProperties().getConsumerQueue())
                || !(converter.fromMessage(message, STEP_MESSAGE) instanceof MaestroMessage<?> failed)
                || !(failed.payload() instanceof SyncStep step)) {
            return;
        }
        pipeline.failedForGood(step, rootMessage(cause));
    }

    /** A failed peer call in the words a user may read (the message holds the peer's address), else the root cause's. */
    private static String rootMessage(Throwable cause) {
        for (Throwable link = cause; link != null; link = link.getCause()) {
            if (link instanceof PeerCallException peer) {
                return peer.describe();
            }
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(cause);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
