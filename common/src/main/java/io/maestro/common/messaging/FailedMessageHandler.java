package io.maestro.common.messaging;

import org.springframework.amqp.core.Message;

/**
 * Told once when a message has failed its last attempt, just before it goes to {@code <queue>.dlq}: a service uses it
 * to report the failure where its users look (e.g. a sync's state), so that the work does not seem to run forever.
 * Best effort: what it throws is logged and the message is dead-lettered all the same.
 */
@FunctionalInterface
public interface FailedMessageHandler {

    void failedForGood(Message message, Throwable cause);
}
